// Measures what the README reports for the web app (a report, not a test: these machines are
// shared and noisy). Run by scripts/report.sh after a release build.
//   - the gzip size of everything the page loads;
//   - the time from navigation to the first verdict in headless Chromium (median of 7 loads);
//   - the time from an answer to the updated verdict on the page (median of 40 answers);
//   - in the guided interview, the time from an answer to the next question and the updated
//     verdict (median and worst of 60 answers, interviews started over from a new matter).

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

// The guided interview: each answer (the first answer offered, by click) until the interview
// ends, then a new matter and again. Timed from the click until the next question (or the end)
// and the verdict are both drawn.
page.on("dialog", (dialog) => dialog.accept());
await page.getByRole("button", { name: "Clear" }).click();
await page.getByRole("button", { name: "Guided interview" }).click();
await page.waitForSelector(".interview-question[data-fact]");
const interview = await page.evaluate(async () => {
  const times = [];
  const clear = [...document.querySelectorAll(".toolbar button")].find((b) => b.textContent.trim() === "Clear");
  while (times.length < 60) {
    const card = document.querySelector(".interview-question[data-fact]");
    if (!card) {
      window.confirm = () => true;
      clear.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      continue;
    }
    const before = card.dataset.fact;
    const verdictBefore = document.querySelector(".verdict").textContent;
    const start = performance.now();
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const now = document.querySelector(".interview-question[data-fact]")?.dataset.fact;
        if (now !== before && document.querySelector(".verdict").textContent !== verdictBefore) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document.querySelector(".layout"), { attributes: true, subtree: true, childList: true, characterData: true });
    });
    card.querySelector("button.answer").click();
    times.push((await changed) - start);
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  return times;
});

// A 100,000-entry privilege log (about 25 MB), opened and checked in the page's Web Worker.
const { writeFile, mkdtemp, readdir } = await import("node:fs/promises");
const { tmpdir } = await import("node:os");
const logRows = ["Entry ID,Date,Author,Recipients,Document Type,Description,Privilege Asserted,personal_review,affidavit"];
const kinds = ["Staff draft recommendation on", "Memorandum weighing the pros and cons of", "Email discussing",
  "Final determination as adopted concerning", "Statistics and data tables on", "Preliminary staff views on"];
const subjects = ["the injury determination", "melamine imports from Italy", "the causation analysis", "pricing comparisons"];
for (let i = 0; i < 100000; i++) {
  logRows.push([`ITC-${i}`, `1980-${1 + (i % 12)}-${1 + (i % 28)}`, i % 7 ? "Staff economist" : "", "Commissioners", "Memorandum",
    `"${kinds[i % kinds.length]} ${subjects[i % subjects.length]}, prepared for the Commission's deliberations in investigation 731-TA-13, with notes on ${subjects[(i * 7) % subjects.length]}; entry ${i}."`,
    i % 9 ? "Deliberative process" : "Attorney-client", ["yes", "no", "", "y"][i % 4], ["yes", "yes", "no", ""][i % 4]].join(","));
}
const logFile = join(await mkdtemp(join(tmpdir(), "privcheck-report-")), "log.csv");
await writeFile(logFile, logRows.join("\r\n") + "\r\n");
const logContext = await browser.newContext();
const logPage = await logContext.newPage();
await logPage.goto(`${server.url}#log`);
await logPage.waitForSelector(".outcome[data-outcome]", { state: "attached" });
await logPage.waitForSelector(".log-review[data-log-runs-in='worker']");
await logPage.getByRole("button", { name: "Load the Melamine example" }).click();
// The page's own long tasks (over 50 ms) while the worker reads and checks the log.
await logPage.evaluate(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)))
    .observe({ type: "longtask" });
});
const startLog = Date.now();
await logPage.setInputFiles("#open-log", logFile);
await logPage.waitForSelector(".log-counts button", { timeout: 120000 });
const logMs = Date.now() - startLog;
const longTasks = await logPage.evaluate(() => window.__longTasks);
const logCounts = await logPage.$$eval(".log-counts button", (bs) => bs.map((b) => b.textContent));
// Peak memory of the page's renderer processes (VmHWM), read from /proc.
let peak = 0;
for (const pid of await readdir("/proc")) {
  if (!/^\d+$/.test(pid)) continue;
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8");
    if (!cmdline.includes("chromium") || !cmdline.includes("--type=renderer")) continue;
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
    peak = Math.max(peak, kb);
  } catch {}
}
await logContext.close();
await browser.close();
await server.close();

console.log("| file | bytes | gzip -9 |");
console.log("| --- | ---: | ---: |");
for (const row of rows) console.log(row);
console.log(`| **all the page loads** | ${total.toLocaleString("en")} | ${totalGzip.toLocaleString("en")} |`);
console.log();
console.log(`navigation to first verdict: median ${median(loads).toFixed(0)} ms (7 loads: ${loads.map((t) => t.toFixed(0)).join(", ")})`);
console.log(`answer to updated verdict: median ${median(updates).toFixed(1)} ms, worst ${Math.max(...updates).toFixed(1)} ms (40 answers)`);
console.log(`guided interview, answer to next question and updated verdict: median ${median(interview).toFixed(1)} ms, worst ${Math.max(...interview).toFixed(1)} ms (60 answers)`);
console.log(`100,000-entry log (${(logRows.join("\r\n").length / 1e6).toFixed(1)} MB) opened, parsed and checked in the page's worker: ${logMs} ms; peak renderer memory ${(peak / 1024).toFixed(0)} MB`);
console.log(`  the page's own tasks over 50 ms meanwhile: ${longTasks.length}${longTasks.length ? ` (longest ${Math.max(...longTasks).toFixed(0)} ms)` : ""}`);
console.log(`  ${logCounts.join(" | ")}`);
