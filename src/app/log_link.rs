//! The page's end of a log review: the Web Worker when one can be started, else the page itself.
//!
//! The worker is used when the page is served over http(s) and the worker script comes from the
//! page's own origin (a browser refuses a worker from a file or from another origin). If it does
//! not answer within [`WORKER_PATIENCE_MS`] (a missing script, a policy that forbids workers),
//! the review moves into the page, and what was waiting for the worker is done there.

use crate::log::session::{Command, LogSession, PROTOCOL, Reply};
use crate::worker::{Inbound, LogWorker};
use gloo_worker::WorkerBridge;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::Callback;

/// How long a new worker may take to answer before the review moves into the page.
const WORKER_PATIENCE_MS: i32 = 10_000;
/// Entries checked in the page between two paints.
const PAGE_SLICE: usize = 2_000;

/// Where the review runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Where {
    /// In a Web Worker: the page stays responsive whatever the log's size.
    Worker,
    /// In the page, a slice at a time between paints.
    Page,
}

/// What the page hears.
#[derive(Debug, Clone, PartialEq)]
pub enum Heard {
    /// A reply of the session.
    Reply(Reply),
    /// Where the review runs, and why there when it is not the worker.
    RunsIn(Where, Option<String>),
}

enum Backend {
    /// The worker was started and has not answered yet: messages wait.
    Starting {
        bridge: WorkerBridge<LogWorker>,
        waiting: Vec<Inbound>,
    },
    Worker(WorkerBridge<LogWorker>),
    Page {
        session: Box<LogSession>,
        stepping: bool,
    },
}

impl Backend {
    /// A fresh session in the page.
    fn page() -> Backend {
        Backend::Page {
            session: Box::new(LogSession::new()),
            stepping: false,
        }
    }
}

struct Inner {
    backend: Backend,
    heard: Callback<Heard>,
}

/// The page's handle on the review.
#[derive(Clone)]
pub struct LogLink(Rc<RefCell<Inner>>);

