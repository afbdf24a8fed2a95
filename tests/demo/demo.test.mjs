// The demo end to end in real headless Chromium, against the embedded mock Dintero: type an invalid
// currency and see the error next to the field, fix it, create the session, register a card on the
// mock's hosted page, come back to /return and see the signed callback verified (and a tampered one
// refused) and the token. Saves screenshots to .build/screenshots/.
//
// Needs /usr/bin/chromium (Debian package `chromium`; scripts/setup.sh installs it) and pkg/ built.
// The browser is never downloaded: playwright-core drives the system Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startDemoServer } from "../../www-demo/server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SCREENSHOTS = join(root, ".build", "screenshots");
const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches the system Chromium with a fresh profile; `close()` also removes the profile. */
async function launchBrowser(viewport) {
  if (!existsSync(CHROMIUM)) {
    assert.fail(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (scripts/setup.sh does this) — the demo test drives a real browser and never downloads one`);
  }
  const profile = mkdtempSync(join(tmpdir(), "demo-chromium-"));
  // launchPersistentContext passes the fresh profile as --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A page that records script errors, console errors, failed requests and HTTP error answers, to
 * assert none happened. `ignore(url)` exempts answers from outside the demo (the mock's favicon).
 */
async function watchedPage(context, ignore) {
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // An HTTP error answer is logged as "Failed to load resource"; the response handler reports it with its URL.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400 && !ignore(response.url())) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

async function screenshot(page, name, fullPage = true) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  const path = join(SCREENSHOTS, name);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Completes the mock's hosted "register your card" page with its prefilled test card. */
async function completeMockCardPage(page) {
  await page.getByRole("heading", { name: "Register your card" }).waitFor({ timeout: 10_000 });
  await page.fill("#card", "4111 1111 1111 1111");
  await page.getByRole("button", { name: "Register card" }).click();
}

test("the payment token flow in a real browser against the mock Dintero", { timeout: 180_000 }, async (t) => {
  const demo = await startDemoServer({ port: 0, env: {} });
  t.after(() => demo.close());
  assert.equal(demo.mode, "mock");
  const browser = await launchBrowser({ width: 1360, height: 900 });
  t.after(() => browser.close());
  let expectedError = null; // the one demo API answer a step expects to fail
  const { page, problems } = await watchedPage(browser.context, (url) => url === `${demo.mockUrl}/favicon.ico` || url === expectedError);

  await t.test("the form loads the web build and starts valid, in mock mode", async () => {
    await page.goto(`${demo.url}/`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
    assert.match(await page.locator("#mode-text").textContent(), /Mock Dintero/);
    assert.equal(await page.inputValue("#f-return_url"), `${demo.url}/return`);
    assert.equal(await page.getAttribute("#status-pill", "data-state"), "ok");
    await screenshot(page, "demo-form.png");
  });

  await t.test("an invalid currency shows its error next to the currency field", async () => {
    await page.fill("#f-currency", "nok");
    const issue = page.locator("#f-currency-issues li.issue.error");
    await issue.first().waitFor({ timeout: 5_000 });
    assert.equal(await issue.first().getAttribute("data-code"), "invalid_currency");
    assert.ok((await issue.first().textContent()).trim().length > "invalid_currency".length, "the issue has a human message");
    assert.equal(await page.getAttribute('.field[data-path="/session/order/currency"]', "data-issue"), "error");
    assert.equal(await page.getAttribute("#f-currency", "aria-invalid"), "true");
    // "Next to the field": directly under the currency input, in the same column.
    const input = await page.locator("#f-currency").boundingBox();
    const shown = await issue.first().boundingBox();
    assert.ok(shown.y >= input.y + input.height && shown.y - (input.y + input.height) < 40, `issue at y=${shown.y}, input ends at ${input.y + input.height}`);
    assert.ok(Math.abs(shown.x - input.x) < 20, `issue at x=${shown.x}, input at x=${input.x}`);
    assert.equal(await page.getAttribute("#status-pill", "data-state"), "error");
    assert.match(await page.textContent("#preview"), /"currency": "nok"/);
    await screenshot(page, "demo-form-invalid.png", false);
  });

  await t.test("fixing it clears the error and the preview shows the built payload", async () => {
    await page.fill("#f-currency", "NOK");
    await page.waitForFunction(() => document.querySelectorAll("#f-currency-issues li").length === 0);
    assert.equal(await page.getAttribute("#status-pill", "data-state"), "ok");
    assert.match(await page.textContent("#preview-caption"), /buildPaymentTokenSession/);
    const preview = JSON.parse(await page.textContent("#preview"));
    assert.equal(preview.session.order.currency, "NOK");
    assert.deepEqual(preview.token_provider, { payment_product_type: "payex.creditcard", token_types: ["payment_token"] });
  });

  await t.test("an error answer from Dintero shows its type, code, message, status and request id", async () => {
    expectedError = `${demo.url}/api/sessions`;
    demo.mock.setFaults([
      {
        endpoint: "session",
        type: "error",
        status: 400,
        body: JSON.stringify({ error: { code: "BAD_REQUEST", message: "return_url is not allowed for this account" } }),
      },
    ]);
    await page.click("#create");
    await page.waitForSelector("#response-error", { timeout: 20_000 });
    assert.equal(await page.textContent("#error-name"), "DinteroApiError");
    assert.match(await page.textContent("#error-message"), /return_url is not allowed for this account/);
    const facts = await page.textContent("#response-error .facts");
    for (const expected of ["bad_request", "status", "400", "dinteroCode", "BAD_REQUEST", "requestId", "mock-"]) {
      assert.ok(facts.includes(expected), `the error details show ${expected}: ${facts}`);
    }
    await screenshot(page, "demo-api-error.png", false);
    expectedError = null;
  });

  let sessionId;
  await t.test("Create session shows the id, the checkout URL and the included session", async () => {
    await page.click("label.switch");
    assert.ok(await page.isChecked("#f-include-session"));
    assert.match(await page.textContent("#endpoint-path"), /include_session=true/);
    await page.click("#create");
    await page.waitForSelector("#open-checkout", { timeout: 20_000 });
    sessionId = (await page.textContent("#session-id")).trim();
    assert.ok(sessionId.length > 0);
    const checkoutUrl = await page.getAttribute("#open-checkout", "href");
    assert.ok(checkoutUrl.startsWith(demo.mockUrl), `checkout URL ${checkoutUrl} is on the mock ${demo.mockUrl}`);
    assert.equal(await page.textContent("#checkout-url"), checkoutUrl);
    // The request id and attempt count of the created session (lastResponse), as the mock sent them.
    const sessionRequest = demo.mock.requests.filter((r) => r.endpoint === "session").at(-1);
    assert.match(sessionRequest.requestId, /^mock-/);
    assert.equal((await page.textContent("#request-id")).trim(), sessionRequest.requestId);
    assert.equal((await page.textContent("#attempts")).trim(), "1");
    const session = JSON.parse(await page.textContent("#session-json"));
    assert.equal(typeof session, "object");
    await screenshot(page, "demo-session-created.png", false);
  });

  await t.test("the mock checkout registers a card and returns to /return, which shows the token", async () => {
    await page.click("#open-checkout");
    await page.waitForURL((url) => url.href.startsWith(demo.mockUrl), { timeout: 10_000 });
    await completeMockCardPage(page);
    await page.waitForURL((url) => url.href.startsWith(`${demo.url}/return?`), { timeout: 10_000 });
    const transactionId = new URL(page.url()).searchParams.get("transaction_id");
    assert.ok(transactionId, "the return URL carries transaction_id");
    await page.waitForSelector("#payment-token", { timeout: 20_000 });
    const token = (await page.textContent("#payment-token")).trim();
    assert.ok(token.length > 0, "a token is shown");
    assert.equal((await page.textContent("#transaction-id")).trim(), transactionId);
    assert.equal(await page.getAttribute("#result-card", "data-state"), "ok");
    // The token shown is the one the server read with getPaymentToken.
    const read = JSON.parse(await page.textContent("#token-json"));
    assert.ok(JSON.stringify(read).includes(JSON.stringify(token)), "the token comes from the getPaymentToken result");
    // ... which is the token the mock stored for the card it registered.
    assert.equal(token, demo.mock.transactions.get(transactionId).card.payment_token);
    await screenshot(page, "demo-result.png");
  });

  await t.test("the signed callback arrived and was verified; a tampered copy is refused", async () => {
    // The mock called the demo's /callback (signed with the demo's secret) before redirecting.
    const transactionId = new URL(page.url()).searchParams.get("transaction_id");
    const delivered = demo.mock.callbacks.at(-1);
    assert.equal(delivered.status, 200, "the demo answered the genuine callback 2xx");
    assert.match(delivered.headers["dintero-signature"], /^t=\d+,v0-hmac-sha256=[0-9a-f]{64}$/);
    const verified = page.locator('#callback-list li[data-verified="true"]');
    await verified.waitFor({ timeout: 10_000 });
    assert.match(await verified.textContent(), new RegExp(`Signature verified.*${transactionId.replace(".", "\\.")}`));
    assert.equal(await page.getAttribute("#callback-panel", "data-state"), "verified");
    await page.click("#send-tampered");
    const refused = page.locator('#callback-list li[data-verified="false"]');
    await refused.waitFor({ timeout: 10_000 });
    assert.match(await refused.textContent(), /Refused.*signature_mismatch/);
    await screenshot(page, "demo-callback.png");
  });

  await t.test("back on the form, the request typed before the redirect is still there", async () => {
    await page.click("#back");
    await page.waitForSelector('html[data-ready="true"]');
    assert.equal(await page.inputValue("#f-currency"), "NOK");
    assert.ok(await page.isChecked("#f-include-session"));
    assert.equal((await page.textContent("#session-id")).trim(), sessionId);
    assert.match((await page.textContent("#request-id")).trim(), /^mock-/);
  });

  await t.test("on a phone-sized screen the form and the preview stack", async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${demo.url}/`);
    await phone.waitForSelector('html[data-ready="true"]');
    const form = await phone.locator("#form").boundingBox();
    const panel = await phone.locator("#panel").boundingBox();
    assert.ok(panel.y >= form.y + form.height, "the preview panel comes after the form");
    assert.ok(form.width <= 390 && panel.width <= 390, "nothing is wider than the screen");
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await screenshot(phone, "demo-form-phone.png");
    await phone.close();
  });

  assert.deepEqual(problems, [], "no script errors, console errors or failed requests");
});
