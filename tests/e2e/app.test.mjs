// End-to-end: the web app in Debian's Chromium, as counsel uses it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFile, readFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { harness, openApp, outcome, axe, violations, unzip, show, SECTIONS } from "./support.mjs";

const env = harness();

test("loads with nothing known and an indeterminate verdict", async () => {
  const { context, page, log } = await openApp(env.browser, env.server.url);
  assert.equal(await outcome(page), "indeterminate");
  assert.match(await page.textContent(".verdict"), /Open questions/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the Melamine example is granted, with the opinion's ¶8 words", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  assert.equal(await outcome(page), "protective_order_granted");
  const steps = await page.textContent(".steps");
  assert.match(steps, /movant has complied with the established criteria by formally invoking the claim for privilege through the head of the agency having control of the matter and who personally reviewed the materials in issue/);
  assert.match(steps, /Melamine, 1 CIT at 66/);
  assert.doesNotMatch(steps, /Seed ¶/);
  // The quotation links to its paragraph in the opinion's full text, carried by the page.
  const link = page.locator(".step[data-rule=R3] .quote-link");
  await link.click();
  const target = (await link.getAttribute("href")).slice(1);
  // The link shows the opinion and its paragraph.
  await page.waitForSelector("#section-opinion:not([hidden])");
  assert.ok(await page.isVisible(`#${target}`));
  assert.match(await page.textContent(`#${target}`), /personally reviewed the materials in issue/);
  await context.close();
});

test("no personal review: the claim is defective, with the cure", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await page.locator("#q-personal_review-no").check();
  assert.equal(await outcome(page), "claim_defective");
  assert.match(await page.textContent(".next-steps"), /Cure the claim: a formal claim of privilege by the head of the agency having control of the matter/);
  await context.close();
});

test("an open question's link moves focus to its question, which answers from the keyboard", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await page.locator("#q-personal_review-unknown").check();
  assert.equal(await outcome(page), "indeterminate");
  const link = page.locator('.open-questions a[data-fact="personal_review"]');
  await link.focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "q-personal_review-unknown");
  // Arrow keys move through the radio group: "Not known" → "No".
  await page.keyboard.press("ArrowLeft");
  assert.equal(await outcome(page), "claim_defective");
  await context.close();
});

test("a reload keeps every answer and field", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await page.locator("#q-affidavit_refuted-yes").check();
  await show(page, "documents");
  await page.fill("#matter-description", "Staff pros and cons memo, marker K7Q2");
  assert.equal(await outcome(page), "in_camera_inspection");
  await page.reload();
  // The reload lands in the same section.
  await page.waitForSelector("#section-documents:not([hidden])");
  await page.waitForSelector(".outcome[data-outcome=in_camera_inspection]", { state: "attached" });
  assert.equal(await page.inputValue("#matter-description"), "Staff pros and cons memo, marker K7Q2");
  assert.equal(await page.isChecked("#q-affidavit_refuted-yes"), true);
  await context.close();
});

test("save a matter, clear, and open it again", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await page.locator("#q-claimant-select").selectOption("delegated_official");
  await show(page, "documents");
  await page.fill("#matter-court_number", "Court No. 80-5-00780");
  // The papers' fields (folded parts of the form) survive a reload, a save and an open.
  await page.locator(".matter-part summary", { hasText: "The declarant" }).click();
  await page.fill("#matter-delegation", "Delegation Order No. 7 of March 3, 1980");
  await page.reload();
  await page.waitForSelector(".outcome[data-outcome]", { state: "attached" });
  assert.equal(await page.inputValue("#matter-delegation"), "Delegation Order No. 7 of March 3, 1980");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save matter" }).click(),
  ]);
  const saved = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(saved.format, "privcheck-matter");
  assert.equal(saved.version, 2);
  assert.equal(saved.request.facts.claimant, "delegated_official");
  assert.equal(saved.matter.delegation, "Delegation Order No. 7 of March 3, 1980");
  assert.equal(saved.matter.judge, "Landis");
  await page.getByRole("button", { name: "Clear" }).click();
  assert.equal(await outcome(page), "indeterminate");
  assert.equal(await page.inputValue("#matter-court_number"), "");
  await page.setInputFiles("#open-matter", await download.path());
  await page.waitForSelector(".notice.info");
  assert.equal(await page.inputValue("#matter-court_number"), "Court No. 80-5-00780");
  assert.equal(await page.inputValue("#q-claimant-select"), "delegated_official");
  assert.equal(await page.inputValue("#matter-delegation"), "Delegation Order No. 7 of March 3, 1980");
  // The declaration recites the delegation.
  await page.locator("#preview-declaration summary").click();
  assert.match(await page.textContent("#preview-declaration"), /formally delegated to me the authority to claim the privilege on the agency's behalf: Delegation Order No\. 7 of March 3, 1980\./);
  assert.equal(await outcome(page), "protective_order_granted");
  await context.close();
});

