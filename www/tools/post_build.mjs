// Trunk post_build hook: writes into the build (TRUNK_STAGING_DIR)
//   - privcheck.js, the JS API under a stable name, importing this build's hashed files;
//   - privcheck-log-worker.js, the log-review Web Worker's script, starting the same files;
//   - privcheck-word.js and its WebAssembly, the Word writer (feature `word`), fetched after the
//     checker starts;
//   - sw.js, the service worker, with the list of every file of the build and a cache name
//     derived from their contents (so each build has its own cache, and only a new build
//     replaces it).
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

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

// The Word writer: the same crate with only its Word feature, built to its own WebAssembly
// (privcheck-word.js and privcheck-word_bg.wasm), offline and at the versions Cargo.lock names.
const root = fileURLToPath(new URL("../../", here));
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`post_build.mjs: ${command} ${args.join(" ")} failed`);
};
run("cargo", ["build", "--lib", "--offline", "--locked", "--target", "wasm32-unknown-unknown",
  "--no-default-features", "--features", "word", "--profile", "wasm-release"]);
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", dir, "--out-name", "privcheck-word",
  join(target, "wasm32-unknown-unknown", "wasm-release", "privcheck.wasm")]);
const word = join(dir, "privcheck-word_bg.wasm");
// The WebAssembly features Rust's wasm32 target emits, and no others (a browser refuses the rest).
run("wasm-opt", ["-Oz", "--enable-bulk-memory", "--enable-multivalue", "--enable-mutable-globals",
  "--enable-nontrapping-float-to-int", "--enable-reference-types", "--enable-sign-ext", "-o", word, word]);
await rm(join(dir, "privcheck-word_bg.wasm.d.ts"), { force: true });

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
