//! Where the page starts the app: the panic panel first, then the checker wherever the page asks
//! for it (`data-privcheck-app`), and `mount` for the `<privilege-checker>` element.

use crate::app::{App, AppProps};
use crate::engine::Mode;
use wasm_bindgen::prelude::*;

/// Runs when the module loads.
#[wasm_bindgen(start)]
pub fn start() {
    // Through yew: it replaces any other hook with its own (a console message) when it renders.
    yew::set_custom_panic_hook(Box::new(show_panic));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // Mount only where the page asks for the checker: a page that embeds it through the JS API
    // or the custom element gets nothing it did not ask for.
    if let Ok(Some(root)) = document.query_selector("[data-privcheck-app]") {
        let worker = root.get_attribute("data-privcheck-worker").map(Into::into);
        root.set_inner_html("");
        yew::Renderer::<App>::with_root_and_props(root, AppProps { mode: None, worker }).render();
    }
}

/// A mounted checker, for the custom element to unmount.
#[wasm_bindgen]
pub struct Mounted(Option<yew::AppHandle<App>>);

#[wasm_bindgen]
impl Mounted {
    /// Removes the checker from the page.
    pub fn unmount(&mut self) {
        if let Some(handle) = self.0.take() {
            handle.destroy();
        }
    }
}

/// Mounts the full checker inside `element` (the custom element's shadow root container), in
/// `mode` ("seed" or "full") when given; `worker` is the log-review worker's loader script.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, mode: Option<String>, worker: Option<String>) -> Mounted {
    let mode = mode.as_deref().and_then(Mode::from_name);
    let worker = worker.map(Into::into);
    Mounted(Some(
        yew::Renderer::<App>::with_root_and_props(element, AppProps { mode, worker }).render(),
    ))
}

/// Panics on purpose: the way to see the "Something went wrong" panel in a deployment (its
/// browser test calls it). Only script already running in the page can reach it.
#[wasm_bindgen]
pub fn diagnostics_panic() {
    #[allow(clippy::panic)]
    {
        panic!("a panic raised on purpose by diagnostics_panic()");
    }
}

/// A panic that still happens shows a readable panel; the matter is already kept in this tab's
/// storage, so a reload restores it.
fn show_panic(info: &std::panic::PanicHookInfo<'_>) {
    show_panic_message(&info.to_string());
}

/// Shows the "Something went wrong" panel (`#panic`) with `diagnostic` in it.
pub fn show_panic_message(diagnostic: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(detail) = document.get_element_by_id("panic-detail") {
        detail.set_text_content(Some(&format!(
            "privcheck {}: {diagnostic}",
            env!("CARGO_PKG_VERSION")
        )));
    }
    if let Some(panel) = document.get_element_by_id("panic") {
        let _ = panel.remove_attribute("hidden");
    }
}
