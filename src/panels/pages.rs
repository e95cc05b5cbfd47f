//! The pages of the panel beside the map, in one table: [`view`] names the view of every
//! [`Page`], and each view (one file per page) says what it shows, which toolbar tab it
//! belongs under, and what the map shows while it is open. egui's demo app drives its tab bar
//! and its dispatch from one list in the same way.
//!
//! Adding a page: a variant of [`Page`], its arm in [`view`], and its file. The compiler names
//! every other place that must decide something about it (the core's rules on opening and
//! leaving a page); see ARCHITECTURE.md.

use egui::{ScrollArea, Ui};

use super::ViewCtx;
use crate::command::Command;
use crate::data::{MuscleId, RegionId};
use crate::diagram::{MapClick, Strokes};
use crate::state::Page;

/// One page of the panel beside the map.
pub(crate) trait PageView {
    /// The toolbar tab lit while this page is open, if any.
    fn tab(&self) -> Option<Tab>;

    /// The page itself, inside the panel's scroll area.
    fn ui(&self, ui: &mut Ui, ctx: &ViewCtx<'_>, out: &mut Vec<Command>);

    /// What the map marks while this page is open. Most pages mark nothing of their own.
    fn map_overlay(&self, _ctx: &ViewCtx<'_>) -> MapOverlay {
        MapOverlay::default()
    }

    /// What a click on the map means while this page is open. On most pages the map leads to
    /// what was clicked: an area's page, a muscle's page, or nothing chosen.
    fn map_clicked(&self, click: MapClick, _ctx: &ViewCtx<'_>, out: &mut Vec<Command>) {
        out.push(match click {
            MapClick::Region(id) => Command::SelectRegion(id),
            MapClick::Muscle(id) => Command::ShowPage(Page::Muscle(id)),
            MapClick::Nothing => Command::ClearSelection,
        });
    }

    /// Whether the banner of warning signs shows over this page.
    fn shows_warning_banner(&self) -> bool {
        true
    }
}

/// What a page asks the map to mark, besides the chosen area and the layers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct MapOverlay {
    /// Areas lit up: a technique's, or the current step's during practice.
    pub highlighted: Vec<RegionId>,
    /// How the hands move in the current step of a session.
    pub strokes: Option<Strokes>,
    /// The page's own muscle, drawn on the map (a muscle pointed at in the text comes first).
    pub muscle: Option<MuscleId>,
}

/// The view of each page: the one table of pages.
pub(crate) fn view(page: &Page) -> Box<dyn PageView + '_> {
    use super::{
        basics::BasicsPage, bibliography::SourcesPage, browse::TechniquesPage,
        caution_page::CautionPage, claims::ClaimsPage, look_alikes::LookAlikesPage,
        muscle::MusclePage, practice::PracticePage, red_flags::RedFlagsPage, region::GuidePage,
        routines::RoutinesPage, safety_check::SafetyCheckPage, technique_page::TechniquePage,
    };
    match page {
        Page::Guide => Box::new(GuidePage),
        Page::Techniques => Box::new(TechniquesPage),
        Page::Technique(id) => Box::new(TechniquePage(id)),
        Page::Caution(id) => Box::new(CautionPage(id)),
        Page::Muscle(id) => Box::new(MusclePage(id)),
        Page::Routines => Box::new(RoutinesPage::new()),
        Page::Practice => Box::new(PracticePage),
        Page::RedFlags => Box::new(RedFlagsPage),
        Page::LookAlikes => Box::new(LookAlikesPage),
        Page::Sources => Box::new(SourcesPage),
        Page::Basics(part) => Box::new(BasicsPage(*part)),
        Page::Claims => Box::new(ClaimsPage),
        Page::SafetyCheck => Box::new(SafetyCheckPage),
    }
}

