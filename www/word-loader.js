// The Word writer: a second, separate WebAssembly module (privcheck-word.js), so that the checker
// the page loads first carries none of it. It is fetched as soon as the checker has started, not
// awaited (the first verdict never waits for it), so that downloading a paper as Word later
// makes no request. The app calls globalThis.privcheckWord(blocksJson) -> Promise<Uint8Array>.
let loading = null;

/** Installs the Word writer for the build whose files are at `base`, and starts fetching it. */
export function installWord(base) {
  const load = () =>
    (loading ??= import(new URL("privcheck-word.js", base).href).then(async (word) => {
      await word.default({ module_or_path: new URL("privcheck-word_bg.wasm", base) });
      return word;
    }));
  globalThis.privcheckWord = async (blocks) => (await load()).docx_of(blocks);
  load().catch((error) => {
    loading = null;
    console.warn(`privcheck: Word files are unavailable (${error.message})`);
  });
}
