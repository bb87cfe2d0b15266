//! The log-review Web Worker: a [`LogSession`] behind `gloo-worker`.
//!
//! The worker runs this same WebAssembly module (already loaded by the page, so nothing more is
//! downloaded): its script, `privcheck-log-worker.js`, imports the module and calls
//! [`start_log_worker`].
//!
//! The page hands the worker the file the user chose (a `File` crosses without copying its
//! bytes); the worker reads it, checks every entry a slice at a time, and answers with
//! [`Reply`]s. Between two slices it yields to its message queue, so a newer review or a
//! cancel is heard at once.
//!
//! Messages cross as JavaScript values (serde-wasm-bindgen). The page and the worker come from
//! one build, but a page left open across an update could meet a newer worker: each message is
//! therefore carried opaque through `gloo-worker` and read here with an error, not a panic, when
//! it does not match.

use crate::log::session::{Command, LogSession, PROTOCOL, Reply};
use gloo_worker::{Codec, HandlerId, Registrable, Spawnable, Worker, WorkerBridge, WorkerScope};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

/// Entries checked between two looks at the message queue (about a tenth of a second).
const SLICE: usize = 5_000;

/// A message between the page and the worker, carried through `gloo-worker` as it is and read
/// by the receiver: a command or reply in bincode (compact, and quick for a long list of entries
/// or a large export), or a file to open.
#[derive(Serialize, Deserialize)]
pub struct Envelope(#[serde(with = "serde_wasm_bindgen::preserve")] JsValue);

/// What the page sends.
pub enum Inbound {
    /// The file to open; the worker reads it.
    OpenFile {
        /// Its name, for messages.
        name: String,
        /// The file (it crosses as itself: its bytes are not copied).
        file: web_sys::Blob,
    },
    /// Anything else.
    Command(Command),
    /// Panic on purpose, so that a deployment (and a test) can see what the page does when the
    /// worker stops.
    DiagnosticsPanic,
}

/// How a [`Inbound::DiagnosticsPanic`] is sealed.
const DIAGNOSTICS_PANIC: &str = "diagnostics_panic";

impl Inbound {
    /// The message, sealed.
    pub fn seal(self) -> Envelope {
        match self {
            Inbound::OpenFile { name, file } => {
                Envelope(js_sys::Array::of2(&JsValue::from(name), &file).into())
            }
            Inbound::Command(command) => Envelope::seal(&command),
            Inbound::DiagnosticsPanic => Envelope(JsValue::from_str(DIAGNOSTICS_PANIC)),
        }
    }

    fn open(envelope: Envelope) -> Result<Inbound, String> {
        match envelope.0.dyn_ref::<js_sys::Array>() {
            Some(pair) => match (pair.get(0).as_string(), pair.get(1).dyn_into()) {
                (Some(name), Ok(file)) => Ok(Inbound::OpenFile { name, file }),
                _ => Err("a file to open came without its name or its contents".into()),
            },
            None if envelope.0.as_string().as_deref() == Some(DIAGNOSTICS_PANIC) => {
                Ok(Inbound::DiagnosticsPanic)
            }
            None => envelope.open().map(Inbound::Command),
        }
    }
}

impl Envelope {
    /// `message`, sealed.
    pub fn seal(message: &impl Serialize) -> Envelope {
        match bincode::serialize(message) {
            Ok(bytes) => Envelope(js_sys::Uint8Array::from(bytes.as_slice()).into()),
            Err(_) => Envelope(JsValue::NULL),
        }
    }

    /// The message, read; an error when it is not a `T` (a page and a worker of different
    /// versions).
    pub fn open<T: for<'de> Deserialize<'de>>(self) -> Result<T, String> {
        let bytes = self
            .0
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| "not a sealed message".to_string())?
            .to_vec();
        bincode::deserialize(&bytes).map_err(|error| error.to_string())
    }
}

/// `gloo-worker`'s messages as JavaScript values, so that a `File` crosses as itself.
pub struct JsCodec;

impl Codec for JsCodec {
    fn encode<I: Serialize>(input: I) -> JsValue {
        serde_wasm_bindgen::to_value(&input).unwrap_or(JsValue::NULL)
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        // Only gloo-worker's own frame is read here (the payload is an opaque `Envelope`), and
        // both ends use this crate's one version of it: a frame that does not read is a bug.
        #[allow(clippy::expect_used)]
        serde_wasm_bindgen::from_value(input).expect("a gloo-worker frame from this build")
    }
}

/// The worker.
pub struct LogWorker {
    session: LogSession,
    /// Who asked for the review under way.
    asker: Option<HandlerId>,
    /// Whether a slice is scheduled.
    stepping: bool,
}

