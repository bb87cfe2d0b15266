//! The app's components in a real browser (headless Chromium, through wasm-bindgen-test-runner
//! and chromedriver): mounted, driven by clicks, and read back by role and text.
//!
//! Run: `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test
//! --target wasm32-unknown-unknown --no-default-features --features web --test web_components`

#![cfg(all(target_arch = "wasm32", feature = "web"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests: a failed unwrap is a failed test

use privcheck::app::components::question::{Question, QuestionProps};
use privcheck::app::{App, AppProps};
use privcheck::engine::{Fact, Mode};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh mount point, with this tab's kept matter cleared.
fn mount_point() -> Element {
    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    storage.clear().unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// The whole checker, mounted on a fresh mount point and drawn.
async fn mount_app() -> (Element, yew::AppHandle<App>) {
    let root = mount_point();
    let handle =
        yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::default()).render();
    yew::scheduler::flush().await;
    (root, handle)
}

fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn button(root: &Element, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.get(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default() == label)
        .unwrap_or_else(|| panic!("no button {label}"))
}

/// The ruling the verdict panel shows (its `data-outcome`).
fn attribute(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.get_attribute(name))
}

fn outcome(root: &Element) -> String {
    root.query_selector(".outcome")
        .unwrap()
        .and_then(|e| e.get_attribute("data-outcome"))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_verdict_follows_every_answer() {
    let (root, handle) = mount_app().await;
    assert_eq!(outcome(&root), "indeterminate");

    button(&root, "Load the Melamine example").click();
    yew::scheduler::flush().await;
    assert!(text(&root, ".outcome").contains("Protective order granted"));
    assert!(text(&root, ".steps").contains("personally reviewed the materials in issue"));

    click(&root, "#q-personal_review-no");
    yew::scheduler::flush().await;
    assert_eq!(outcome(&root), "claim_defective");
    assert!(text(&root, ".next-steps").contains("Cure the claim"));

    click(&root, "#q-personal_review-unknown");
    yew::scheduler::flush().await;
    let link = root.query_selector(".open-questions a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").unwrap(), "#q-personal_review");
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_mode_switch_changes_which_rules_apply() {
    let (root, handle) = mount_app().await;
    button(&root, "Load the Melamine example").click();
    yew::scheduler::flush().await;
    click(&root, "#q-itemized-no");
    yew::scheduler::flush().await;
    assert!(text(&root, ".outcome").contains("not properly invoked"));
    click(&root, "#mode-seed");
    yew::scheduler::flush().await;
    assert!(text(&root, ".outcome").contains("Protective order granted"));
    // In seed mode the doctrine's questions say why they are dimmed.
    assert!(text(&root, "#q-itemized").contains("Seed-only mode does not ask this"));
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_question_reports_its_answer() {
    let root = mount_point();
    let answers = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let props = QuestionProps {
        fact: Fact::Claimant,
        value: None,
        matters: false,
        mode: Mode::Full,
        onanswer: {
            let answers = answers.clone();
            Callback::from(move |answer| answers.borrow_mut().push(answer))
        },
    };
    let handle = yew::Renderer::<Question>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(text(&root, ".question").contains("Cannot change the ruling"));
    let select: web_sys::HtmlSelectElement = root
        .query_selector("select")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(select.labels().length(), 1, "the select has its label");
    select.set_value("counsel");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(*answers.borrow(), vec![(Fact::Claimant, Some(3))]);
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_panic_panel_shows_a_readable_diagnostic() {
    let document = document();
    let panel = document.create_element("div").unwrap();
    panel.set_id("panic");
    panel.set_attribute("hidden", "").unwrap();
    let detail = document.create_element("pre").unwrap();
    detail.set_id("panic-detail");
    panel.append_child(&detail).unwrap();
    document.body().unwrap().append_child(&panel).unwrap();
    privcheck::start::show_panic_message("index out of bounds at src/app.rs:1:1");
    assert!(!panel.has_attribute("hidden"));
    let text = detail.text_content().unwrap();
    assert!(text.starts_with("privcheck "), "{text}");
    assert!(text.ends_with("index out of bounds at src/app.rs:1:1"));
    panel.remove();
}

#[wasm_bindgen_test]
async fn the_guided_interview_asks_an_open_question_and_goes_back() {
    let (root, handle) = mount_app().await;
    button(&root, "Guided interview").click();
    yew::scheduler::flush().await;
    let first = attribute(&root, ".interview-question", "data-fact").expect("a question");
    // The question asked is one of the verdict's open questions.
    assert!(
        root.query_selector(&format!(".open-questions a[data-fact=\"{first}\"]"))
            .unwrap()
            .is_some()
    );
    assert!(text(&root, ".interview-progress").ends_with("can still change the ruling"));
    click(&root, ".interview-question button.answer");
    yew::scheduler::flush().await;
    let second = attribute(&root, ".interview-question", "data-fact").expect("a second question");
    assert_ne!(first, second);
    button(&root, "Back").click();
    yew::scheduler::flush().await;
    assert_eq!(
        attribute(&root, ".interview-question", "data-fact").as_deref(),
        Some(first.as_str())
    );
    assert_eq!(
        attribute(&root, ".interview-question button.answer", "aria-pressed").as_deref(),
        Some("true")
    );
    // The form is one click away, and shows the same answer.
    button(&root, "Full form").click();
    yew::scheduler::flush().await;
    assert!(root.query_selector(".questionnaire").unwrap().is_some());
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_decision_diagram_follows_the_answers() {
    let (root, handle) = mount_app().await;
    button(&root, "Load the Melamine example").click();
    yew::scheduler::flush().await;
    let status = |root: &Element, stage: u8| {
        attribute(
            root,
            &format!("#decision-diagram svg a[data-stage=\"{stage}\"]:not([data-outcome])"),
            "data-status",
        )
    };
    assert_eq!(status(&root, 10).as_deref(), Some("decides"));
    assert_eq!(status(&root, 6).as_deref(), Some("passed"));
    click(&root, "#q-personal_review-no");
    yew::scheduler::flush().await;
    assert_eq!(status(&root, 6).as_deref(), Some("decides"));
    assert_eq!(status(&root, 10).as_deref(), Some("not-reached"));
    handle.destroy();
    root.remove();
}
