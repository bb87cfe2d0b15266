// Trunk post_build hook: writes into the build (TRUNK_STAGING_DIR)
//   - privcheck.js, the JS API under a stable name, importing this build's hashed files;
//   - privcheck-log-worker.js, the log-review Web Worker's script, starting the same files;
//   - sw.js, the service worker, with the list of every file of the build and a cache name
//     derived from their contents (so each build has its own cache, and only a new build
//     replaces it).
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("post_build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)");
const here = new URL(".", import.meta.url);

const names = (await readdir(dir)).sort();
const glue = names.find((n) => /^privcheck-[0-9a-f]+\.js$/.test(n));
const wasm = names.find((n) => /^privcheck-[0-9a-f]+_bg\.wasm$/.test(n));
if (!glue || !wasm) throw new Error(`post_build.mjs: no hashed privcheck JS and wasm in ${dir}`);

const api = (await readFile(new URL("../privcheck.template.js", here), "utf8"))
  .replaceAll("__GLUE__", `./${glue}`)
  .replaceAll("__WASM__", `./${wasm}`);
await writeFile(join(dir, "privcheck.js"), api);

const worker = (await readFile(new URL("../log-worker.template.js", here), "utf8"))
  .replaceAll("__GLUE__", `./${glue}`)
  .replaceAll("__WASM__", `./${wasm}`);
await writeFile(join(dir, "privcheck-log-worker.js"), worker);

const files = (await readdir(dir)).filter((n) => n !== "sw.js").sort();
const hash = createHash("sha256");
for (const name of files) {
  hash.update(name);
  hash.update(await readFile(join(dir, name)));
}
const cache = `privcheck-${hash.digest("hex").slice(0, 16)}`;
const sw = (await readFile(new URL("../sw.template.js", here), "utf8"))
  .replace("__CACHE__", cache)
  .replace("__FILES__", JSON.stringify(["./", ...files.map((n) => `./${n}`)]));
await writeFile(join(dir, "sw.js"), sw);
console.log(`post_build: privcheck.js and privcheck-log-worker.js for ${glue}; sw.js caches ${files.length + 1} files as ${cache}`);
