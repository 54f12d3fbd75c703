/**
 * The people panel in a real browser: headless Chromium opens the preview page
 * (scripts/ui/build-preview.mjs: the panel on the fixture vault through the Obsidian test
 * double, Obsidian's default theme variables, the plugin's styles.css), checks what a user
 * sees and does, and writes screenshots to artifacts/ui/.
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

const DANA = "People/Dana Okafor.md";
const INBOX = "Tasks/Inbox.md";
const PILOT = "Meetings/2026-03-02 - Pilot scoping call with the Northwind data platform team.md";

let browser: Browser;
let page: Page;

// Run in the page: the preview's API is on `window` there (beforeAll checks it started).
const open = (path: string | null) => page.evaluate((p) => window.kithPreview?.open(p), path);
const read = (path: string) => page.evaluate((p) => window.kithPreview?.read(p), path);
const applied = () => page.evaluate(() => window.kithPreview?.applied);
const theme = (name: "theme-light" | "theme-dark", mobile = false) =>
  page.evaluate(([cls, phone]) => document.body.setAttribute("class", phone ? `${cls} is-mobile` : cls), [name, mobile] as const);
const shot = (name: string) => page.locator(".preview-sidebar").screenshot({ path: join(SHOTS, `${name}.png`) });
const texts = (selector: string) => page.locator(selector).allInnerTexts();

describe.skipIf(!existsSync(EXECUTABLE))(`people panel in Chromium (${EXECUTABLE})`, () => {
  beforeAll(async () => {
    if (!existsSync(PREVIEW)) throw new Error("No preview page: run `npm run test:ui`, which builds it first.");
    mkdirSync(SHOTS, { recursive: true });
    browser = await playwright.launch({ executablePath: EXECUTABLE, args: chromium.args });
    page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    await page.goto(`file://${PREVIEW}`);
    await page.waitForFunction(() => window.kithPreview ?? window.kithPreviewError);
    expect(await page.evaluate(() => window.kithPreviewError ?? null)).toBeNull();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows a person at a glance, light and dark", async () => {
    await open(DANA);
    await expect.poll(() => page.locator(".kith-name").innerText()).toBe("Dana Okafor");
    expect(await page.locator(".kith-subtitle").innerText()).toBe("Head of data platform (owns the lakehouse roadmap) · Northwind Foods");
    expect(await page.locator(".kith-last-contact").innerText()).toBe("Last contact 3 weeks ago");
    expect(await texts(".kith-review > *")).toEqual(["Needs review", "Mark reviewed"]);
    expect((await texts(".kith-section-title")).map((t) => t.replace(/\s+/g, " "))).toEqual([
      "CONTACT",
      "OPEN TASKS 2",
      "TASKS THEY OWN 3",
      "KEY FACTS 2",
      "KEY DECISIONS 2",
      "TOPICS 3",
      "RECENT CONTEXT 2",
      "PROJECTS 2",
    ]);
    expect(await texts(".kith-section-open-tasks .kith-task-text")).toEqual([
      "Draft the pilot success criteria with Dana Okafor",
      "Ask Dana Okafor for the Spark job list",
    ]);
    expect(await texts(".kith-chip")).toEqual(["Lakehouse replication", "Capacity planning", "Pilot scoping"]);
    // Every section is on screen, not collapsed or clipped.
    for (const body of await page.locator(".kith-section-body").all()) expect(await body.isVisible()).toBe(true);
    await shot("person-light");
    await theme("theme-dark");
    await shot("person-dark");
    await theme("theme-light");
  });

  it("shows a meeting's attendees as cards with the recap button, light and dark", async () => {
    await open(PILOT);
    await expect.poll(() => texts(".kith-card-name")).toEqual(["Dana Okafor", "Lee Chen"]);
    expect(await texts(".kith-card-tasks")).toEqual(["5 open tasks", "1 open task"]);
    expect(await page.locator(".kith-card .kith-badge-stale").innerText()).toBe("Stale");
    expect(await page.locator(".kith-unmatched").innerText()).toBe("Without a person note: Jordan Vale");
    await page.locator("button.kith-apply").click();
    expect(await applied()).toEqual([PILOT]);
    await shot("meeting-light");
    await theme("theme-dark");
    await shot("meeting-dark");
    await theme("theme-light");
  });

  it("edits a contact field in place from the keyboard", async () => {
    await open(DANA);
    await page.locator("[data-kith-focus='contact:Email']").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.type("dana@northwind.example");
    await page.keyboard.press("Enter");
    await expect.poll(() => read(DANA)).toContain("| **Email** | dana@northwind.example |\n");
    expect(await read(DANA)).toContain("*Last updated: 2026-03-25*");
    await expect.poll(() => page.locator("[data-kith-focus='contact:Email']").innerText()).toBe("dana@northwind.example");
    // Escape leaves a field as it was.
    await page.keyboard.press("Enter");
    await page.keyboard.type("someone@else.example");
    await page.keyboard.press("Escape");
    expect(await page.locator("[data-kith-focus='contact:Email']").innerText()).toBe("dana@northwind.example");
    expect(await read(DANA)).not.toContain("someone@else.example");
  });

  it("completes a task: the line in its note changes and the panel drops it", async () => {
    await open(DANA);
    await page.getByRole("checkbox", { name: "Complete task: Draft the pilot success criteria with Dana Okafor" }).click();
    await expect.poll(() => read(INBOX)).toContain("- [x] Draft the pilot success criteria with Dana Okafor 📅 2026-03-12 ✅ 2026-03-25\n");
    await expect.poll(() => texts(".kith-section-open-tasks .kith-task-text")).toEqual(["Ask Dana Okafor for the Spark job list"]);
    expect(await read(INBOX)).toContain("- [ ] Ask Dana Okafor for the Spark job list [due:: 2026-03-20]\n");
  });

  it("adds a whole meeting recap by keyboard alone in the recap modal, and the panel shows it", async () => {
    await open(DANA);
    await page.evaluate(() => window.kithPreview?.openRecapModal());
    /** Presses Tab until the focused control has this accessible name (label or text). */
    const tabTo = async (name: string): Promise<void> => {
      for (let i = 0; i < 30; i++) {
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          return el?.getAttribute("aria-label") ?? el?.textContent?.trim() ?? "";
        });
        if (focused === name) return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`Tab never reached "${name}"`);
    };
    // The form opens with the title focused.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Title");
    await page.keyboard.type("Design session with Northwind");
    await tabTo("Add attendee");
    await page.keyboard.type("Dana Okafor");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Sam Reyes");
    await page.keyboard.press("Enter");
    await tabTo("Via");
    await page.keyboard.type("Northwind");
    await tabTo("Summary");
    await page.keyboard.type("Walked through the replication design; agreed on two regions.");
    await tabTo("Key facts");
    await page.keyboard.type("Dana: Runs the capacity review every quarter.");
    await tabTo("Preview");
    await page.keyboard.press("Enter");
    // The preview opens with Apply focused: Enter writes.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Apply");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => read(DANA))
      .toContain("- 2026-03-25: [[2026-03-25 - Design session with Northwind]] - Walked through the replication design; agreed on two regions. (via Northwind)\n");
    expect(await read(DANA)).toContain("- Runs the capacity review every quarter.\n");
    await expect.poll(() => texts(".kith-timeline-content .kith-link")).toEqual(["Design session with Northwind", "Pilot scoping call with the Northwind data platform team", "Intro call"]);
  });

  it("gives every control a tap target of at least 44 px at phone width", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await theme("theme-light", true);
    await open("People/Lee Chen.md");
    await open(DANA);
    await expect.poll(() => page.locator(".kith-name").innerText()).toBe("Dana Okafor");
    const small = await page.evaluate(() => {
      const targets = document.querySelectorAll<HTMLElement>(
        ".kith-panel button, .kith-panel a, .kith-panel input[type='text'], .kith-panel summary, .kith-panel [role='button'], .kith-panel .kith-check",
      );
      return Array.from(targets)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0)
        .filter(({ el, box }) => box.height < 44 || ((el.matches(".kith-icon-button, .kith-check") && box.width < 44)))
        .map(({ el, box }) => `${el.className} "${el.textContent ?? ""}" ${Math.round(box.width)}x${Math.round(box.height)}`);
    });
    expect(small).toEqual([]);
    // Nothing sticks out sideways at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot("person-phone");
  });
});
