//! Where the page starts the app: the panic screen first, then the checker in `#app`.

use crate::app::App;
use wasm_bindgen::prelude::*;

/// Runs when the module loads.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(show_panic));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // Mount only where the page asks for the checker: embedding pages use the JS API instead.
    if let Some(root) = document.get_element_by_id("app") {
        yew::Renderer::<App>::with_root(root).render();
    }
}

/// A panic that still happens shows a readable panel; the matter is already kept in this tab's
/// storage, so a reload restores it.
fn show_panic(info: &std::panic::PanicHookInfo<'_>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(detail) = document.get_element_by_id("panic-detail") {
        detail.set_text_content(Some(&info.to_string()));
    }
    if let Some(panel) = document.get_element_by_id("panic") {
        let _ = panel.remove_attribute("hidden");
    }
}
