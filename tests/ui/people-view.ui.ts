/**
 * The people view in a real browser: headless Chromium opens the preview page at
 * `#people-view` (scripts/ui/preview.ts: the view on the fixture vault and 10,000 generated
 * people, through the Obsidian test double), checks that only a window of rows is drawn and
 * that scrolling, sorting and filtering show the right ones, at desktop and phone widths, and
 * writes screenshots to artifacts/ui/.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium as playwright, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import chromium from "../../scripts/ui/chromium.json" with { type: "json" };
import "./preview-api";

const ROOT = join(import.meta.dirname, "..", "..");
const PREVIEW = join(ROOT, "artifacts/ui/preview/index.html");
const SHOTS = join(ROOT, "artifacts/ui");
const EXECUTABLE = process.env.KITH_CHROMIUM ?? chromium.path;
/** The fixture vault's three people and the preview's generated ones. */
const EVERYONE = "10,003";

let browser: Browser;
let page: Page;

const names = () => page.locator(".kith-pv-spacer .kith-pv-name").allInnerTexts();
const rowCount = () => page.locator(".kith-pv-spacer > .kith-pv-row").count();
const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
const scrollTo = (top: number) =>
  page.evaluate((t) => {
    const body = document.querySelector(".kith-pv-body");
    if (body) body.scrollTop = t;
  }, top);

describe.skipIf(!existsSync(EXECUTABLE))(`people view in Chromium (${EXECUTABLE})`, () => {
  beforeAll(async () => {
    if (!existsSync(PREVIEW)) throw new Error("No preview page: run `npm run test:ui`, which builds it first.");
    mkdirSync(SHOTS, { recursive: true });
    browser = await playwright.launch({ executablePath: EXECUTABLE, args: chromium.args });
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`file://${PREVIEW}#people-view`);
    await page.waitForFunction(() => window.kithPeopleView ?? window.kithPreviewError, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => window.kithPreviewError ?? null)).toBeNull();
    await page.evaluate(() => window.kithPeopleView?.resized());
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lists 10,000 people at desktop width, drawing only the rows in sight", async () => {
    expect(await page.locator(".kith-pv-count").innerText()).toBe(`${EVERYONE} people`);
    expect(await names()).toContain("Dana Okafor");
    const drawn = await rowCount();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(80);
    await shot("people-view-light");
    await page.evaluate(() => document.body.setAttribute("class", "theme-dark"));
    await shot("people-view-dark");
    await page.evaluate(() => document.body.setAttribute("class", "theme-light"));
  });

  it("shows later rows as it scrolls, still only a window", async () => {
    await scrollTo(34 * 9_000);
    await expect.poll(names).toContain("Person 08997");
    expect(await rowCount()).toBeLessThan(80);
    await scrollTo(34 * 10_003);
    await expect.poll(names).toContain("Priya Raman");
    await scrollTo(0);
    await expect.poll(names).toContain("Dana Okafor");
  });

  it("filters and sorts 10,000 people without freezing", async () => {
    // Time one keystroke's filter and one header click's sort, each drawn, in the page itself.
    const [filterMs, sortMs] = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>("input.kith-pv-search");
      const sort = document.querySelector<HTMLButtonElement>("[data-kith-column='company'] button");
      if (!input || !sort) return [Infinity, Infinity];
      let start = performance.now();
      input.value = "person 0";
      input.dispatchEvent(new Event("input"));
      const filter = performance.now() - start;
      start = performance.now();
      sort.click();
      const sorting = performance.now() - start;
      input.value = "";
      input.dispatchEvent(new Event("input"));
      sort.click();
      return [filter, sorting];
    });
    expect(filterMs, "ms to filter 10,000 people").toBeLessThan(300);
    expect(sortMs, "ms to sort 10,000 people").toBeLessThan(300);
    await page.getByRole("button", { name: "Name" }).click();
    await expect.poll(names).toContain("Dana Okafor");
  });

  it("sorts by a header, filters by text, and opens a person with Enter", async () => {
    await scrollTo(34 * 5_000);
    await page.getByRole("button", { name: "Keep in touch" }).click();
    // A new order starts at its top, not somewhere in the middle of it.
    expect(await page.evaluate(() => document.querySelector(".kith-pv-body")?.scrollTop)).toBe(0);
    expect((await names())[0]).toBe("Person 00000");
    expect(await page.locator("[data-kith-column='keepInTouch']").getAttribute("aria-sort")).toBe("ascending");
    await page.locator("input.kith-pv-search").fill("dana");
    await expect.poll(names).toEqual(["Dana Okafor"]);
    expect(await page.locator(".kith-pv-count").innerText()).toBe(`1 of ${EVERYONE} people`);
    await page.locator(".kith-pv-spacer > .kith-pv-row").first().focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => window.kithPeopleView?.opened)).toEqual(["People/Dana Okafor.md"]);
    await page.locator("input.kith-pv-search").fill("");
    await page.getByRole("button", { name: "Name" }).click();
  });

  it("folds to the name and one line below at phone width", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => {
      document.body.setAttribute("class", "theme-light is-mobile");
      window.kithPeopleView?.resized();
    });
    await expect.poll(() => page.locator(".kith-people-view.is-narrow").count()).toBe(1);
    expect(await rowCount()).toBeLessThan(80);
    expect(await page.locator(".kith-pv-spacer .kith-pv-nextKeyDate").first().isVisible()).toBe(false);
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>(".kith-people-view button, .kith-people-view input, .kith-people-view select, .kith-pv-spacer > .kith-pv-row"))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height < 44)
        .map(({ el, box }) => `${el.className} "${el.textContent ?? ""}" ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    // Nothing sticks out sideways at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await scrollTo(52 * 5_000);
    await expect.poll(names).toContain("Person 04997");
    await scrollTo(0);
    await shot("people-view-phone");
  });
});