/// The page open now, in the panel beside the map.
pub(crate) fn page_ui(ui: &mut Ui, ctx: &ViewCtx<'_>, view: &dyn PageView, out: &mut Vec<Command>) {
    let page = &ctx.state.page;
    // One scroll position per page (and per area on the guide page): a page opens at its top,
    // not at wherever the page before it was scrolled to.
    let region = (*page == Page::Guide).then_some(ctx.state.selected.as_ref());
    ScrollArea::vertical()
        .id_salt(("region_panel", page, region))
        .auto_shrink([false, false])
        .show(ui, |ui| view.ui(ui, ctx, out));
}

/// The toolbar's tabs, each leading to a page; the toolbar shows them in the variants' order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::VariantArray)]
pub(crate) enum Tab {
    Guide,
    Techniques,
    Routines,
    Basics,
    Claims,
    RedFlags,
    SafetyCheck,
    Sources,
}

impl Tab {
    pub(crate) fn label(self) -> &'static str {
        match self {
            Self::Guide => "Guide",
            Self::Techniques => "Techniques",
            Self::Routines => "Routines",
            Self::Basics => "Before you start",
            Self::Claims => "How it works",
            Self::RedFlags => "Red flags",
            Self::SafetyCheck => "Safety check",
            Self::Sources => "Sources",
        }
    }

    pub(crate) fn tooltip(self) -> &'static str {
        match self {
            Self::Guide => "The chosen area of the back",
            Self::Techniques => "Every technique, to filter, sort and star",
            Self::Routines => "Guided sessions with a timer, and routines of your own",
            Self::Basics => "Consent, positioning, oils and allergies, and aftercare",
            Self::Claims => "How massage works, and what is a myth",
            Self::RedFlags => "When to stop and get help",
            Self::SafetyCheck => "Questions that mark what to avoid or change for you",
            Self::Sources => "Every source this guide draws on",
        }
    }

    /// The page the tab opens when clicked while `current` is open.
    pub(crate) fn opens(self, current: &Page) -> Page {
        match (self, current) {
            // The tab stays on whichever half of the basics is open.
            (Self::Basics, Page::Basics(_)) => current.clone(),
            (Self::Basics, _) => Page::Basics(crate::data::Part::BeforeYouStart),
            (Self::Guide, _) => Page::Guide,
            (Self::Techniques, _) => Page::Techniques,
            (Self::Routines, _) => Page::Routines,
            (Self::Claims, _) => Page::Claims,
            (Self::RedFlags, _) => Page::RedFlags,
            (Self::SafetyCheck, _) => Page::SafetyCheck,
            (Self::Sources, _) => Page::Sources,
        }
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;
    use strum::VariantArray as _;

    use super::*;
    use crate::app_core::Search;
    use crate::data::Origin;
    use crate::data::{CautionId, MuscleId, Part, TechniqueId};
    use crate::panels::{Caps, Hover};
    use crate::safety::Profile;
    use crate::state::AppState;

    #[test]
    fn every_tab_opens_a_page_that_lights_it() {
        for &tab in Tab::VARIANTS {
            let page = tab.opens(&Page::Guide);
            assert_eq!(view(&page).tab(), Some(tab), "{tab:?} opens {page:?}");
        }
    }

    #[test]
    fn pages_under_a_tab_light_it_and_the_rest_light_none() {
        let technique = Page::Technique(TechniqueId("effleurage".to_owned()));
        assert_eq!(view(&technique).tab(), Some(Tab::Techniques));
        assert_eq!(view(&Page::Practice).tab(), Some(Tab::Routines));
        let after = Page::Basics(Part::AfterYouFinish);
        assert_eq!(view(&after).tab(), Some(Tab::Basics));
        assert_eq!(Tab::Basics.opens(&after), after);
        let muscle = Page::Muscle(MuscleId("deltoid".to_owned()));
        assert_eq!(view(&muscle).tab(), None);
        assert_eq!(view(&Page::LookAlikes).tab(), None);
        assert_eq!(Tab::Techniques.opens(&technique), Page::Techniques);
    }

    /// `page`'s view given a context on the built-in guide with nothing else going on.
    fn with_view<T>(page: &Page, f: impl FnOnce(&dyn PageView, &ViewCtx<'_>) -> T) -> T {
        let Ok(guide) = crate::data::load_guide(&crate::data::GuideFiles::embedded()) else {
            panic!("the built-in guide loads");
        };
        let state = AppState {
            page: page.clone(),
            ..AppState::default()
        };
        let profile = Profile::new(&guide, &state.answers);
        let hover = Hover::default();
        let search = Search::default();
        let ctx = ViewCtx {
            guide: &guide,
            state: &state,
            profile: &profile,
            caps: Caps::default(),
            hover: &hover,
            reveal: None,
            focus: false,
            practice: None,
            editing: None,
            search: &search,
            origin: &Origin::BuiltIn,
        };
        f(view(page).as_ref(), &ctx)
    }

    /// What the map marks for `page`.
    fn overlay(page: &Page) -> MapOverlay {
        with_view(page, |view, ctx| view.map_overlay(ctx))
    }

    /// Each page drawn alone, as `egui_kittest` sees it: a view needs nothing but its context.
    #[test]
    fn every_page_draws_its_title_from_the_view_context_alone() {
        let pages = [
            (Page::Guide, "Welcome"),
            (Page::Techniques, "Techniques"),
            (
                Page::Technique(TechniqueId("palm_effleurage".to_owned())),
                "Palm gliding (effleurage)",
            ),
            (
                Page::Caution(CautionId("dvt_blood_clots".to_owned())),
                "Signs of a new blood clot (DVT)",
            ),
            (
                Page::Muscle(MuscleId("posterior_deltoid".to_owned())),
                "Deltoid, back part",
            ),
            (Page::Routines, "Routines"),
            // No session running: the routines, where one starts.
            (Page::Practice, "Routines"),
            (Page::RedFlags, "Red flags: stop and get help"),
            (Page::LookAlikes, "Pain that may not be the muscles"),
            (Page::Sources, "Sources"),
            (Page::Basics(Part::AfterYouFinish), "After you finish"),
            (Page::Claims, "How massage works, and what is a myth"),
            (Page::SafetyCheck, "Safety check"),
        ];
        for (page, title) in pages {
            let commands = with_view(&page, |view, ctx| {
                let mut out = Vec::new();
                let mut harness = egui_kittest::Harness::new_ui(|ui| view.ui(ui, ctx, &mut out));
                harness.run();
                assert!(
                    harness.query_all_by_label(title).next().is_some(),
                    "{page:?} shows no \"{title}\""
                );
                drop(harness);
                out
            });
            assert!(
                commands.is_empty(),
                "{page:?} asked for {commands:?} untouched"
            );
        }
    }

    #[test]
    fn a_technique_lights_its_areas_a_muscle_page_draws_its_muscle_and_the_rest_mark_nothing() {
        let palm = Page::Technique(TechniqueId("palm_effleurage".to_owned()));
        let lit: Vec<_> = overlay(&palm)
            .highlighted
            .iter()
            .map(|r| r.as_str().to_owned())
            .collect();
        assert!(lit.contains(&"lumbar_left".to_owned()), "{lit:?}");
        assert!(lit.contains(&"upper_thoracic_right".to_owned()), "{lit:?}");
        let deltoid = MuscleId("posterior_deltoid".to_owned());
        assert_eq!(
            overlay(&Page::Muscle(deltoid.clone())),
            MapOverlay {
                muscle: Some(deltoid),
                ..MapOverlay::default()
            }
        );
        for page in [
            Page::Guide,
            Page::Techniques,
            Page::RedFlags,
            Page::Practice,
        ] {
            assert_eq!(overlay(&page), MapOverlay::default(), "{page:?}");
        }
        let gone = Page::Technique(TechniqueId("no_such_technique".to_owned()));
        assert_eq!(overlay(&gone), MapOverlay::default());
    }
}