test("a bad file gives a clear message and leaves the matter intact", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  const dir = await mkdtemp(join(tmpdir(), "privcheck-"));
  const cases = [
    ["notes.json", "this is not JSON", /Could not open notes\.json: not valid JSON/],
    ["v3.json", JSON.stringify({ format: "privcheck-matter", version: 3 }), /version: given 3; allowed: 1 or 2/],
    ["context.json", JSON.stringify({ format: "privcheck-matter", version: 2, log_context: { attorneys: [{ name: "Roe", role: "boss" }] } }), /log_context\.attorneys: .*role "boss" is not one of/],
    ["fact.json", JSON.stringify({ format: "privcheck-matter", version: 1, request: { facts: { vibes: true } } }), /request\.facts\.vibes: unknown key/],
    ["big.json", Buffer.alloc(50 * 1024 * 1024, 0x41), /is 52\.4 MB; a matter file is at most 1024 KB/],
  ];
  for (const [name, body, message] of cases) {
    const file = join(dir, name);
    await writeFile(file, body);
    await page.setInputFiles("#open-matter", file);
    const alert = page.locator(".notice.error");
    await alert.waitFor();
    assert.match(await alert.textContent(), message);
    assert.match(await alert.textContent(), /The current matter is unchanged/);
    assert.equal(await outcome(page), "protective_order_granted");
    assert.match(await page.inputValue("#matter-case_name"), /Melamine Chemicals/);
    await page.getByRole("button", { name: "Dismiss" }).click();
  }
  await context.close();
});

