// Shared by the end-to-end tests: a static server for dist/ (under any sub-path), Debian's
// Chromium driven by playwright-core, and small page helpers.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, extname, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { inflateRawSync } from "node:zlib";
import { chromium } from "../../tools/node_modules/playwright-core/index.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = join(ROOT, "dist");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves `dir` at http://127.0.0.1:PORT{prefix}; resolves to { url, close }. */
export async function serve(dir = DIST, prefix = "/") {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** A page that records every request, CSP violation, console error and page error. */
export async function openApp(browser, url, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const log = { requests: [], violations: [], errors: [] };
  context.on("request", (r) => log.requests.push(r.url()));
  page.on("pageerror", (e) => log.errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") log.errors.push(m.text()); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto(url);
  await ready(page);
  return { context, page, log };
}

/** Waits until the checker has drawn its first verdict and its log review has started (in its
 * worker, or in the page where no worker can run): every file is loaded by then. */
export async function ready(page) {
  await page.waitForSelector(".outcome[data-outcome]", { state: "attached", timeout: 20000 });
  await page.waitForSelector(".log-review[data-log-runs-in]:not([data-log-runs-in=''])", { state: "attached", timeout: 20000 });
}

/** The page's sections, by their address fragment, as the navigation names them. */
export const SECTIONS = { check: "The check", documents: "Documents", log: "Privilege log", opinion: "The opinion" };

/** Moves to a section through the navigation; resolves once it is on show. */
export async function show(page, section) {
  await page.locator("nav.sections").getByRole("link", { name: SECTIONS[section], exact: true }).click();
  await page.waitForSelector(`#section-${section}:not([hidden])`);
}

export async function outcome(page) {
  return page.getAttribute(".outcome", "data-outcome");
}

export async function violations(page) {
  return page.evaluate(() => window.__violations);
}

/** Runs axe-core for WCAG 2.1 A and AA; resolves to the violations. */
export async function axe(page) {
  const source = await readFile(join(ROOT, "tools/node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

/** For a test file: a server for dist/ and a browser, started before its tests and closed after. */
export function harness() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The files of a ZIP package (a Word file), by name, as text: read through its central
 * directory, stored or deflated. Throws if the package is not a well-formed ZIP. */
export function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("no end of central directory: not a ZIP package");
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = {};
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header at ${at}`);
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    if (buffer.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const data = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const raw = buffer.subarray(data, data + size);
    files[name] = (method === 8 ? inflateRawSync(raw) : raw).toString("utf8");
    at += 46 + nameLength + skip;
  }
  return files;
}
