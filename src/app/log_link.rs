//! The page's end of a log review: the Web Worker when one can be started, else the page itself.
//!
//! The worker is used when the page is served over http(s) and the worker script comes from the
//! page's own origin (a browser refuses a worker from a file or from another origin). If it does
//! not answer within [`WORKER_PATIENCE_MS`] (a missing script, a policy that forbids workers),
//! the review moves into the page, and what was waiting for the worker is done there.
//!
//! This is the only part of the page that knows the worker's messages: the panel asks through
//! the link's methods and hears [`Heard`]s.

use crate::engine::{Facts, Mode};
use crate::log::session::{Command, ExportKind, LogSession, PROTOCOL, Reply, View};
use crate::log::{CueChoice, LogContext, LogField};
use crate::log_state::{Heard, Where};
use crate::worker::{Inbound, LogWorker};
use gloo_worker::WorkerBridge;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// How long a new worker may take to answer before the review moves into the page.
const WORKER_PATIENCE_MS: i32 = 10_000;
/// Entries checked in the page between two paints.
const PAGE_SLICE: usize = 2_000;

/// The link to the review, started when the panel is first drawn: the worker's files are loaded
/// before anything is typed or opened, and after that nothing is requested at all.
#[hook]
pub fn use_log_link(worker: Option<AttrValue>, heard: Callback<Heard>) -> LogLink {
    let link = (*use_memo((), move |()| {
        LogLink::new(worker.map(|w| w.to_string()), heard)
    }))
    .clone();
    {
        let link = link.clone();
        use_effect_with((), move |()| link.start());
    }
    link
}

enum Backend {
    /// Not started yet: where the worker's loader script is, if the page has one.
    Idle(Option<String>),
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
    /// The last number given to a review or a listing (replies name them; older ones are stale).
    numbered: u64,
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
    /// A link not yet started; `worker` is where the worker's loader script is, if anywhere.
    fn new(worker: Option<String>, heard: Callback<Heard>) -> LogLink {
        LogLink(Rc::new(RefCell::new(Inner {
            backend: Backend::Idle(worker),
            heard,
            numbered: 0,
        })))
    }

    /// Starts the review's backend: the worker, where it can run; the page otherwise.
    fn start(&self) {
        let worker = match &self.0.borrow().backend {
            Backend::Idle(worker) => worker.clone(),
            _ => return,
        };
        let heard = self.0.borrow().heard.clone();
        let Some(loader) = worker.as_deref().and_then(same_origin) else {
            self.0.borrow_mut().backend = Backend::page();
            heard.emit(Heard::RunsIn(
                Where::Page,
                Some("this page cannot start a worker from where it was opened".into()),
            ));
            return;
        };
        let weak = Rc::downgrade(&self.0);
        let bridge = crate::worker::spawn(&loader, move |reply| {
            if let Some(inner) = weak.upgrade() {
                LogLink(inner).hear(reply);
            }
        });
        bridge.send(Inbound::Command(Command::Hello).seal());
        self.0.borrow_mut().backend = Backend::Starting {
            bridge,
            waiting: Vec::new(),
        };
        self.give_up_after(WORKER_PATIENCE_MS);
        LINKS.with(|links| links.borrow_mut().push(Rc::downgrade(&self.0)));
    }

    /// The next number for a review or a listing.
    fn number(&self) -> u64 {
        let mut inner = self.0.borrow_mut();
        inner.numbered += 1;
        inner.numbered
    }

    /// Opens the file the reviewer chose (the worker reads it; its bytes are not copied here).
    pub fn open_file(&self, name: String, file: web_sys::Blob) {
        self.send(Inbound::OpenFile { name, file });
    }

    /// Reads column `column` as `field`.
    pub fn map_column(&self, column: usize, field: LogField) {
        self.send(Inbound::Command(Command::Map { column, field }));
    }

    /// Checks every entry, replacing any review under way; the review's number.
    pub fn review(
        &self,
        mode: Mode,
        defaults: Facts,
        choice: CueChoice,
        context: &LogContext,
    ) -> u64 {
        let job = self.number();
        self.send(Inbound::Command(Command::Review {
            job,
            mode,
            defaults,
            choice,
            context: Box::new(context.clone()),
        }));
        job
    }

    /// Stops the review under way.
    pub fn cancel(&self) {
        self.send(Inbound::Command(Command::Cancel));
    }

    /// Lists the entries of review `job` that `view` chooses; the listing's number.
    pub fn list(&self, job: u64, view: View) -> u64 {
        let listing = self.number();
        self.send(Inbound::Command(Command::List { job, listing, view }));
        listing
    }

    /// The table rows of these entries of review `job`.
    pub fn rows(&self, job: u64, entries: Vec<u32>) {
        self.send(Inbound::Command(Command::Rows { job, entries }));
    }

    /// One entry of review `job` in full.
    pub fn entry(&self, job: u64, entry: u32) {
        self.send(Inbound::Command(Command::Entry { job, entry }));
    }

    /// Exports review `job`.
    pub fn export(&self, job: u64, kind: ExportKind, title: String) {
        self.send(Inbound::Command(Command::Export { job, kind, title }));
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
    fn send(&self, message: Inbound) {
        self.start();
        let mut inner = self.0.borrow_mut();
        match &mut inner.backend {
            // `start` leaves no link idle.
            Backend::Idle(_) => {}
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