impl PartialEq for LogLink {
    fn eq(&self, other: &LogLink) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl LogLink {
    /// Starts the review's backend: the worker whose loader script is at `worker`, where it can
    /// run; the page otherwise.
    pub fn start(worker: Option<&str>, heard: Callback<Heard>) -> LogLink {
        let link = LogLink(Rc::new(RefCell::new(Inner {
            backend: Backend::page(),
            heard: heard.clone(),
        })));
        let Some(loader) = worker.and_then(same_origin) else {
            heard.emit(Heard::RunsIn(
                Where::Page,
                Some("this page cannot start a worker from where it was opened".into()),
            ));
            return link;
        };
        let weak = Rc::downgrade(&link.0);
        let bridge = crate::worker::spawn(&loader, move |reply| {
            if let Some(inner) = weak.upgrade() {
                LogLink(inner).hear(reply);
            }
        });
        bridge.send(Inbound::Command(Command::Hello).seal());
        link.0.borrow_mut().backend = Backend::Starting {
            bridge,
            waiting: Vec::new(),
        };
        link.give_up_after(WORKER_PATIENCE_MS);
        LINKS.with(|links| links.borrow_mut().push(Rc::downgrade(&link.0)));
        link
    }

    /// Makes every running log worker panic on purpose (see [`diagnostics_panic_in_log_worker`]).
    fn panic_workers() {
        let links: Vec<_> = LINKS.with(|links| {
            let mut links = links.borrow_mut();
            links.retain(|link| link.strong_count() > 0);
            links.iter().filter_map(std::rc::Weak::upgrade).collect()
        });
        for inner in links {
            if let Backend::Worker(bridge) = &inner.borrow().backend {
                bridge.send(Inbound::DiagnosticsPanic.seal());
            }
        }
    }

    /// Sends `message`: a command, or a file to open.
    pub fn send(&self, message: Inbound) {
        let mut inner = self.0.borrow_mut();
        match &mut inner.backend {
            Backend::Starting { waiting, .. } => waiting.push(message),
            Backend::Worker(bridge) => bridge.send(message.seal()),
            Backend::Page { .. } => {
                drop(inner);
                self.in_page(message);
            }
        }
    }

    /// A reply from the worker.
    fn hear(&self, reply: Result<Reply, String>) {
        let heard = self.0.borrow().heard.clone();
        match reply {
            Ok(Reply::Ready { protocol }) if protocol == PROTOCOL => {
                let waiting = {
                    let mut inner = self.0.borrow_mut();
                    let backend = std::mem::replace(&mut inner.backend, Backend::page());
                    match backend {
                        Backend::Starting { bridge, waiting } => {
                            inner.backend = Backend::Worker(bridge);
                            waiting
                        }
                        other => {
                            inner.backend = other;
                            Vec::new()
                        }
                    }
                };
                heard.emit(Heard::RunsIn(Where::Worker, None));
                for message in waiting {
                    self.send(message);
                }
            }
            // Leaving the worker drops its bridge: not from inside the bridge's own callback.
            Ok(Reply::Ready { protocol }) => {
                let link = self.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    link.move_into_page(format!(
                        "the background checker is of another version (protocol {protocol}, this page {PROTOCOL}); reload the page to use it"
                    ));
                });
            }
            Ok(Reply::Stopped(diagnostic)) => {
                let link = self.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    link.move_into_page(
                        "the background checker stopped on an internal error".into(),
                    );
                    heard.emit(Heard::Reply(Reply::Stopped(diagnostic)));
                });
            }
            Ok(reply) => heard.emit(Heard::Reply(reply)),
            Err(error) => heard.emit(Heard::Reply(Reply::Failed(format!(
                "a reply of the background checker could not be read ({error}); reload the page"
            )))),
        }
    }

    /// Moves the review into the page if the worker has not answered after `ms`.
    fn give_up_after(&self, ms: i32) {
        let weak = Rc::downgrade(&self.0);
        let callback = Closure::once_into_js(move || {
            if let Some(inner) = weak.upgrade() {
                let link = LogLink(inner);
                if matches!(link.0.borrow().backend, Backend::Starting { .. }) {
                    link.move_into_page(format!(
                        "the background checker did not start within {} seconds",
                        ms / 1000
                    ));
                }
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.unchecked_ref(),
                ms,
            );
        }
    }

    fn move_into_page(&self, why: String) {
        let (waiting, heard) = {
            let mut inner = self.0.borrow_mut();
            let backend = std::mem::replace(&mut inner.backend, Backend::page());
            let waiting = match backend {
                Backend::Starting { waiting, .. } => waiting,
                _ => Vec::new(),
            };
            (waiting, inner.heard.clone())
        };
        heard.emit(Heard::RunsIn(Where::Page, Some(why)));
        for message in waiting {
            self.send(message);
        }
    }

    /// Runs `message` in the page. Replies are delivered after the caller returns, so that a
    /// reply never reaches the page while it is still sending.
    fn in_page(&self, message: Inbound) {
        let link = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let command = match message {
                Inbound::Command(command) => command,
                // Aimed at a worker: the page has none to stop.
                Inbound::DiagnosticsPanic => return,
                Inbound::OpenFile { name, file } => match crate::worker::read_blob(&file).await {
                    Ok(bytes) => Command::Open { name, bytes },
                    Err(message) => {
                        link.emit(Reply::NotOpened { name, message });
                        return;
                    }
                },
            };
            let reply = link.with_session(|session| session.handle(command));
            if let Some(reply) = reply {
                link.emit(reply);
            }
            link.step_in_page().await;
        });
    }

    /// Carries the review under way on, a slice per paint, unless another loop already does.
    async fn step_in_page(&self) {
        let started = self.with_page(|session, stepping| {
            let start = session.busy() && !*stepping;
            if start {
                *stepping = true;
            }
            start
        });
        if started != Some(true) {
            return;
        }
        loop {
            next_paint().await;
            let step = self
                .with_session(|session| session.step(PAGE_SLICE))
                .flatten();
            match step {
                Some(reply) => self.emit(reply),
                None => break,
            }
        }
        self.with_page(|_, stepping| *stepping = false);
    }

    fn with_page<T>(&self, f: impl FnOnce(&mut LogSession, &mut bool) -> T) -> Option<T> {
        match &mut self.0.borrow_mut().backend {
            Backend::Page { session, stepping } => Some(f(session, stepping)),
            _ => None,
        }
    }

    fn with_session<T>(&self, f: impl FnOnce(&mut LogSession) -> T) -> Option<T> {
        self.with_page(|session, _| f(session))
    }

    fn emit(&self, reply: Reply) {
        let heard = self.0.borrow().heard.clone();
        heard.emit(Heard::Reply(reply));
    }
}

thread_local! {
    /// The links of this page, for [`diagnostics_panic_in_log_worker`].
    static LINKS: RefCell<Vec<std::rc::Weak<RefCell<Inner>>>> = const { RefCell::new(Vec::new()) };
}

/// Makes the page's log worker panic on purpose: the way to see, in a deployment (and in its
/// browser test), that the page reports it and carries on. Only script already running in the
/// page can reach it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn diagnostics_panic_in_log_worker() {
    LogLink::panic_workers();
}

/// `url` made absolute, when the page can start a worker from it: served over http(s), and from
/// the page's own origin.
fn same_origin(url: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let base = location.href().ok()?;
    let url = web_sys::Url::new_with_base(url, &base).ok()?;
    let served = matches!(url.protocol().as_str(), "http:" | "https:");
    (served && location.origin().ok()? == url.origin()).then(|| url.href())
}

/// Resolves after the browser has had a chance to paint and to handle input.
async fn next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
