/**
 * Today's meetings in the people panel, in headless Chromium: the preview page
 * (`index.html#meetings`, scripts/ui/preview.ts) lists the fixture calendar's meetings
 * (tests/fixtures/calendar/today.ics: one with a room and a declined attendee) at 09:00 in
 * Stockholm, beside a calendar whose address asks for a sign-in. Writes
 * artifacts/ui/meetings-*.png and the README's screenshot, docs/meetings-list.png.
 */
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium as playwright, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import chromium from "../../scripts/ui/chromium.json" with { type: "json" };
import "./preview-api";

const ROOT = join(import.meta.dirname, "..", "..");
const PREVIEW = join(ROOT, "artifacts/ui/preview/index.html");
const SHOTS = join(ROOT, "artifacts/ui");
const EXECUTABLE = process.env.KITH_CHROMIUM ?? chromium.path;

let browser: Browser;
let page: Page;

const texts = (selector: string) => page.locator(selector).allInnerTexts();
const shot = (name: string) => page.locator(".preview-sidebar").screenshot({ path: join(SHOTS, `${name}.png`) });
const theme = (name: "theme-light" | "theme-dark", mobile = false) =>
  page.evaluate(([cls, phone]) => document.body.setAttribute("class", phone ? `${cls} is-mobile` : cls), [name, mobile] as const);

describe.skipIf(!existsSync(EXECUTABLE))(`today's meetings in Chromium (${EXECUTABLE})`, () => {
  beforeAll(async () => {
    if (!existsSync(PREVIEW)) throw new Error("No preview page: run `npm run test:ui`, which builds it first.");
    mkdirSync(SHOTS, { recursive: true });
    browser = await playwright.launch({ executablePath: EXECUTABLE, args: chromium.args });
    // Tall enough for the list and the panel's empty state below it: the README's screenshot.
    page = await browser.newPage({ viewport: { width: 900, height: 340 } });
    await page.goto(`file://${PREVIEW}#meetings`);
    await page.waitForFunction(() => window.kithMeetings ?? window.kithPreviewError);
    expect(await page.evaluate(() => window.kithPreviewError ?? null)).toBeNull();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lists today's meetings with time, title and attendees, and the calendar that asked for a sign-in by name", async () => {
    await expect.poll(() => texts(".kith-meeting-title")).toEqual(["Roadmap review with Northwind", "Pilot check-in"]);
    expect(await texts(".kith-meeting-time")).toEqual(["10:00–10:45", "14:30–15:00"]);
    // The room and the declined attendee are not counted, nor you.
    expect(await texts(".kith-meeting-detail")).toEqual(["1 attendee", "2 attendees"]);
    expect(await texts(".kith-calendar-problem")).toEqual(['"Team" asked for a sign-in (401): use the calendar\'s secret iCal address, which needs none.']);
    // Nothing clipped: every title and message fits its box.
    const clipped = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>(".kith-meeting *, .kith-calendar-problem"))
        .filter((el) => el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.className),
    );
    expect(clipped).toEqual([]);
    await shot("meetings-light");
    copyFileSync(join(SHOTS, "meetings-light.png"), join(ROOT, "docs/meetings-list.png"));
    await theme("theme-dark");
    await shot("meetings-dark");
    await theme("theme-light");
  });

  it("starts a meeting with one click or from the keyboard", async () => {
    await page.locator(".kith-meeting").first().click();
    await page.locator(".kith-meeting").nth(1).focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => window.kithMeetings?.started)).toEqual(["Roadmap review with Northwind", "Pilot check-in"]);
  });

  it("gives each meeting a 44 px tap target at phone width", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await theme("theme-light", true);
    const heights = await page.locator(".kith-meeting").evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().height)));
    expect(heights.every((h) => h >= 44)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot("meetings-phone");
  });
});
