// Starts privcheck: loads the wasm-bindgen module whose hashed name Trunk wrote into the script
// tag, then the WebAssembly. An external module, so the Content-Security-Policy needs no
// 'unsafe-inline'.
const tag = document.querySelector("script[data-privcheck-boot]");
const base = new URL(tag.dataset.base, document.baseURI);
const bindings = await import(new URL(tag.dataset.js, base).href);
await bindings.default({ module_or_path: new URL(tag.dataset.wasm, base) });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: tag.dataset.wasm } }));