test("memorandum and proposed order: copy, download, preview", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(env.server.url).origin });
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await show(page, "documents");
  const order = page.locator('.document-commands[data-document="proposed-order"]');
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    order.getByRole("button", { name: "Download Markdown" }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "proposed-order.md");
  const text = await readFile(await download.path(), "utf8");
  assert.match(text, /Ordered and Adjudged that defendant's motion is, in all respects, granted/);
  assert.match(text, /the clerk of the court shall seal document numbered 22 on list No\. 2 of the administrative record and keep said document sealed and not subject to discovery or disclosure pending further order by the court/);
  const memo = page.locator('.document-commands[data-document="memorandum"]');
  await memo.getByRole("button", { name: "Copy" }).click();
  await page.waitForSelector(".notice.info >> text=copied");
  // Rich text for a word processor, plain text without markup for everything else.
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type) => (await item.getType(type)).text();
    return { html: await read("text/html"), text: await read("text/plain") };
  });
  assert.match(copied.html, /<h2>Question presented<\/h2>/);
  assert.match(copied.text, /^Privileged and confidential: attorney work product\n\nMemorandum\n\n/);
  assert.match(copied.text, /\nQuestion presented\n/);
  assert.doesNotMatch(copied.text, /##|\*\*|\\\[/);
  const [html] = await Promise.all([
    page.waitForEvent("download"),
    memo.getByRole("button", { name: "Download HTML" }).click(),
  ]);
  assert.match(await readFile(await html.path(), "utf8"), /<h2>Analysis<\/h2>/);
  // Printing prints the document, not the app.
  await memo.getByRole("button", { name: "Print" }).click();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#preview-memorandum").getAttribute("open"), "");
  const shown = await page.evaluate(() => ({
    memo: getComputedStyle(document.querySelector("#preview-memorandum .document h4")).visibility,
    toolbar: getComputedStyle(document.querySelector(".toolbar button")).visibility,
    verdict: getComputedStyle(document.querySelector(".verdict .summary")).visibility,
  }));
  assert.deepEqual(shown, { memo: "visible", toolbar: "hidden", verdict: "hidden" });
  await page.emulateMedia({ media: "screen" });
  // The document's own privilege-log entry.
  const [entry] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('.document-commands[data-document="log-entry"]').getByRole("button", { name: "Download Markdown" }).click(),
  ]);
  assert.match(await readFile(await entry.path(), "utf8"), /Privilege asserted: executive \(deliberative-process\) privilege/);
  // The declaration: the agency head's, in the court's caption, under 28 U.S.C. § 1746.
  const [declaration] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('.document-commands[data-document="declaration"]').getByRole("button", { name: "Download HTML" }).click(),
  ]);
  const declared = await readFile(await declaration.path(), "utf8");
  assert.match(declared, /DECLARATION OF BILL ALBERGER, CHAIRMAN/);
  assert.match(declared, /<table class="caption">/);
  assert.match(declared, /declare pursuant to 28 U\.S\.C\. § 1746/);
  // Word: the order downloads as a valid OOXML package, its caption a table.
  const [word] = await Promise.all([
    page.waitForEvent("download"),
    order.getByRole("button", { name: "Download Word" }).click(),
  ]);
  assert.equal(word.suggestedFilename(), "proposed-order.docx");
  const parts = unzip(await readFile(await word.path()));
  for (const part of ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"]) {
    assert.ok(part in parts, `${part} in the package`);
  }
  assert.match(parts["[Content_Types].xml"], /wordprocessingml\.document\.main\+xml/);
  assert.match(parts["word/document.xml"], /<w:tbl>.*UNITED STATES COURT OF INTERNATIONAL TRADE.*<\/w:tbl>/s);
  assert.match(parts["word/document.xml"], /Ordered and Adjudged that defendant&apos;s motion is, in all respects, granted|Ordered and Adjudged that defendant's motion is, in all respects, granted/);
  // An open ruling has no order, and says why.
  await show(page, "check");
  await page.locator("#q-personal_review-unknown").check();
  assert.match(await page.textContent(".documents"), /No proposed order: the ruling turns on facts not yet known/);
  await context.close();
});

test("axe-core finds no WCAG 2.1 A or AA violation in any state", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  const states = [];
  states.push(["empty", await axe(page)]);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  states.push(["example loaded, with a notice", await axe(page)]);
  await page.locator("#q-personal_review-no").check();
  states.push(["claim defective", await axe(page)]);
  await page.locator("#q-personal_review-unknown").check();
  await show(page, "documents");
  await page.locator(".documents details").first().evaluate((d) => { d.open = true; });
  states.push(["documents, open question, preview open", await axe(page)]);
  await show(page, "log");
  states.push(["privilege log", await axe(page)]);
  await show(page, "opinion");
  states.push(["the opinion", await axe(page)]);
  await show(page, "check");
  await page.getByRole("button", { name: "Guided interview" }).click();
  await page.waitForSelector(".interview-question[data-fact]");
  states.push(["guided interview, a question", await axe(page)]);
  while (await page.locator(".interview-question").count()) {
    await page.locator(".interview-question button.answer").first().click();
  }
  await page.waitForSelector(".interview-done");
  await page.locator(".optional-details").evaluate((d) => { d.open = true; });
  states.push(["guided interview, done", await axe(page)]);
  await page.getByRole("button", { name: "Full form" }).click();
  await page.setInputFiles("#open-matter", { name: "bad.json", mimeType: "application/json", buffer: Buffer.from("nope") });
  await page.waitForSelector(".notice.error");
  states.push(["error notice", await axe(page)]);
  await page.setViewportSize({ width: 375, height: 800 });
  states.push(["phone width", await axe(page)]);
  for (const [state, found] of states) assert.deepEqual(found, [], state);
  await context.close();
});

test("a phone-width layout keeps everything reachable without sideways scrolling", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { viewport: { width: 360, height: 740 } });
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await context.close();
});