/// What the worker sends itself.
pub enum Step {
    /// A file was read (or not).
    Read {
        /// Who asked.
        asker: HandlerId,
        /// The file's name.
        name: String,
        /// Its bytes, or why not.
        bytes: Result<Vec<u8>, String>,
    },
    /// Check the next slice.
    Slice,
}

impl Worker for LogWorker {
    type Message = Step;
    type Input = Envelope;
    type Output = Envelope;

    fn create(_scope: &WorkerScope<Self>) -> LogWorker {
        LogWorker {
            session: LogSession::new(),
            asker: None,
            stepping: false,
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, message: Step) {
        match message {
            Step::Read { asker, name, bytes } => {
                let reply = match bytes {
                    Ok(bytes) => self.session.handle(Command::Open { name, bytes }),
                    Err(message) => Reply::NotOpened { name, message },
                };
                scope.respond(asker, Envelope::seal(&reply));
            }
            Step::Slice => {
                self.stepping = false;
                if let Some(reply) = self.session.step(SLICE) {
                    if let Some(asker) = self.asker {
                        scope.respond(asker, Envelope::seal(&reply));
                    }
                    self.schedule(scope);
                }
            }
        }
    }

    fn received(&mut self, scope: &WorkerScope<Self>, message: Envelope, asker: HandlerId) {
        LAST_ASKER.with(|last| {
            if let Ok(mut last) = last.try_borrow_mut() {
                *last = Some((scope.clone(), asker));
            }
        });
        match Inbound::open(message) {
            #[allow(clippy::panic)] // on purpose: see `Inbound::DiagnosticsPanic`
            Ok(Inbound::DiagnosticsPanic) => {
                panic!("a panic raised on purpose in the log worker by diagnostics_panic_in_log_worker()")
            }
            Ok(Inbound::OpenFile { name, file }) => {
                let scope = scope.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let bytes = read_blob(&file).await;
                    scope.send_message(Step::Read { asker, name, bytes });
                });
            }
            Ok(Inbound::Command(command)) => {
                let reply = self.session.handle(command);
                scope.respond(asker, Envelope::seal(&reply));
                if self.session.busy() {
                    self.asker = Some(asker);
                    self.schedule(scope);
                }
            }
            Err(error) => scope.respond(
                asker,
                Envelope::seal(&Reply::Failed(format!(
                    "the log checker (protocol {PROTOCOL}) could not read the page's message ({error}); reload the page"
                ))),
            ),
        }
    }
}

impl LogWorker {
    /// Checks the next slice once the messages waiting have been heard.
    fn schedule(&mut self, scope: &WorkerScope<Self>) {
        if self.stepping || !self.session.busy() {
            return;
        }
        self.stepping = true;
        let scope = scope.clone();
        wasm_bindgen_futures::spawn_local(async move {
            yield_to_messages().await;
            scope.send_message(Step::Slice);
        });
    }
}

/// The bytes of `file`.
pub async fn read_blob(file: &web_sys::Blob) -> Result<Vec<u8>, String> {
    wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
        .map_err(|_| "the file could not be read".to_string())
}

/// Resolves after the messages already queued for this worker: a message posted on a channel
/// is a task of its own (a timer would be held to at least 4 ms once nested).
async fn yield_to_messages() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        channel.port1().set_onmessage(Some(resolve.unchecked_ref()));
        let _ = channel.port2().post_message(&JsValue::NULL);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    channel.port1().close();
}

thread_local! {
    /// Who to tell if the worker panics: the page that sent the last message.
    static LAST_ASKER: std::cell::RefCell<Option<(WorkerScope<LogWorker>, HandlerId)>> =
        const { std::cell::RefCell::new(None) };
}

/// A panic in the worker: the page is told, with the diagnostic, before the worker stops (a
/// WebAssembly module cannot go on after a panic).
fn report_panic(info: &std::panic::PanicHookInfo<'_>) {
    let diagnostic = format!("privcheck {}: {info}", env!("CARGO_PKG_VERSION"));
    LAST_ASKER.with(|last| {
        if let Ok(last) = last.try_borrow()
            && let Some((scope, asker)) = &*last
        {
            scope.respond(*asker, Envelope::seal(&Reply::Stopped(diagnostic)));
        }
    });
}

/// Runs in the worker: starts answering the page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start_log_worker() {
    std::panic::set_hook(Box::new(report_panic));
    LogWorker::registrar().encoding::<JsCodec>().register();
}

/// Starts the worker whose script is at `loader`; `on_reply` hears
/// every reply, or why one could not be read.
pub fn spawn(
    loader: &str,
    on_reply: impl Fn(Result<Reply, String>) + 'static,
) -> WorkerBridge<LogWorker> {
    LogWorker::spawner()
        .callback(move |envelope: Envelope| on_reply(envelope.open::<Reply>()))
        .encoding::<JsCodec>()
        .spawn_with_loader(loader)
}
