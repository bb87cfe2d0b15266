// Writes dist-single/privcheck.html: the whole checker in one self-contained HTML file (styles,
// JS and WebAssembly inlined) that works opened straight from disk, for counsel who can only
// save an attachment. Its Content-Security-Policy allows exactly its own inline script and style,
// by hash, and nothing from anywhere.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = join(root, "dist");
const out = join(root, "dist-single");
const names = await readdir(dist);
const find = (re) => {
  const name = names.find((n) => re.test(n));
  if (!name) throw new Error(`single-file: no ${re} in dist/ (run the release build first)`);
  return join(dist, name);
};

const css = await readFile(find(/^app-[0-9a-f]+\.css$/), "utf8");
const glue = await readFile(find(/^privcheck-[0-9a-f]+\.js$/), "utf8");
const wasm = await readFile(find(/^privcheck-[0-9a-f]+_bg\.wasm$/));
const icon = await readFile(join(root, "www/icon.svg"), "utf8");
const page = await readFile(join(root, "index.html"), "utf8");

// The wasm-bindgen module, then its synchronous start with the inlined bytes.
const script = `${glue}
const bytes = Uint8Array.from(atob("${wasm.toString("base64")}"), (c) => c.charCodeAt(0));
initSync({ module: bytes });
`;
const sha = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  "img-src data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const head = page.match(/<head>[\s\S]*<\/head>/)[0];
const body = page.match(/<body>([\s\S]*)<\/body>/)[1].replace(/<div id="update-notice"[\s\S]*?<\/div>\s*/, "");
const title = head.match(/<title>[\s\S]*?<\/title>/)[0];
const description = head.match(/<meta name="description"[^>]*>/)[0];
const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
${title}
${description}
<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(icon.trim())}">
<style>${css}</style>
</head>
<body>${body}<script type="module">${script}</script>
</body>
</html>
`;
await mkdir(out, { recursive: true });
await writeFile(join(out, "privcheck.html"), html);
console.log(`single-file: dist-single/privcheck.html, ${html.length.toLocaleString("en")} bytes`);
