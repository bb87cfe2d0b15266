// End-to-end: the guided interview, the sections and the decision diagram, in Chromium.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { harness, openApp, outcome, axe, show } from "./support.mjs";

const env = harness();

/** The opinion's own facts, as the matter file of the README states them. */
async function opinionFacts() {
  const matter = JSON.parse(await readFile(new URL("../../law/melamine-matter.json", import.meta.url), "utf8"));
  const facts = { ...matter.request.facts };
  const grounds = facts.opposition_grounds ?? [];
  delete facts.opposition_grounds;
  for (const ground of ["premature", "not_evaluated", "contains_facts", "outside_privilege", "need", "defective_claim", "waiver"]) {
    facts[`opposition_grounds.${ground}`] = grounds.includes(ground);
  }
  return facts;
}

/** The fact of the question on screen, or null once the interview is done. */
async function current(page) {
  const card = page.locator(".interview-question[data-fact]");
  return (await card.count()) ? card.getAttribute("data-fact") : null;
}

/** The facts the verdict names as open questions. */
async function openQuestions(page) {
  return page.$$eval(".open-questions a[data-fact]", (links) => links.map((a) => a.dataset.fact));
}

/** Answers the question on screen from the keyboard: Y / N, the answer's number, or ?. */
async function answerByKey(page, value) {
  if (value === undefined || value === null) return page.keyboard.press("?");
  if (value === true) return page.keyboard.press("y");
  if (value === false) return page.keyboard.press("n");
  const values = await page.$$eval(".interview-question button.answer", (bs) => bs.map((b) => b.value));
  const index = values.indexOf(value);
  assert.ok(index >= 0 && index < 9, `${value} among ${values}`);
  return page.keyboard.press(String(index + 1));
}

test("the interview on the opinion's own facts reaches the protective order, asking only what can change the ruling", async () => {
  const truth = await opinionFacts();
  const { context, page, log } = await openApp(env.browser, env.server.url);
  await page.getByRole("button", { name: "Guided interview" }).click();
  const asked = [];
  for (let turn = 0; turn < 40; turn++) {
    const fact = await current(page);
    if (fact === null) break;
    // Asked only while it can change the ruling: it is one of the verdict's open questions.
    const open = await openQuestions(page);
    assert.ok(open.includes(fact), `${fact} asked, but the open questions are ${open}`);
    assert.match(await page.textContent(".interview-progress"), new RegExp(`^${open.length} questions? can still change the ruling$`));
    // Why it is asked: where each answer leads, in the verdict's words.
    assert.match(await page.textContent(".interview-question .why-now"), /→/);
    assert.ok(!asked.includes(fact), `${fact} asked twice`);
    asked.push(fact);
    await answerByKey(page, truth[fact]);
    await page.waitForFunction((before) => document.querySelector(".interview-question")?.dataset.fact !== before, fact);
  }
  assert.equal(await outcome(page), "protective_order_granted");
  assert.match(await page.textContent(".interview-done"), /The ruling is decided/);
  assert.match(await page.textContent(".interview-done"), /What to do next/);
  assert.ok(asked.length < 33, `${asked.length} questions asked: ${asked}`);
  // The facts that cannot change the ruling are offered for the papers.
  assert.match(await page.textContent(".optional-details summary"), /Optional details for the papers/);
  // Both views edit one matter: the form shows the interview's answers.
  await page.getByRole("button", { name: "Full form" }).click();
  assert.equal(await page.isChecked("#q-personal_review-yes"), true);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Back returns to the previous question with its answer; Not known moves on and stays open", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  await page.getByRole("button", { name: "Guided interview" }).click();
  assert.equal(await page.locator(".interview-back").isDisabled(), true);
  const first = await current(page);
  await page.keyboard.press("?");
  await page.waitForFunction((before) => document.querySelector(".interview-question")?.dataset.fact !== before, first);
  // "Not known": still an open question, not asked again.
  assert.ok((await openQuestions(page)).includes(first));
  const second = await current(page);
  const firstButton = page.locator(".interview-question button.answer").first();
  const secondValue = await firstButton.getAttribute("value");
  await firstButton.click();
  await page.waitForFunction((before) => document.querySelector(".interview-question")?.dataset.fact !== before, second);
  // Back, by key and by button, with each answer shown as given.
  await page.keyboard.press("b");
  assert.equal(await current(page), second);
  assert.equal(await page.getAttribute(`.interview-question button[value="${secondValue}"]`, "aria-pressed"), "true");
  await page.getByRole("button", { name: "Back" }).click();
  assert.equal(await current(page), first);
  assert.equal(await page.getAttribute('.interview-question button[value="null"]', "aria-pressed"), "true");
  assert.equal(await page.locator(".interview-back").isDisabled(), true);
  // The view survives a reload.
  await page.reload();
  await page.waitForSelector(".interview-question[data-fact]");
  await context.close();
});

