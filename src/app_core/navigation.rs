//! Moving between pages: what opens at start, what happens on leaving a page, and Back. Every
//! rule here matches on every page, so a new page is a compile error here until it is decided.

use super::Core;
use crate::state::{AppState, Page};

/// Steps of Back kept: enough to step back through a reading session, not a record of the day.
const HISTORY: usize = 50;

/// The page the app opens on, from the one saved when it last closed.
pub(super) fn page_at_start(state: &AppState) -> Page {
    if !state.safety_check_offered {
        // First start: offer the safety check before anything else; it can be skipped.
        return Page::SafetyCheck;
    }
    match &state.page {
        // Sessions are not saved; the routines are where one starts again.
        Page::Practice => Page::Routines,
        page @ (Page::Guide
        | Page::Techniques
        | Page::Technique(_)
        | Page::Caution(_)
        | Page::Muscle(_)
        | Page::Routines
        | Page::RedFlags
        | Page::LookAlikes
        | Page::Sources
        | Page::Basics(_)
        | Page::Claims
        | Page::SafetyCheck) => page.clone(),
    }
}

impl Core {
    pub(super) fn show_page(&mut self, page: Page) {
        if page == self.state.page {
            return;
        }
        self.leave_page();
        let previous = std::mem::replace(&mut self.state.page, page);
        self.history.push_back(previous);
        if self.history.len() > HISTORY {
            self.history.pop_front();
        }
    }

    pub(super) fn back(&mut self) {
        if let Some(page) = self.history.pop_back() {
            self.leave_page();
            self.state.page = page;
        }
    }

    fn leave_page(&mut self) {
        match &self.state.page {
            Page::Practice => {
                if let Some(practice) = &mut self.practice {
                    // Nobody is following the countdown on another page; it waits for them.
                    practice.session.pause();
                }
            }
            // Leaving the check, done or not, means it was offered: it will not open by itself
            // again.
            Page::SafetyCheck => self.state.safety_check_offered = true,
            Page::Guide
            | Page::Techniques
            | Page::Technique(_)
            | Page::Caution(_)
            | Page::Muscle(_)
            | Page::Routines
            | Page::RedFlags
            | Page::LookAlikes
            | Page::Sources
            | Page::Basics(_)
            | Page::Claims => {}
        }
    }
}
