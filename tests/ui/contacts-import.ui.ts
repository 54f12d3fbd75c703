/**
 * "Import contacts" in headless Chromium: tests/fixtures/contacts/nextcloud-4.0.vcf picked and
 * planned against the fixture vault (scripts/ui/preview.ts), the preview's groups as the user
 * reads them (counts, a field filled, a field left as the note has it, a skipped card and why),
 * then imported and the same file previewed again (every card unchanged). The file is picked
 * in the command's own file picker. Writes artifacts/ui/contacts-file.png and
 * contacts-preview-{light,dark,phone,phone-dark,again}.png.
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
const VCARD = join(ROOT, "tests/fixtures/contacts/nextcloud-4.0.vcf");

let browser: Browser;
let page: Page;

const texts = (selector: string) => page.locator(selector).allInnerTexts();
const theme = (name: "theme-light" | "theme-dark") => page.evaluate((cls) => document.body.setAttribute("class", cls), name);
const button = (name: string) => page.locator(".modal button", { hasText: name }).last();
/** Picks the fixture vCard in the file picker, as the user does, once it is on screen. */
async function pick(shot?: string): Promise<void> {
  await page.locator(".modal input[type='file']").waitFor();
  expect(await page.locator(".modal-title").last().innerText()).toBe("Import contacts");
  if (shot) await page.locator(".modal").last().screenshot({ path: join(SHOTS, shot) });
  await page.locator(".modal input[type='file']").setInputFiles(VCARD);
}

/** Nothing reaches past the modal's right edge (a long name or value wraps). */
const fitsSideways = () => page.evaluate(() => [...document.querySelectorAll(".modal, .modal *")].every((el) => el.scrollWidth <= el.clientWidth + 1 || getComputedStyle(el).overflowX !== "visible" || el.getBoundingClientRect().right <= document.querySelector(".modal")!.getBoundingClientRect().right + 1));

describe.skipIf(!existsSync(EXECUTABLE))(`the contacts import preview in Chromium (${EXECUTABLE})`, () => {
  beforeAll(async () => {
    if (!existsSync(PREVIEW)) throw new Error("No preview page: run `npm run test:ui`, which builds it first.");
    mkdirSync(SHOTS, { recursive: true });
    browser = await playwright.launch({ executablePath: EXECUTABLE, args: chromium.args });
    page = await browser.newPage({ viewport: { width: 1200, height: 1100 } });
    await page.goto(`file://${PREVIEW}`);
    await page.waitForFunction(() => window.kithPreview ?? window.kithPreviewError);
    expect(await page.evaluate(() => window.kithPreviewError ?? null)).toBeNull();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the file's new, updated and skipped cards field by field, at desktop and phone width, light and dark; imported, the file again is all unchanged", async () => {
    const imported = page.evaluate(() => window.kithPreview?.importContacts());
    await pick("contacts-file.png");
    await page.locator(".modal .kith-recap-preview").waitFor();
    expect(await page.locator(".modal-title").last().innerText()).toBe("Import contacts from nextcloud-4.0.vcf");
    // The unreadable card is said first, with where it is and why.
    expect(await texts(".modal .kith-recap-preview > .kith-preview-error")).toEqual(["card 2 (line 15): not a readable vCard (Missing parameter value in 'EMAIL;TYPE=work priya'); skipped."]);
    expect(await texts(".modal .setting-item-heading")).toEqual(["New people (1)", "Updated (1)"]);
    expect(await texts(".modal .kith-preview-path")).toEqual(["Tomasz Wójcik → People/Tomasz Wójcik.md", "Priya Raman → People/Priya Raman.md"]);
    const priya = page.locator(".modal .kith-preview-note").nth(1);
    expect(await priya.locator(".kith-diff-added").allInnerTexts()).toEqual([
      "+ Email: priya.raman@fieldnotes.example",
      "+ Phone: +91-98450-12345",
      "+ Birthday: --05-21",
      "+ URL: https://fieldnotes.example/priya",
      "+ Photo: https://cloud.example/remote.php/dav/photos/priya.png",
    ]);
    expect(await priya.locator(".kith-preview-muted").allInnerTexts()).toEqual([
      'Company: the note has "Northwind Foods", the card "Fieldnotes Research" (left as it is)',
      'Role: the note has "VP engineering", the card "Principal investigator" (left as it is)',
    ]);
    expect(await texts(".modal .kith-recap-preview > p.kith-preview-muted")).toEqual(["1 photo saved to the attachments folder."]);
    expect(await fitsSideways()).toBe(true);
    await page.locator(".modal").last().screenshot({ path: join(SHOTS, "contacts-preview-light.png") });
    await theme("theme-dark");
    await page.locator(".modal").last().screenshot({ path: join(SHOTS, "contacts-preview-dark.png") });
    await page.setViewportSize({ width: 390, height: 1400 });
    expect(await fitsSideways()).toBe(true);
    await page.locator(".modal").last().screenshot({ path: join(SHOTS, "contacts-preview-phone-dark.png") });
    await theme("theme-light");
    await page.locator(".modal").last().screenshot({ path: join(SHOTS, "contacts-preview-phone.png") });
    await page.setViewportSize({ width: 1200, height: 1100 });
    await button("Import").click();
    await imported;
    expect(await page.evaluate(() => window.kithPreview?.read("People/Priya Raman.md"))).toContain("| **Phone** | +91-98450-12345 |");
    await page.evaluate(() => window.kithPreview?.settle());

    // The same file again: nothing left to write.
    const again = page.evaluate(() => window.kithPreview?.importContacts());
    await pick();
    await page.locator(".modal .kith-recap-preview").waitFor();
    expect(await texts(".modal .setting-item-heading")).toEqual(["Unchanged (2)"]);
    expect(await texts(".modal .kith-recap-preview > p")).toEqual([
      "card 2 (line 15): not a readable vCard (Missing parameter value in 'EMAIL;TYPE=work priya'); skipped.",
      "Priya Raman, Tomasz Wójcik",
      "Nothing to write: every card is in your notes already, or cannot be imported.",
    ]);
    expect(await button("Import").isDisabled()).toBe(true);
    await page.locator(".modal").last().screenshot({ path: join(SHOTS, "contacts-preview-again.png") });
    await button("Close").click();
    await again;
  });
});
