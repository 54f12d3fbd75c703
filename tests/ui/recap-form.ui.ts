/**
 * The recap form fed by its readers, in headless Chromium: a meeting tool's prose and then an
 * Otter transcript pasted into "Paste recap" on the fixture vault (scripts/ui/preview.ts).
 * Checks what the user sees (attendees, people mentioned, a row for the unnamed speaker, the
 * warnings listed) and writes artifacts/ui/recap-form-*.png and recap-preview-light.png.
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
const OTTER = readFileSync(join(ROOT, "tests/fixtures/transcripts/20260310 1400 - Northwind weekly.txt"), "utf8");

let browser: Browser;
let page: Page;

const texts = (selector: string) => page.locator(selector).allInnerTexts();
const theme = (name: "theme-light" | "theme-dark") => page.evaluate((cls) => document.body.setAttribute("class", cls), name);
const button = (name: string) => page.locator(".modal button", { hasText: name }).last();

/** Pastes `text` into "Paste recap" over the form and fills the form with it. */
async function paste(text: string): Promise<void> {
  await button("Paste recap…").click();
  await page.locator("[aria-label='Meeting tool text']").fill(text);
  await button("Fill in the form").click();
  await expect.poll(() => page.locator("[aria-label='Meeting tool text']").count()).toBe(0);
}

describe.skipIf(!existsSync(EXECUTABLE))(`the recap form's readers in Chromium (${EXECUTABLE})`, () => {
  beforeAll(async () => {
    if (!existsSync(PREVIEW)) throw new Error("No preview page: run `npm run test:ui`, which builds it first.");
    mkdirSync(SHOTS, { recursive: true });
    browser = await playwright.launch({ executablePath: EXECUTABLE, args: chromium.args });
    page = await browser.newPage({ viewport: { width: 900, height: 1500 } });
    await page.goto(`file://${PREVIEW}`);
    await page.waitForFunction(() => window.kithPreview ?? window.kithPreviewError);
    expect(await page.evaluate(() => window.kithPreviewError ?? null)).toBeNull();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows prose and a pasted transcript in one form: mentioned apart, the unnamed speaker asked for, the warnings listed; then in the preview", async () => {
    await page.evaluate(() => window.kithPreview?.openRecapModal());
    await paste(["Pilot review", "", "Attendees: Dana Okafor", "", "Notes", "- The quote goes to Priya Raman's team first.", "- Dana Okafor and Robin Berg reviewed the plan."].join("\n"));
    await paste(OTTER);

    const chipsOf = (label: string) => page.locator(".kith-attendees", { has: page.locator(`[aria-label='${label}']`) }).locator(".kith-chip").allInnerTexts();
    expect(await chipsOf("Add attendee")).toEqual(["Dana Okafor", "Sam Reyes"]);
    expect(await chipsOf("Add mentioned person")).toEqual(["Priya Raman"]);
    expect(await texts(".kith-recap-form .kith-recap-warnings li")).toEqual(['"Robin Berg" took part, the text says, but is not in its attendee list: add them if they attended.']);
    expect(await page.getByText('Who is "Speaker 1"?', { exact: true }).count()).toBe(1);
    await page.locator("[aria-label='Who is Speaker 1']").fill("Lee Chen");
    await page.locator("[aria-label='Title']").click();
    // Nothing clipped sideways in the form.
    expect(await page.evaluate(() => document.querySelector(".modal")!.scrollWidth <= document.querySelector(".modal")!.clientWidth + 1)).toBe(true);
    await page.locator(".modal").last().screenshot({ path: join(SHOTS, "recap-form-light.png") });
    await theme("theme-dark");
    await page.locator(".modal").last().screenshot({ path: join(SHOTS, "recap-form-dark.png") });
    await theme("theme-light");

    await button("Preview").click();
    await expect.poll(() => texts(".kith-recap-preview .kith-preview-path")).toEqual(["Update People/Dana Okafor.md", "Update People/Lee Chen.md"]);
    // The preview's you (Sam Reyes) spoke in the transcript: left out, not a new person.
    expect(await texts(".kith-recap-preview .kith-preview-muted")).toContain("Left out (you): Sam Reyes");
    expect(await texts(".kith-recap-preview .kith-recap-warnings li")).toEqual(['"Robin Berg" took part, the text says, but is not in its attendee list: add them if they attended.']);
    expect(await texts(".kith-recap-preview .kith-preview-muted")).toContain("Mentioned, listed in the meeting note only: Priya Raman");
    await page.locator(".modal").last().screenshot({ path: join(SHOTS, "recap-preview-light.png") });
  });
});
