// @vitest-environment happy-dom
/** The contacts modals on the Obsidian test double: the import preview's groups and buttons, and the file picker. */
import { App, ButtonComponent } from "obsidian-test-mocks/obsidian";
import { describe, expect, it, vi } from "vitest";
import type { ContactsPlan, PlannedContact } from "../../../src/core/contacts-import";
import { ContactsFileModal } from "../../../src/plugin/contacts/file-modal";
import { ContactsPreviewModal } from "../../../src/plugin/contacts/preview-modal";

// The double's ButtonComponent keeps its click handler instead of listening on the element; this routes DOM clicks to it, as Obsidian's does.
vi.spyOn(ButtonComponent.prototype, "onClick").mockImplementation(function (this: ButtonComponent, callback) {
  this.buttonEl.addEventListener("click", (event) => void callback(event));
  return this;
});
// And it does not disable the element, as Obsidian's does.
vi.spyOn(ButtonComponent.prototype, "setDisabled").mockImplementation(function (this: ButtonComponent, disabled) {
  this.disabled = disabled;
  this.buttonEl.disabled = disabled;
  return this;
});

const contact = (c: Partial<PlannedContact>): PlannedContact => ({ position: "card 1 (line 1)", name: "", status: "new", path: null, filled: [], differs: [], candidates: [], reason: null, ...c });

const PLAN: ContactsPlan = {
  contacts: [
    contact({ name: "Lena Voss", status: "new", path: "People/Lena Voss.md", filled: [{ field: "Email", value: "lena@voss.example" }] }),
    contact({ name: "Dana O.", status: "updated", path: "People/Dana Okafor.md", filled: [{ field: "Phone", value: "+1 555 0100" }], differs: [{ field: "Company", note: "Northwind Foods", card: "Northwind" }] }),
    contact({ position: "card 3 (line 14)", name: "Sam", status: "ambiguous", candidates: [{ name: "Sam Reyes", path: "People/Sam Reyes.md" }] }),
    contact({ position: "card 4 (line 20)", name: "Me", status: "skipped", reason: "this is you (your name or email in Kith's settings); not imported" }),
    contact({ name: "Cy Tan", status: "unchanged", path: "People/Cy Tan.md" }),
  ],
  notes: [{ path: "People/Lena Voss.md", before: null, after: "x" }],
  photos: [{ path: "Lena Voss.png", base64: "iVBORw0KGgo=" }],
  warnings: ["card 5 (line 30): no name, email or company; skipped."],
  unread: 1,
};

function button(parent: HTMLElement, text: string): HTMLButtonElement {
  const found = [...parent.querySelectorAll("button")].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

describe("the import preview", () => {
  it("shows each group with its rows, and resolves true on Import", async () => {
    const app = App.createConfigured__({ files: {} }).asOriginalType__();
    const modal = new ContactsPreviewModal(app, PLAN, "phone.vcf");
    const answer = modal.ask();
    const el = modal.contentEl;
    expect([...el.querySelectorAll(".kith-preview-path")].map((e) => e.textContent)).toEqual([
      "Lena Voss → People/Lena Voss.md",
      "Dana O. → People/Dana Okafor.md",
      "Sam",
      "Me",
    ]);
    expect([...el.querySelectorAll("li")].map((e) => e.textContent)).toEqual([
      "+ Email: lena@voss.example",
      "+ Phone: +1 555 0100",
      'Company: the note has "Northwind Foods", the card "Northwind" (left as it is)',
    ]);
    const text = el.textContent ?? "";
    for (const part of [
      "New people (1)",
      "Updated (1)",
      "Ambiguous: not imported (1)",
      "Could be: Sam Reyes (People/Sam Reyes.md)",
      "card 4 (line 20): this is you",
      "Unchanged (1)",
      "Cy Tan",
      "card 5 (line 30): no name, email or company; skipped.",
      "1 photo saved to the attachments folder.",
    ]) {
      expect(text).toContain(part);
    }
    button(el, "Import").click();
    await expect(answer).resolves.toBe(true);
  });

  it("counts people, not cards: two cards of one person are one note", () => {
    const app = App.createConfigured__({ files: {} }).asOriginalType__();
    const lena = contact({ name: "Lena Voss", status: "new", path: "People/Lena Voss.md" });
    const plan: ContactsPlan = { ...PLAN, contacts: [lena, { ...lena, position: "card 2 (line 9)" }, contact({ name: "Cy Tan", status: "new", path: "People/Cy Tan.md" })] };
    const modal = new ContactsPreviewModal(app, plan, "phone.vcf");
    void modal.ask();
    const text = modal.contentEl.textContent ?? "";
    expect(text).toContain("New people (2 from 3 cards)");
    expect(text).not.toContain("New people (3)");
    modal.close();
    // One person's two cards, the first filling a field, the second then nothing: the person counts once, as updated.
    const dana = contact({ name: "Dana O.", status: "updated", path: "People/Dana Okafor.md" });
    const twice = new ContactsPreviewModal(app, { ...PLAN, contacts: [dana, { ...dana, position: "card 2 (line 9)", status: "unchanged" }] }, "phone.vcf");
    void twice.ask();
    expect(twice.contentEl.textContent).toContain("Updated (1)");
    expect(twice.contentEl.textContent).toContain("Unchanged (0 from 1 card)");
    twice.close();
  });

  it("Cancel resolves false; with nothing to write, Import is disabled", async () => {
    const app = App.createConfigured__({ files: {} }).asOriginalType__();
    const modal = new ContactsPreviewModal(app, { ...PLAN, notes: [], photos: [] }, "phone.vcf");
    const answer = modal.ask();
    expect(button(modal.contentEl, "Import").disabled).toBe(true);
    button(modal.contentEl, "Close").click();
    await expect(answer).resolves.toBe(false);
  });
});

describe("the file picker", () => {
  it("offers .vcf and .csv, and gives the chosen file's name and bytes", async () => {
    const app = App.createConfigured__({ files: {} }).asOriginalType__();
    const modal = new ContactsFileModal(app);
    const answer = modal.ask();
    const input = modal.contentEl.querySelector<HTMLInputElement>("input[type=file]");
    expect(input?.getAttribute("accept")).toBe(".vcf,.vcard,.csv,text/vcard,text/csv");
    const file = new File(["BEGIN:VCARD\r\n"], "phone.vcf");
    Object.defineProperty(input, "files", { value: [file] });
    input?.dispatchEvent(new Event("change"));
    const picked = await answer;
    expect(picked?.name).toBe("phone.vcf");
    expect(new TextDecoder().decode(picked?.bytes)).toBe("BEGIN:VCARD\r\n");
  });
});
