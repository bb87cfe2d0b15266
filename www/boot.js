// Starts privcheck: loads the wasm-bindgen module whose hashed name Trunk wrote into the script
// tag, then the WebAssembly. An external module, so the Content-Security-Policy needs no
// 'unsafe-inline'.
const tag = document.querySelector("script[data-privcheck-boot]");
const base = new URL(tag.dataset.base, document.baseURI);
// The privilege-log review runs in a Web Worker; the app finds its loader script here.
document
  .querySelector("[data-privcheck-app]")
  ?.setAttribute("data-privcheck-worker", new URL("privcheck-log-worker.js", base).href);
const bindings = await import(new URL(tag.dataset.js, base).href);
await bindings.default({ module_or_path: new URL(tag.dataset.wasm, base) });
// The Word writer, fetched now that the checker runs (not awaited).
import(new URL("word-loader.js", base).href).then(({ installWord }) => installWord(base));
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: tag.dataset.wasm } }));

// The "Something went wrong" panel: copy its diagnostic for a report.
document.getElementById("panic-copy")?.addEventListener("click", () => {
  const text = document.getElementById("panic-detail")?.textContent ?? "";
  navigator.clipboard?.writeText(text).catch(() => {});
});

// Offline: a service worker keeps the app's files. When a new build is installed the page says so.
if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!hadController) return;
    const notice = document.getElementById("update-notice");
    if (notice) notice.hidden = false;
  });
  document.getElementById("update-reload")?.addEventListener("click", () => location.reload());
  navigator.serviceWorker.register(new URL("sw.js", base), { updateViaCache: "none" }).catch((error) => {
    console.warn(`privcheck: offline use is unavailable (${error.message})`);
  });
}
