// End-to-end: offline use through the service worker, updates, hosting under a sub-path, and
// embedding (the JS API and the <privilege-checker> element).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, readFile, writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, openApp, outcome, violations, DIST, show } from "./support.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

test("served under a sub-path, the app works and the CSP holds", async () => {
  const server = await serve(DIST, "/tools/privcheck/");
  const { context, page, log } = await openApp(browser, server.url);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  assert.equal(await outcome(page), "protective_order_granted");
  assert.ok(log.requests.every((url) => url.startsWith(server.url)), log.requests.join("\n"));
  assert.deepEqual(await violations(page), []);
  await context.close();
  await server.close();
});

test("after one visit the checker works offline", async () => {
  const server = await serve(DIST, "/apps/privilege/");
  const { context, page } = await openApp(browser, server.url);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector(".outcome[data-outcome]");
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  await page.locator("#q-personal_review-no").check();
  assert.equal(await outcome(page), "claim_defective");
  // The log review's worker starts from the cache too, and checks a log.
  await page.waitForSelector(".log-review[data-log-runs-in='worker']", { state: "attached" });
  await show(page, "log");
  await page.setInputFiles("#open-log", {
    name: "log.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Entry ID,Description,Privilege Asserted\nA-1,Staff draft recommendation on the injury finding,Deliberative process\n"),
  });
  await page.waitForSelector(".log-counts button >> text=All (1)");
  await context.close();
  await server.close();
});

test("a new build is picked up, the page says so, and the old cache is removed", async () => {
  const dir = await mkdtemp(join(tmpdir(), "privcheck-build-"));
  await cp(DIST, dir, { recursive: true });
  const server = await serve(dir, "/");
  const { context, page } = await openApp(browser, server.url);
  await controlled(page);
  const before = await page.evaluate(() => caches.keys());
  assert.equal(before.length, 1);
  // A new build: new contents, so a new cache name.
  const sw = await readFile(join(dir, "sw.js"), "utf8");
  const [, old] = sw.match(/const CACHE = "([^"]+)"/);
  await writeFile(join(dir, "sw.js"), sw.replace(old, "privcheck-newbuild0000000"));
  await writeFile(join(dir, "boot.js"), (await readFile(join(dir, "boot.js"), "utf8")) + "\n// new build\n");
  await page.reload();
  await page.waitForSelector("#update-notice:not([hidden])", { timeout: 15000 });
  assert.match(await page.textContent("#update-notice"), /A new version of privcheck has been installed/);
  await page.waitForFunction(async () => (await caches.keys()).join() === "privcheck-newbuild0000000");
  await context.close();
  await server.close();
  await rm(dir, { recursive: true });
});

test("the embedding example: the JS API and the custom element, under a sub-path", async () => {
  const server = await serve(DIST, "/intranet/tools/privcheck/");
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}embed-example.html`);
  await page.waitForSelector("#api-result[data-outcome]");
  assert.equal(await page.getAttribute("#api-result", "data-outcome"), "protective_order_granted");
  // The element: a full checker inside a shadow root (Playwright's locators pierce it).
  const element = page.locator("privilege-checker");
  await element.locator(".outcome[data-outcome]").waitFor();
  assert.equal(await element.locator("#mode-seed").isChecked(), true);
  await element.getByRole("button", { name: "Load the Melamine example" }).click();
  assert.equal(await element.locator(".outcome").getAttribute("data-outcome"), "protective_order_granted");
  await element.locator("#q-personal_review-no").check();
  assert.equal(await element.locator(".outcome").getAttribute("data-outcome"), "claim_defective");
  // Styles are scoped: the page's `button { background: hotpink }` does not reach inside, and
  // the page's --accent does.
  const colours = await page.evaluate(() => {
    const host = document.querySelector("privilege-checker");
    const button = host.shadowRoot.querySelector("button");
    return { inside: getComputedStyle(button).backgroundColor, page: getComputedStyle(document.body).fontFamily };
  });
  assert.equal(colours.inside, "rgb(106, 27, 77)");
  // The open question's link moves focus inside the shadow root.
  await element.locator("#q-personal_review-unknown").check();
  await element.locator('.open-questions a[data-fact="personal_review"]').click();
  assert.equal(await page.evaluate(() => document.querySelector("privilege-checker").shadowRoot.activeElement?.id), "q-personal_review-unknown");
  // Errors from the API are objects with a kind.
  const thrown = await page.evaluate(async (url) => {
    const api = await import(url);
    try { api.check({ facts: { claimant: "boss" } }); return null; } catch (e) { return { kind: e.kind, message: e.message }; }
  }, `${server.url}privcheck.js`);
  assert.deepEqual(thrown, { kind: "not_allowed", message: "facts.claimant: given a string \"boss\"; allowed: agency_head, delegated_official, subordinate, counsel, president" });
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test("the single file works opened straight from disk", async () => {
  const { pathToFileURL } = await import("node:url");
  const file = pathToFileURL(join(DIST, "../dist-single/privcheck.html")).href;
  const { context, page, log } = await openApp(browser, file);
  await page.getByRole("button", { name: "Load the Melamine example" }).click();
  assert.equal(await outcome(page), "protective_order_granted");
  await page.locator("#q-personal_review-no").check();
  assert.equal(await outcome(page), "claim_defective");
  // No worker can start from a file: the log review runs in the page, and says so.
  assert.equal(await page.getAttribute(".log-review", "data-log-runs-in"), "page");
  assert.match(await page.textContent(".log-runs-in"), /checked in this page, not in a background worker/);
  await show(page, "log");
  await page.setInputFiles("#open-log", {
    name: "log.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Entry ID,Description,Privilege Asserted\nA-1,Staff draft recommendation on the injury finding,Deliberative process\nA-2,Legal advice,Attorney-client\n"),
  });
  await page.waitForSelector(".log-counts button >> text=All (2)");
  await page.waitForSelector(".log-row >> text=A-2");
  assert.deepEqual(await violations(page), []);
  assert.ok(log.requests.every((url) => url.startsWith("file:") || url.startsWith("data:")), log.requests.join("\n"));
  assert.deepEqual(log.errors, []);
  await context.close();
});
