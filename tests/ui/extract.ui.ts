/**
 * "Extract recap with your model" in headless Chromium on the fixture vault (scripts/ui/preview.ts),
 * requestUrl answered by tests/fixtures/extract/completion-good.json: the meeting text given, the
 * request shown as it will be sent (nothing sent before Send, the key never shown), then Send and
 * the recap form filled with the model's recap, its warning listed. Writes
 * artifacts/ui/extract-{text,request,request-dark,request-phone,form,form-phone}.png; then the
 * settings' Your model section: artifacts/ui/model-settings{,-phone}.png.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium as playwright, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import chromium from "../../scripts/ui/chromium.json" with { type: "json" };
import "./preview-api";

const ROOT = join(import.meta.dirname, "..", "..");
const PREVIEW = join(ROOT, "artifacts/ui/preview/index.html");
const SHOTS = join(ROOT, "artifacts/ui");
const EXECUTABLE = process.env.KITH_CHROMIUM ?? chromium.path;
const VTT = readFileSync(join(ROOT, "tests/fixtures/extract/pilot-call.vtt"), "utf8");

let browser: Browser;
let page: Page;

const texts = (selector: string) => page.locator(selector).allInnerTexts();
const theme = (name: "theme-light" | "theme-dark") => page.evaluate((cls) => document.body.setAttribute("class", cls), name);
const button = (name: string) => page.locator(".modal button", { hasText: name }).last();
const modal = () => page.locator(".modal").last();
/** The modal's content is no wider than the modal: nothing clipped sideways. */
const fitsSideways = () => page.evaluate(() => [...document.querySelectorAll(".modal")].every((m) => m.scrollWidth <= m.clientWidth + 1));

describe.skipIf(!existsSync(EXECUTABLE))(`"Extract recap with your model" in Chromium (${EXECUTABLE})`, () => {
  beforeAll(async () => {
    if (!existsSync(PREVIEW)) throw new Error("No preview page: run `npm run test:ui`, which builds it first.");
    mkdirSync(SHOTS, { recursive: true });
    browser = await playwright.launch({ executablePath: EXECUTABLE, args: chromium.args });
    page = await browser.newPage({ viewport: { width: 1200, height: 1300 } });
    await page.goto(`file://${PREVIEW}`);
    await page.waitForFunction(() => window.kithPreview ?? window.kithPreviewError);
    expect(await page.evaluate(() => window.kithPreviewError ?? null)).toBeNull();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the request before anything is sent, then fills the recap form with the model's answer and its warning", async () => {
    await page.evaluate(() => window.kithPreview?.extractRecap());
    await page.locator("[aria-label='Meeting text']").fill(VTT);
    await page.locator("[aria-label='Likely attendees']").fill("Priya Raman, Teodor Vasilescu");
    await modal().screenshot({ path: join(SHOTS, "extract-text.png") });
    await button("Show the request").click();

    await page.locator(".modal .kith-extract-request").waitFor();
    expect(await page.locator(".modal-title").last().innerText()).toBe("Send to your model?");
    // The buttons' row has a name and description too, empty.
    expect((await texts(".modal .kith-extract-request .setting-item-info")).filter((t) => t.trim() !== "")).toEqual([
      "Address\nPOST http://localhost:11434/v1/chat/completions",
      "Model\nllama3.1",
      "API key\nSent in the Authorization header; not shown here.",
    ]);
    expect(await texts(".modal .kith-extract-request h4")).toEqual(["Instructions", "Your meeting"]);
    const [instructions, meeting] = await texts(".modal .kith-extract-message");
    expect(instructions).toMatch(/^You read the text of one meeting/);
    expect(meeting).toBe(`Likely attendees: Priya Raman, Teodor Vasilescu\n\nMeeting text:\n${VTT}`);
    // The key is never on the screen, and nothing has been sent yet.
    expect(await page.locator(".modal").last().innerText()).not.toContain("sk-preview-secret");
    expect(await page.evaluate(() => window.kithPreview?.requested)).toEqual([]);
    expect(await fitsSideways()).toBe(true);
    await modal().screenshot({ path: join(SHOTS, "extract-request.png") });
    await theme("theme-dark");
    await modal().screenshot({ path: join(SHOTS, "extract-request-dark.png") });
    await theme("theme-light");
    await page.setViewportSize({ width: 390, height: 1500 });
    expect(await fitsSideways()).toBe(true);
    await modal().screenshot({ path: join(SHOTS, "extract-request-phone.png") });
    await page.setViewportSize({ width: 1200, height: 1300 });

    await button("Send").click();
    await page.locator(".modal .kith-recap-form").waitFor();
    expect(await page.evaluate(() => window.kithPreview?.requested)).toEqual(["http://localhost:11434/v1/chat/completions"]);
    expect(await page.locator("[aria-label='Title']").inputValue()).toBe("Pilot planning");
    expect(await texts(".modal .kith-recap-form .kith-recap-warnings li")).toEqual(["The text gives no date: the form says today (2026-03-25); check it."]);
    expect(await fitsSideways()).toBe(true);
    await modal().screenshot({ path: join(SHOTS, "extract-form.png") });
    await page.setViewportSize({ width: 390, height: 1500 });
    expect(await fitsSideways()).toBe(true);
    await modal().screenshot({ path: join(SHOTS, "extract-form-phone.png") });
  });

  it("shows the settings' Your model section as set up for the extraction, the key never shown", async () => {
    await page.setViewportSize({ width: 1200, height: 1300 });
    await page.evaluate(() => window.kithPreview?.showModelSettings());
    await page.locator(".modal .vertical-tab-content").waitFor();
    expect(await texts(".modal .vertical-tab-content .setting-item-name")).toEqual(["Your model", "Extract recaps with your model", "Server address", "Model", "API key", "Timeout"]);
    expect(await page.locator("[aria-label='Server address']").inputValue()).toBe("http://localhost:11434/v1");
    expect(await page.locator(".modal button", { hasText: "List models" }).evaluate((b) => b.scrollHeight <= b.clientHeight + 1)).toBe(true);
    expect(await page.locator(".modal").last().innerText()).not.toContain("sk-preview-secret");
    expect(await fitsSideways()).toBe(true);
    await modal().screenshot({ path: join(SHOTS, "model-settings.png") });
    await page.setViewportSize({ width: 390, height: 1500 });
    expect(await fitsSideways()).toBe(true);
    await modal().screenshot({ path: join(SHOTS, "model-settings-phone.png") });
  });
});