test("an open question's link, while the interview is on show, opens the form at its question", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await page.locator("#q-personal_review-unknown").check();
  await page.getByRole("button", { name: "Guided interview" }).click();
  assert.equal(await current(page), "personal_review");
  await page.locator('.open-questions a[data-fact="personal_review"]').click();
  await page.waitForSelector(".questionnaire");
  await page.waitForFunction(() => document.activeElement?.id === "q-personal_review-unknown");
  await context.close();
});

test("the sections: a link, a reload and the Back button land in the same place", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  assert.equal(await page.isVisible("#section-check"), true);
  assert.equal(await page.isVisible("#section-documents"), false);
  await show(page, "documents");
  assert.match(page.url(), /#documents$/);
  assert.equal(await page.isVisible("#section-check"), false);
  assert.equal(await page.getAttribute('nav.sections a[href="#documents"]', "aria-current"), "page");
  await show(page, "opinion");
  await page.reload();
  await page.waitForSelector(".outcome[data-outcome]", { state: "attached" });
  await page.waitForSelector("#section-opinion:not([hidden])");
  await page.goBack();
  await page.waitForSelector("#section-documents:not([hidden])");
  await page.goBack();
  await page.waitForSelector("#section-check:not([hidden])");
  // From the keyboard: the navigation's links take Tab and Enter, with a visible focus.
  await page.locator('nav.sections a[href="#log"]').focus();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#section-log:not([hidden])");
  await context.close();
});

test("axe-core finds no violation in the interview at a phone's width", async () => {
  const { context, page } = await openApp(env.browser, env.server.url, { viewport: { width: 360, height: 740 } });
  await page.getByRole("button", { name: "Guided interview" }).click();
  await page.waitForSelector(".interview-question[data-fact]");
  assert.deepEqual(await axe(page), []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await context.close();
});

test("the decision drawn: the path highlighted, open branches dashed and labelled, updated with an answer, printed with the memorandum", async () => {
  const { context, page } = await openApp(env.browser, env.server.url);
  const figure = page.locator("#section-check .decision-diagram");
  const statuses = () => figure.locator("svg a[data-stage]").evaluateAll((nodes) =>
    Object.fromEntries(nodes.filter((n) => !n.dataset.outcome).map((n) => [n.dataset.stage, n.dataset.status])));
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  // The opinion's facts: every step passed on the way to the balance, which decides; nothing open.
  let seen = await statuses();
  assert.equal(seen["10"], "decides");
  for (const [stage, status] of Object.entries(seen)) if (stage !== "10") assert.equal(status, "passed", `step ${stage}`);
  assert.equal(await figure.locator("svg .open").count(), 0);
  assert.ok(await figure.locator("svg .on-path").count() > 0);
  // Personal review not known: the invocation step is open, its branch dashed and labelled.
  await page.locator("#q-personal_review-unknown").check();
  seen = await statuses();
  assert.equal(seen["6"], "open");
  assert.ok(await figure.locator("svg .open").count() > 0);
  assert.match(await figure.locator("svg").textContent(), /personally review/);
  // The text equivalent says the same.
  assert.match(await figure.locator(".diagram-path li[data-stage='6']").textContent(), /personally review/i);
  // An answer updates the drawing: no personal review, and the invocation decides.
  await page.locator("#q-personal_review-no").check();
  seen = await statuses();
  assert.equal(seen["6"], "decides");
  assert.equal(seen["10"], "not-reached");
  // Every node links to a step of the reasoning that is on the page.
  const targets = await figure.locator("svg a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  assert.ok(targets.length > 0);
  for (const target of new Set(targets)) assert.equal(await page.locator(target).count(), 1, target);
  // Printed with the memorandum.
  await show(page, "documents");
  await page.locator('.document-commands[data-document="memorandum"]').getByRole("button", { name: "Print" }).click();
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => getComputedStyle(document.querySelector("#preview-memorandum .decision-diagram svg")).visibility);
  assert.equal(printed, "visible");
  await page.emulateMedia({ media: "screen" });
  await context.close();
});
