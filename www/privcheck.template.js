// privcheck's JS API, under a name that stays the same from build to build.
//
//   import init, { check, rules, version } from "./privcheck.js";
//   await init();
//   const verdict = check({ mode: "full", facts: { personal_review: false } });
//
// Errors are thrown as objects with a `kind` and a `message`. Everything runs in this page:
// nothing is sent anywhere.
import start, * as bindings from "__GLUE__";

let ready = null;
let started = false;

/** Loads the checker's WebAssembly; call (and await) once before anything else. */
export default function init() {
  ready ??= start({ module_or_path: new URL("__WASM__", import.meta.url) }).then(() => {
    started = true;
    // The Word writer for the papers of a mounted checker, fetched now (not awaited).
    import("./word-loader.js").then(({ installWord }) => installWord(new URL(".", import.meta.url)));
  });
  return ready;
}

function started_or_throw() {
  if (!started) throw { kind: "not_initialized", message: "privcheck: await init() before calling it" };
}

/** Decides a request ({ mode, facts }, or its JSON text); returns the verdict. */
export function check(request) {
  started_or_throw();
  return bindings.check(request);
}

/** The rulebook: id, basis, pinpoint, quote and authorities of every rule. */
export function rules() {
  started_or_throw();
  return bindings.rules();
}

/** The program's version and the rulebook's version and date. */
export function version() {
  started_or_throw();
  return bindings.version();
}

/** Mounts the full checker inside `element`; returns a handle with `unmount()`. */
export function mount(element, mode) {
  started_or_throw();
  const worker = new URL("./privcheck-log-worker.js", import.meta.url).href;
  return bindings.mount(element, mode ?? undefined, worker);
}
