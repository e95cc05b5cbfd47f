//! The browser's side of the platform seam: the reader's state in the page's local storage,
//! and starting the app on the page's canvas (`index.html` at the repository's root).

use std::cell::RefCell;
use std::rc::Rc;

use eframe::wasm_bindgen::JsCast as _;

use crate::dropped::DroppedFile;
use crate::platform::{
    DownloadPart, FileSaveError, FileSaver, ReadError, SaveError, Saved, StateLocation, StateStore,
};
use crate::state::AppState;
use crate::state_format::RestoreNotice;
use crate::{App, Startup};

/// The local-storage key the state is kept under; set-aside copies add `.unreadable-N`.
pub const STATE_KEY: &str = "massage-guide.state";
/// The id of the canvas the app draws on, in `index.html`.
const CANVAS_ID: &str = "massage_guide_canvas";
/// The id of the "Loading" text, replaced by the app or by why it could not start.
const LOADING_ID: &str = "loading_text";

/// The state in the browser's local storage, kept per site: the same page on the same
/// browser finds it again.
pub struct LocalStorage {
    storage: web_sys::Storage,
}

impl LocalStorage {
    /// The page's local storage, or None when the browser refuses it (private modes may).
    pub fn open() -> Option<Self> {
        let storage = web_sys::window()?.local_storage().ok()??;
        Some(Self { storage })
    }
}

impl StateStore for LocalStorage {
    fn read(&self) -> Result<Option<String>, ReadError> {
        self.storage
            .get_item(STATE_KEY)
            .map_err(|_refused| ReadError::Refused)
    }

    fn write(&self, text: &str) -> Result<(), SaveError> {
        self.storage
            .set_item(STATE_KEY, text)
            // The DOMException (quota exceeded, storage denied) says nothing a reader could act
            // on beyond this.
            .map_err(|_refused| SaveError::StorageRefused)
    }

    /// Copies the text under the first free `….unreadable-N` key, then removes it.
    fn keep_aside(&self) -> Option<String> {
        let text = self.storage.get_item(STATE_KEY).ok()??;
        let key = (1..1000)
            .map(|n| format!("{STATE_KEY}.unreadable-{n}"))
            .find(|key| matches!(self.storage.get_item(key), Ok(None)))?;
        self.storage.set_item(&key, &text).ok()?;
        // Removed only once the copy is safe.
        let _removed = self.storage.remove_item(STATE_KEY);
        Some(key)
    }

    fn location(&self) -> StateLocation {
        StateLocation::Browser
    }
}

/// Starts the app on the page's canvas, with the state this browser kept.
pub fn start() {
    // Warnings and errors to the browser's console; a second start keeps the first logger.
    let _already = eframe::WebLogger::init(log::LevelFilter::Warn);
    let options = eframe::WebOptions::default();
    wasm_bindgen_futures::spawn_local(async {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(canvas) = document
            .get_element_by_id(CANVAS_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        let startup = Startup {
            // eframe speaks what has the keyboard when asked: screen readers cannot read the
            // canvas.
            can_read_focus_aloud: true,
            saver: Some(Box::new(Download)),
            ..if let Some(store) = LocalStorage::open() {
                Startup::from_store(store, None)
            } else {
                let mut startup = Startup::in_memory(AppState::default());
                startup.restored.notice = Some(RestoreNotice::NoStorage);
                startup
            }
        };
        let started = eframe::WebRunner::new()
            .start(
                canvas,
                options,
                Box::new(|cc| {
                    Ok(Box::new(WebApp {
                        app: App::new(cc, startup),
                        dropped: Rc::default(),
                    }))
                }),
            )
            .await;
        if let Some(loading) = document.get_element_by_id(LOADING_ID) {
            match started {
                Ok(()) => loading.remove(),
                // As text, not HTML: the browser's words are not ours to trust.
                Err(err) => loading.set_text_content(Some(&format!(
                    "The guide could not start in this browser: {}.",
                    err.as_string()
                        .unwrap_or_else(|| "WebGL 2 may be missing".to_owned())
                ))),
            }
        }
    });
}

/// The app as the browser runs it: dropped files are read asynchronously (the browser has no
/// other way), then handed to the app together.
struct WebApp {
    app: App,
    /// Files of one drop, filled in as the browser reads them.
    dropped: Rc<RefCell<Option<Vec<DroppedFile>>>>,
}

impl WebApp {
    fn read_dropped(&self, ctx: &egui::Context) {
        let files = ctx.input(|i| i.raw.dropped_files.clone());
        if files.is_empty() {
            return;
        }
        let done = Rc::clone(&self.dropped);
        let ctx = ctx.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let mut read = Vec::new();
            for file in &files {
                let name = file.path().to_string_lossy().into_owned();
                // A file the browser cannot read arrives empty, and is reported as such.
                let bytes = file.bytes_async().await.unwrap_or_default();
                read.push(DroppedFile { name, bytes });
            }
            *done.borrow_mut() = Some(read);
            ctx.request_repaint();
        });
    }
}

impl eframe::App for WebApp {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.read_dropped(ctx);
        let ready = self.dropped.borrow_mut().take();
        if let Some(files) = ready {
            self.app.open_dropped(files);
        }
        self.app.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
    }
}

/// Files the app makes (handouts), given to the reader as downloads: the browser saves them
/// where it saves downloads, or asks, as the reader has set it.
pub struct Download;

impl FileSaver for Download {
    fn save(
        &self,
        name: &str,
        contents: String,
        done: Box<dyn FnOnce(Result<Option<Saved>, FileSaveError>) + Send>,
    ) -> Result<(), FileSaveError> {
        let refused = FileSaveError::DownloadRefused;
        let parts = js_sys::Array::of1(&eframe::wasm_bindgen::JsValue::from_str(&contents));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/html;charset=utf-8");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
            .map_err(|_refused| refused(DownloadPart::File))?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)
            .map_err(|_refused| refused(DownloadPart::Address))?;
        let link = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("a").ok())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            .ok_or(refused(DownloadPart::Link))?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        // The download has its own copy now.
        web_sys::Url::revoke_object_url(&url).ok();
        done(Ok(Some(Saved::Downloads)));
        Ok(())
    }
}
