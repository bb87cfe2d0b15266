// privcheck's log-review worker: the page's own WebAssembly module (already loaded, so nothing
// more is downloaded), started in a Web Worker to read and check privilege logs off the page's
// main thread. Written into each build by the post_build hook, with that build's file names.
import("__GLUE__")
  .then(async (bindings) => {
    await bindings.default({ module_or_path: new URL("__WASM__", self.location.href) });
    bindings.start_log_worker();
  })
  .catch((error) => console.error(`privcheck: the log-review worker could not start (${error})`));