test("after load, nothing typed or done makes a request, and the CSP is never violated", async () => {
  const { context, page, log } = await openApp(env.browser, env.server.url);
  await page.waitForLoadState("networkidle");
  const loaded = log.requests.length;
  const marker = "CONFIDENTIAL-MARKER-93XZ";
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  for (const id of ["#q-personal_review-no", "#q-personal_review-yes", "#q-contents_questioned-yes", "#q-contents_questioned-no", "#mode-seed", "#mode-full"]) {
    await page.locator(id).check();
  }
  await page.locator("#q-need_shown-select").selectOption("compelling");
  await page.getByRole("button", { name: "Guided interview" }).click();
  await page.keyboard.press("?");
  await page.getByRole("button", { name: "Full form" }).click();
  for (const section of Object.keys(SECTIONS)) await show(page, section);
  await show(page, "documents");
  await page.fill("#matter-description", `Draft memo ${marker} <script>alert(1)</script>`);
  await page.locator(".matter-part summary", { hasText: "The declarant" }).click();
  await page.fill("#matter-declarant", `Declarant ${marker}`);
  for (const [kind, button] of [["memorandum", "Download Markdown"], ["memorandum", "Download HTML"], ["proposed-order", "Download HTML"],
    ["memorandum", "Download Word"], ["declaration", "Download Word"]]) {
    await Promise.all([
      page.waitForEvent("download"),
      page.locator(`.document-commands[data-document="${kind}"]`).getByRole("button", { name: button }).click(),
    ]);
  }
  const [saved] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save matter" }).click()]);
  await page.setInputFiles("#open-matter", await saved.path());
  await page.waitForSelector(".notice.info");
  const after = log.requests.slice(loaded).filter((url) => !url.startsWith("blob:"));
  assert.deepEqual(after, [], "requests after load");
  assert.ok(log.requests.every((url) => !url.includes(marker)), "the marker left the page");
  assert.deepEqual(await violations(page), []);
  assert.equal(await page.evaluate(() => document.querySelectorAll("script:not([src])").length), 0);
  assert.deepEqual(log.errors.filter((e) => !e.includes("integrity")), []);
  await context.close();
});

test("no fact's or outcome's machine name reaches the reader, in any state", async () => {
  // The contract's names, from the one place they are declared.
  const facts = await readFile(new URL("../../src/engine/facts.rs", import.meta.url), "utf8");
  const names = [...facts.matchAll(/\n {8}name: "([^"]+)"/g), ...facts.matchAll(/ = "([a-z_]+_[a-z_]+)" : "/g)]
    .map((m) => m[1]).filter((n) => /[_.]/.test(n));
  names.push("protective_order_granted", "privilege_inapplicable", "claim_defective", "in_camera_inspection",
    "need_outweighs_harm", "adequately_logged", "deficient_log", "likely_not_privileged", "attorney_client");
  assert.ok(names.length > 40, `${names.length} names`);
  const { context, page } = await openApp(env.browser, env.server.url);
  // Every section in turn: a hidden section's text is not the reader's.
  const shown = async (state) => {
    const back = await page.evaluate(() => location.hash.slice(1) || "check");
    for (const section of Object.keys(SECTIONS)) {
      await show(page, section);
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
      const text = await page.evaluate(() => document.body.innerText);
      const found = names.filter((n) => new RegExp(`(^|[^A-Za-z_.])${n.replaceAll(".", "\\.")}($|[^A-Za-z_])`).test(text));
      assert.deepEqual(found, [], `${state}, ${section}`);
    }
    await show(page, SECTIONS[back] ? back : "check");
  };
  await shown("a new matter");
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await shown("the opinion's facts");
  await page.locator("#q-personal_review-unknown").check();
  await shown("an open ruling");
  await page.getByRole("button", { name: "Guided interview" }).click();
  await shown("the guided interview");
  await page.getByRole("button", { name: "Full form" }).click();
  await show(page, "log");
  await page.setInputFiles("#open-log", new URL("../data/logs/customs_penalty_log.csv", import.meta.url).pathname);
  await page.waitForSelector(".log-counts button");
  await page.locator(".log-row button.link").first().click();
  await page.waitForSelector(".log-entry .log-claim");
  await shown("a log entry opened");
  await context.close();
});
