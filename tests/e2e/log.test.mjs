// End-to-end: a privilege log of a few thousand entries reviewed in the page.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, openApp, outcome, violations, axe, unzip, show } from "./support.mjs";

let server, browser, file;
const ENTRIES = 3000;

before(async () => {
  server = await serve();
  browser = await launch();
  const rows = ["Entry ID,Date,Author,Recipients,Description,Privilege Asserted,personal_review"];
  for (let i = 0; i < ENTRIES; i++) {
    const kind = i % 3 === 0 ? "Staff draft recommendation on the pros and cons of the injury finding"
      : i % 3 === 1 ? "Final determination as adopted by the Commission on melamine imports" : "Privileged";
    const privilege = i % 10 === 9 ? "Attorney-client" : "Deliberative process";
    const review = i % 4 === 0 ? "no" : "yes";
    rows.push(`ITC-${String(i).padStart(5, "0")},1980-05-01,${i % 5 === 0 ? "" : "Staff"},Commission,"${kind} (${i})",${privilege},${review}`);
  }
  rows.push("BAD-1,1980,too,many,fields,in,this,row");
  file = join(await mkdtemp(join(tmpdir(), "privcheck-log-")), "log.csv");
  await writeFile(file, rows.join("\r\n") + "\r\n");
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("a log of thousands of entries: counts, filter, open an entry, export", async () => {
  const { context, page, log } = await openApp(browser, server.url);
  await show(page, "log");
  await page.waitForLoadState("networkidle");
  const loaded = log.requests.length;
  // The review runs in a Web Worker, started with the page.
  assert.equal(await page.getAttribute(".log-review", "data-log-runs-in"), "worker");
  assert.ok(log.requests.some((u) => u.endsWith("/privcheck-log-worker.js")), "the worker started with the page");
  // The answers above about the setting and the invocation apply to every entry.
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await page.setInputFiles("#open-log", file);
  await page.waitForSelector(".log-counts button");
  const all = await page.textContent(".log-counts button:first-child");
  assert.equal(all, `All (${ENTRIES})`);
  assert.match(await page.textContent(".log-problems summary"), /1 rows could not be read/);
  const counts = await page.$$eval(".log-counts button", (bs) => bs.map((b) => b.textContent));
  // Each privilege assessed on its own: nothing is "out of scope" for not being deliberative process.
  assert.ok(counts.some((c) => c.startsWith("Log entry deficient")), counts.join(" | "));
  assert.ok(counts.some((c) => c.startsWith("Likely not privileged on the log's own words")), counts.join(" | "));
  assert.ok(counts.some((c) => c.startsWith("Adequately logged")), counts.join(" | "));
  assert.ok(!counts.some((c) => /Outside this checker/.test(c)), counts.join(" | "));
  // Virtualised: far fewer rows drawn than entries.
  const drawn = await page.locator(".log-row").count();
  assert.ok(drawn > 5 && drawn < 100, `${drawn} rows drawn`);
  // Scrolling to the end draws the last entries.
  await page.locator(".log-table").evaluate((el) => { el.scrollTop = el.scrollHeight; el.dispatchEvent(new Event("scroll")); });
  await page.waitForSelector(`.log-row >> text=ITC-0${ENTRIES - 1}`);
  // Filter to the deficient entries.
  await page.locator(".log-counts button", { hasText: "Log entry deficient" }).click();
  const outcomes = await page.$$eval(".log-row td[data-outcome]", (tds) => [...new Set(tds.map((t) => t.dataset.outcome))]);
  assert.deepEqual(outcomes, ["deficient_log"]);
  // Open an entry (ITC-00000: no author): each claim with what the log must add, and the
  // engine's full reasoning on its deliberative-process claim.
  await page.locator(".log-table").evaluate((el) => { el.scrollTop = 0; el.dispatchEvent(new Event("scroll")); });
  await page.waitForSelector(".log-row >> text=ITC-00000");
  await page.locator(".log-row button.link", { hasText: "ITC-00000" }).click();
  await page.waitForSelector(".log-entry .verdict");
  assert.match(await page.textContent(".log-entry h3"), /ITC-00000/);
  assert.equal(await page.getAttribute(".log-entry .log-claim", "data-log-outcome"), "deficient_log");
  assert.match(await page.textContent(".log-entry .log-claim"), /identify the author/);
  assert.match(await page.textContent(".log-entry .log-claim"), /X1; Fed\. R\. Civ\. P\. 26\(b\)\(5\)\(A\)\(ii\)/);
  assert.match(await page.textContent(".log-entry"), /personally reviewed/);
  // Export.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download results (CSV)" }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  assert.match(csv.split("\n")[0], /entry,outcome,entry_outcome,assessments,deficiencies,findings,summary,open_questions,facts_from_cues/);
  assert.match(csv, /ITC-00009,.*attorney_client=likely_not_privileged/);
  assert.equal(csv.trim().split(/\r?\n(?=ITC-)/).length, ENTRIES + 1, "the heading and every entry");
  const [letter] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download meet-and-confer letter (Markdown)" }).click(),
  ]);
  const text = await readFile(await letter.path(), "utf8");
  assert.match(text, /## Entries to supplement/);
  assert.match(text, /ITC-00000 \(deliberative-process privilege, as logged “Deliberative process”\): Identify the author/);
  assert.match(text, /## Claims the log itself defeats/);
  // An adequately logged entry is never asked for (ITC-00003: a draft recommendation, every element there).
  assert.doesNotMatch(text, /ITC-00003 \(/);
  // The letter as Word, written by the page's Word module from the blocks the worker sends.
  const [word] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download meet-and-confer letter (Word)" }).click(),
  ]);
  assert.equal(word.suggestedFilename(), "meet-and-confer-letter.docx");
  const docx = unzip(await readFile(await word.path()));
  assert.match(docx["word/document.xml"], /Entries to supplement/);
  // Nothing left the page, and the CSP held.
  assert.deepEqual(log.requests.slice(loaded).filter((u) => !u.startsWith("blob:")), []);
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test("a file that is not a log gets one message and changes nothing", async () => {
  const { context, page } = await openApp(browser, server.url);
  await show(page, "log");
  await page.setInputFiles("#open-log", { name: "photo.csv", mimeType: "text/csv", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]) });
  await page.waitForSelector(".notice.error");
  assert.match(await page.textContent(".notice.error"), /Could not open photo\.csv: this is a binary file/);
  await page.setInputFiles("#open-log", { name: "empty.csv", mimeType: "text/csv", buffer: Buffer.from("") });
  await page.waitForSelector(".notice.error >> text=the file is empty");
  assert.equal(await page.locator(".log-counts").count(), 0);
  await context.close();
});

test("a review under way in the worker can be cancelled, and the next one runs", async () => {
  const rows = ["Entry ID,Date,Author,Recipients,Description,Privilege Asserted"];
  for (let i = 0; i < 100000; i++) {
    rows.push(`DOC-${i},1980-05-01,Staff,Commission,Staff draft recommendation number ${i} on the injury finding,Deliberative process`);
  }
  const big = join(await mkdtemp(join(tmpdir(), "privcheck-log-")), "big.csv");
  await writeFile(big, rows.join("\n") + "\n");
  const { context, page } = await openApp(browser, server.url);
  await show(page, "log");
  assert.equal(await page.getAttribute(".log-review", "data-log-runs-in"), "worker");
  // In the page itself, so that nothing races the worker: as soon as the progress bar shows the
  // review under way, press Cancel. (How responsive the page stays meanwhile is measured by
  // scripts/report.sh: the page's own long tasks during a 100,000-entry review.)
  const watching = page.evaluate(() => new Promise((resolve) => {
    const look = () => {
      const bar = document.querySelector("#log-progress");
      if (!bar) return false;
      const midway = Number(bar.value) < Number(bar.max);
      [...document.querySelectorAll(".log-progress button")].find((b) => b.textContent === "Cancel").click();
      resolve(midway);
      return true;
    };
    new MutationObserver((_, observer) => { if (look()) observer.disconnect(); })
      .observe(document.body, { childList: true, subtree: true });
  }));
  await page.setInputFiles("#open-log", big);
  assert.equal(await watching, true, "the progress bar showed the review under way");
  await page.waitForSelector("#log-progress", { state: "detached" });
  assert.equal(await page.locator(".log-counts").count(), 0, "a cancelled review shows no results");
  // A new review (accepting every cue) runs to the end.
  await page.locator("#log-accept-cues").check();
  await page.waitForSelector(".log-counts button >> text=All (100000)", { timeout: 60000 });
  await context.close();
});

test("a panic in the log worker is reported, the matter is untouched, and the log can be checked again", async () => {
  const { context, page } = await openApp(browser, server.url);
  await show(page, "log");
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await show(page, "documents");
  await page.fill("#matter-description", "Matter kept through a worker panic");
  await show(page, "log");
  assert.equal(await page.getAttribute(".log-review", "data-log-runs-in"), "worker");
  await page.setInputFiles("#open-log", file);
  await page.waitForSelector(`.log-counts button >> text=All (${ENTRIES})`);
  await page.evaluate(async () => {
    const tag = document.querySelector("script[data-privcheck-boot]");
    const bindings = await import(new URL(tag.dataset.js, new URL(tag.dataset.base, document.baseURI)).href);
    bindings.diagnostics_panic_in_log_worker();
  });
  await page.waitForSelector(".notice.error >> text=The log review stopped on an internal error");
  assert.match(await page.textContent(".notice.error"), /Diagnostic: privcheck \d+\.\d+\.\d+: .*a panic raised on purpose in the log worker/s);
  assert.equal(await page.locator(".log-counts").count(), 0, "the log the worker held is closed");
  assert.equal(await page.getAttribute(".log-review", "data-log-runs-in"), "page");
  // The page itself never panicked, and the matter is as it was.
  assert.equal(await page.isVisible("#panic"), false);
  assert.equal(await page.inputValue("#matter-description"), "Matter kept through a worker panic");
  assert.equal(await outcome(page), "protective_order_granted");
  // The log opens again, now checked in the page.
  await page.setInputFiles("#open-log", file);
  await page.waitForSelector(`.log-counts button >> text=All (${ENTRIES})`, { timeout: 60000 });
  await context.close();
});

test("the dispute: typed in its form, applied to the review, kept with the matter", async () => {
  const customs = new URL("../data/logs/customs_penalty_log.csv", import.meta.url).pathname;
  const { context, page } = await openApp(browser, server.url);
  await show(page, "log");
  await page.setInputFiles("#open-log", customs);
  await page.waitForSelector(".log-counts button >> text=All (43)");
  const assessment = async (bates) => {
    await page.fill("#log-search", bates);
    await page.waitForSelector(`.log-row >> text=${bates}`);
    await page.waitForFunction(() => document.querySelector(".log-shown")?.textContent === "1 entries shown");
    return page.textContent(".log-row td.assessments");
  };
  // CBP-0006 went to the importer's customs broker: an outsider only the dispute's context names.
  assert.match(await assessment("CBP-0006"), /Deliberative-process privilege: adequately logged/i);
  await page.locator(".log-context summary").click();
  const field = (label) => page.getByLabel(label, { exact: true });
  await field("Outsiders known to be in the case").fill("Acme Imports (adverse)\nharborbrokers.com (adverse)");
  await field("The producing party's lawyers").fill("J. Ramirez <j.ramirez@cbp.dhs.gov> (agency counsel)\nK. Lee (paralegal)");
  await field("Litigation anticipated from").fill("the spring");
  await page.getByRole("button", { name: "Apply to the review" }).click();
  // Two fields do not read: each says why beside it; what was typed stays; nothing is applied.
  await page.waitForSelector(".log-context .error >> text=line 2: the role “paralegal” is not one of");
  assert.match(await page.textContent(".log-context [role=alert]"), /Not applied: 2 fields to correct/);
  assert.equal(await field("Litigation anticipated from").inputValue(), "the spring");
  assert.equal(await field("Litigation anticipated from").getAttribute("aria-invalid"), "true");
  assert.deepEqual(await axe(page), [], "the form with its errors shown");
  assert.match(await assessment("CBP-0006"), /adequately logged/i);
  await field("The producing party's lawyers").fill("J. Ramirez <j.ramirez@cbp.dhs.gov> (agency counsel)\nK. Lee (litigation counsel)");
  await field("Litigation anticipated from").fill("2021-06-01");
  await page.getByRole("button", { name: "Apply to the review" }).click();
  await page.waitForFunction(() => /likely not privileged/i.test(document.querySelector(".log-row td.assessments")?.textContent ?? ""));
  assert.equal(await page.locator(".log-context .error").count(), 0);
  // The declaration for the entries claiming deliberative process: the matter's declarant, each
  // entry scheduled item by item; in Word too.
  const [declaration] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the declaration for the deliberative-process entries (HTML)" }).click(),
  ]);
  const declared = await readFile(await declaration.path(), "utf8");
  assert.match(declared, /Schedule A: the documents withheld/);
  assert.match(declared, /<li>CBP-0006: dated 2021-/);
  assert.doesNotMatch(declared, /<li>CBP-0001:/, "an attorney-client entry is not the declaration's");
  const [declarationWord] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the declaration for the deliberative-process entries (Word)" }).click(),
  ]);
  assert.match(unzip(await readFile(await declarationWord.path()))["word/document.xml"], /Schedule A: the documents withheld/);
  // Kept with the matter: in the saved file and across a reload.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save matter" }).click(),
  ]);
  const saved = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.deepEqual(saved.log_context.outside_parties, [{ name: "Acme Imports", adverse: true }, { name: "harborbrokers.com", adverse: true }]);
  assert.deepEqual(saved.log_context.attorneys[1], { name: "K. Lee", role: "litigation_counsel" });
  assert.equal(saved.log_context.litigation_anticipated_from, "2021-06-01");
  await page.reload();
  await page.waitForSelector(".log-review[data-log-runs-in]:not([data-log-runs-in=''])");
  await page.locator(".log-context summary").click();
  assert.equal(await field("Outsiders known to be in the case").inputValue(), "Acme Imports (adverse)\nharborbrokers.com (adverse)");
  assert.equal(await field("Litigation anticipated from").inputValue(), "2021-06-01");
  await page.setInputFiles("#open-log", customs);
  await page.waitForSelector(".log-counts button >> text=All (43)");
  assert.match(await assessment("CBP-0006"), /likely not privileged/i);
  await context.close();
});
