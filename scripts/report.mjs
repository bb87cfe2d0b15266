// Measures what the README reports for the web app (a report, not a test: these machines are
// shared and noisy). Run by scripts/report.sh after a release build.
//   - the gzip size of everything the page loads;
//   - the time from navigation to the first verdict in headless Chromium (median of 7 loads);
//   - the time from an answer to the updated verdict on the page (median of 40 answers).

import { gzipSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve, launch, DIST } from "../tests/e2e/support.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve();
const browser = await launch();

const loaded = new Set();
let total = 0;
let totalGzip = 0;
const rows = [];
const loads = [];
for (let i = 0; i < 7; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (i === 0) page.on("requestfinished", (r) => loaded.add(new URL(r.url()).pathname));
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(".outcome[data-outcome]")) {
        window.__firstVerdict = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__firstVerdict !== undefined);
  loads.push(await page.evaluate(() => window.__firstVerdict));
  await context.close();
}
for (const path of [...loaded].sort()) {
  const file = join(DIST, path === "/" ? "index.html" : path.slice(1));
  const body = await readFile(file);
  const gz = gzipSync(body, { level: 9 }).length;
  total += body.length;
  totalGzip += gz;
  rows.push(`| ${path} | ${body.length.toLocaleString("en")} | ${gz.toLocaleString("en")} |`);
}

const context = await browser.newContext();
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector(".outcome[data-outcome]");
await page.getByRole("button", { name: "Load the Melamine example" }).click();
const updates = await page.evaluate(async () => {
  const times = [];
  for (let i = 0; i < 40; i++) {
    const id = i % 2 === 0 ? "q-personal_review-no" : "q-personal_review-yes";
    const before = document.querySelector(".outcome").dataset.outcome;
    const start = performance.now();
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector(".outcome").dataset.outcome !== before) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.querySelector(".verdict"), { attributes: true, subtree: true, childList: true });
    });
    document.getElementById(id).click();
    times.push((await changed) - start);
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  return times;
});
await browser.close();
await server.close();

console.log("| file | bytes | gzip -9 |");
console.log("| --- | ---: | ---: |");
for (const row of rows) console.log(row);
console.log(`| **all the page loads** | ${total.toLocaleString("en")} | ${totalGzip.toLocaleString("en")} |`);
console.log();
console.log(`navigation to first verdict: median ${median(loads).toFixed(0)} ms (7 loads: ${loads.map((t) => t.toFixed(0)).join(", ")})`);
console.log(`answer to updated verdict: median ${median(updates).toFixed(1)} ms, worst ${Math.max(...updates).toFixed(1)} ms (40 answers)`);
