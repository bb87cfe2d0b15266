//! The few things the app asks of the browser: downloading a file, copying text, printing,
//! moving focus. Each says what went wrong instead of failing silently.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlElement, Url};

fn window() -> Result<web_sys::Window, String> {
    web_sys::window().ok_or_else(|| "no browser window".to_string())
}

fn document() -> Result<web_sys::Document, String> {
    window()?
        .document()
        .ok_or_else(|| "no document".to_string())
}

/// Offers `text` as a file download named `name`. The file is made in the browser; nothing is
/// sent anywhere.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    download_bytes(name, mime, text.as_bytes())
}

/// Offers `bytes` as a file download named `name` (a Word file, or text).
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_buffer_source_sequence_and_options(&parts, &options)
        .map_err(|_| format!("could not make {name}"))?;
    let url =
        Url::create_object_url_with_blob(&blob).map_err(|_| format!("could not make {name}"))?;
    let document = document()?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "could not start the download".to_string())?
        .dyn_into()
        .map_err(|_| "could not start the download".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

/// Copies a document to the clipboard as rich text (`html`) and plain text (`text`), so that a
/// paste into a word processor keeps its formatting and a paste into plain text shows no markup;
/// where the browser cannot copy rich text, the plain text alone. Reports through `onresult`.
pub fn copy(html: &str, text: String, onresult: impl FnOnce(Result<(), String>) + 'static) {
    let clipboard = match window() {
        Ok(window) => window.navigator().clipboard(),
        Err(error) => return onresult(Err(error)),
    };
    let promise = match rich_item(html, &text) {
        Some(item) => clipboard.write(&js_sys::Array::of1(&item)),
        None => clipboard.write_text(&text),
    };
    wasm_bindgen_futures::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(|_| ())
            .map_err(|_| {
                "the browser did not allow copying to the clipboard; use Download instead"
                    .to_string()
            });
        onresult(result);
    });
}

/// Offers a paper as a Word file named `name`, made by the page's Word module
/// (`privcheck-word.js`, started by the page after the checker) from the paper's blocks as JSON.
/// Reports through `onresult`.
pub fn download_word(
    name: &str,
    blocks: &str,
    onresult: impl FnOnce(Result<(), String>) + 'static,
) {
    let name = name.to_string();
    word(blocks, move |made| {
        onresult(
            made.and_then(|docx| download_bytes(&name, crate::documents::DOCX_MEDIA_TYPE, &docx)),
        );
    });
}

/// A paper's Word file, from its blocks as JSON.
fn word(blocks: &str, onresult: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    let writer = js_sys::Reflect::get(&js_sys::global(), &"privcheckWord".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(writer) = writer else {
        return onresult(Err(
            "this copy of the checker has no Word writer (the one-file version); download HTML and open it in Word"
                .into(),
        ));
    };
    let promise = match writer
        .call1(&wasm_bindgen::JsValue::NULL, &blocks.into())
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    {
        Ok(promise) => promise,
        Err(_) => return onresult(Err("the Word writer could not start".into())),
    };
    wasm_bindgen_futures::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(|bytes| js_sys::Uint8Array::new(&bytes).to_vec())
            .map_err(|error| {
                format!(
                    "the Word file could not be made ({}); download HTML and open it in Word",
                    error.dyn_ref::<js_sys::Error>().map_or_else(
                        || "the Word writer did not load".to_string(),
                        |e| String::from(e.message())
                    )
                )
            });
        onresult(result);
    });
}

/// A clipboard item holding both forms, where the browser has `ClipboardItem`.
fn rich_item(html: &str, text: &str) -> Option<web_sys::ClipboardItem> {
    let blob = |content: &str, mime: &str| {
        let options = BlobPropertyBag::new();
        options.set_type(mime);
        Blob::new_with_str_sequence_and_options(
            &js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content)),
            &options,
        )
        .ok()
    };
    let record = js_sys::Object::new();
    let (html, text) = (blob(html, "text/html")?, blob(text, "text/plain")?);
    js_sys::Reflect::set(&record, &"text/html".into(), &html).ok()?;
    js_sys::Reflect::set(&record, &"text/plain".into(), &text).ok()?;
    web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record).ok()
}

/// What the field an input event came from now holds: a text area's or an input's value.
pub fn typed(event: &web_sys::Event) -> String {
    let target = event.target();
    match target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlTextAreaElement>())
    {
        Some(area) => area.value(),
        None => target
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default(),
    }
}

/// The element with `id` in the same tree as `near`: the page, or the custom element's shadow
/// root, where `document.getElementById` does not reach.
pub fn element_near(near: Option<web_sys::EventTarget>, id: &str) -> Option<web_sys::Element> {
    let root = near
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .map(|n| n.get_root_node());
    match root {
        Some(root) => match root.dyn_into::<web_sys::Document>() {
            Ok(document) => document.get_element_by_id(id),
            Err(root) => root
                .dyn_into::<web_sys::DocumentFragment>()
                .ok()?
                .get_element_by_id(id),
        },
        None => document().ok()?.get_element_by_id(id),
    }
}

/// Prints one document: its preview (`preview-{kind}`, in the tree of `near`) is opened, and the
/// print stylesheet shows only that.
pub fn print(near: Option<web_sys::EventTarget>, kind: &str) -> Result<(), String> {
    if let Some(preview) = element_near(near, &format!("preview-{kind}")) {
        preview
            .set_attribute("open", "")
            .map_err(|_| "could not prepare printing".to_string())?;
    }
    if let Some(root) = document()?.document_element() {
        root.set_attribute("data-print", kind)
            .map_err(|_| "could not prepare printing".to_string())?;
    }
    window()?
        .print()
        .map_err(|_| "the browser did not print".to_string())
}

/// Moves focus to the first control inside the element with `id` (in the tree of `near`), and
/// scrolls it into view.
pub fn focus_first_control(near: Option<web_sys::EventTarget>, id: &str) {
    let Some(container) = element_near(near, id) else {
        return;
    };
    // The checked radio first (where arrow keys then move), else the first control.
    let target = ["input:checked", "input, select, textarea"]
        .iter()
        .find_map(|selector| container.query_selector(selector).ok().flatten())
        .unwrap_or(container);
    if let Ok(element) = target.dyn_into::<HtmlElement>() {
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// Asks the user to confirm; `false` if the browser cannot ask.
pub fn confirm(message: &str) -> bool {
    window()
        .and_then(|w| w.confirm_with_message(message).map_err(|_| String::new()))
        .unwrap_or(false)
}

/// The address's fragment, without its '#' ("" where there is none).
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().map_err(|_| String::new()))
        .map(|hash| hash.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Calls `onchange` with the new fragment whenever the address's fragment changes (a link, the
/// Back button); the returned guard stops listening when dropped.
pub fn on_fragment_change(onchange: impl Fn(String) + 'static) -> Option<FragmentListener> {
    let window = window().ok()?;
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || onchange(fragment()));
    window
        .add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(FragmentListener { window, closure })
}

/// A listener of the address's fragment (see [`on_fragment_change`]).
pub struct FragmentListener {
    window: web_sys::Window,
    closure: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for FragmentListener {
    fn drop(&mut self) {
        let _ = self.window.remove_event_listener_with_callback(
            "hashchange",
            self.closure.as_ref().unchecked_ref(),
        );
    }
}

/// Scrolls the element with `id` (in the tree of `near`) into view, if there is one.
pub fn scroll_to(near: Option<web_sys::EventTarget>, id: &str) {
    if let Some(element) = element_near(near, id) {
        element.scroll_into_view();
    }
}
