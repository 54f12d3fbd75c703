// @vitest-environment happy-dom
import { Notice } from "obsidian-test-mocks/obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fixtureVault } from "./fixtures";
import { mountPanel, textsOf, type Harness } from "./harness";

const DANA_PATH = "People/Dana Okafor.md";
const INBOX_PATH = "Tasks/Inbox.md";
const VAULT = fixtureVault();
const DANA = VAULT[DANA_PATH]!;
const INBOX = VAULT[INBOX_PATH]!;

/** Every panel edit stamps the footer with the panel's date. */
const stamped = (text: string): string => text.replace("*Last updated: *", "*Last updated: 2026-03-25*");

let h: Harness;
let root: HTMLElement;

afterEach(() => vi.restoreAllMocks());

beforeEach(async () => {
  document.body.empty();
  h = await mountPanel(fixtureVault());
  await h.open(DANA_PATH);
  root = h.view.contentEl;
});

function find<T extends HTMLElement = HTMLElement>(selector: string, text?: string): T {
  const all = Array.from(root.querySelectorAll<T>(selector));
  const el = text === undefined ? all[0] : all.find((e) => e.textContent?.trim() === text || e.getAttribute("aria-label") === text);
  if (!el) throw new Error(`nothing matches ${selector} ${text ?? ""}`);
  return el;
}

function press(el: HTMLElement, key: string): void {
  el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

/** Types into the focused field and presses a key, as a user does. */
function type(value: string, key = "Enter"): HTMLInputElement {
  const input = document.activeElement;
  if (!(input instanceof HTMLInputElement)) throw new Error("no input has focus");
  input.value = value;
  press(input, key);
  return input;
}

async function noteBecomes(path: string, expected: string): Promise<void> {
  await vi.waitFor(async () => expect(await h.read(path)).toBe(expected));
}

describe("in-place edits write exactly the expected note text", () => {
  it("edits a contact field: click, type, Enter", async () => {
    const email = find("[data-kith-focus='contact:Email']");
    email.click();
    type("dana@northwind.example");
    await noteBecomes(DANA_PATH, stamped(DANA.replace("| **Email** | _Unknown_ |", "| **Email** | dana@northwind.example |")));
    await vi.waitFor(() => expect(textsOf(root, ".kith-section-contact .kith-editable")[3]).toBe("dana@northwind.example"));
    // Focus comes back to the field that was edited.
    expect(document.activeElement?.getAttribute("data-kith-focus")).toBe("contact:Email");
  });

  it("cancels with Escape and when the field loses focus: nothing is written", async () => {
    const process = vi.spyOn(h.app.vault, "process");
    find("[data-kith-focus='contact:Phone']").click();
    type("+1 555 0100", "Escape");
    expect(document.activeElement?.getAttribute("data-kith-focus")).toBe("contact:Phone");
    expect(textsOf(root, ".kith-section-contact .kith-editable")[4]).toBe("Add");
    find("[data-kith-focus='contact:Phone']").click();
    const input = document.activeElement as HTMLInputElement;
    input.value = "+1 555 0100";
    input.blur();
    expect(root.querySelector(".kith-inline-input")).toBeNull();
    expect(process).not.toHaveBeenCalled();
    expect(await h.read(DANA_PATH)).toBe(DANA);
  });

  it("adds, edits and removes a key fact", async () => {
    find<HTMLInputElement>(".kith-add-input", "New key fact").focus();
    type("Prefers email.");
    const added = stamped(DANA.replace("GCS API later.\n", "GCS API later.\n- Prefers email.\n"));
    await noteBecomes(DANA_PATH, added);
    // The add field is cleared and keeps focus for the next fact.
    await vi.waitFor(() => expect(document.activeElement?.getAttribute("data-kith-focus")).toBe("fact-add"));
    expect((document.activeElement as HTMLInputElement).value).toBe("");

    find("[data-kith-focus='fact:2']").click();
    type("Prefers email over calls.");
    const edited = added.replace("- Prefers email.", "- Prefers email over calls.");
    await noteBecomes(DANA_PATH, edited);

    find("[data-kith-focus='fact-remove:0']").click();
    await noteBecomes(DANA_PATH, edited.replace("- Runs two data centres active-active, 40 ms apart.\n", ""));
    await vi.waitFor(() => expect(textsOf(root, ".kith-section-facts .kith-editable")).toEqual(["Wants an S3-compatible endpoint first; GCS API later.", "Prefers email over calls."]));
  });

  it("clearing a fact removes it", async () => {
    find("[data-kith-focus='fact:1']").click();
    type("");
    await noteBecomes(DANA_PATH, stamped(DANA.replace("- Wants an S3-compatible endpoint first; GCS API later.\n", "")));
  });

  it("refuses an edit that would duplicate a fact: a notice, the field stays open, nothing written", async () => {
    const notices = vi.spyOn(Notice.prototype, "constructor__");
    find("[data-kith-focus='fact:1']").click();
    type("runs two data centres active-active, 40 ms apart");
    await vi.waitFor(() => expect(notices).toHaveBeenCalledWith('The key fact "runs two data centres active-active, 40 ms apart" is already in the note.', undefined));
    expect(root.querySelector(".kith-inline-input")).not.toBeNull();
    expect(await h.read(DANA_PATH)).toBe(DANA);
  });

  it("adds and removes a key decision", async () => {
    find<HTMLInputElement>(".kith-add-input", "New key decision").focus();
    type("Ship the pilot in April");
    const added = stamped(DANA.replace("before the design session.\n", "before the design session.\n- ✅ Ship the pilot in April\n"));
    await noteBecomes(DANA_PATH, added);
    find("[data-kith-focus='decision-remove:0']").click();
    await noteBecomes(DANA_PATH, added.replace("- ✅ Run the pilot on real workloads, not synthetic benchmarks.\n", ""));
  });

  it("marks the person reviewed: the tag goes, auto_created stays, the badge goes", async () => {
    find("button", "Mark reviewed").click();
    await noteBecomes(DANA_PATH, stamped(DANA.replace("- needs-review\n", "")));
    await vi.waitFor(() => expect(root.querySelector(".kith-review")).toBeNull());
  });

  it("completes a task in its own note: only that line changes, and it leaves the list", async () => {
    find("input", "Complete task: Draft the pilot success criteria with Dana Okafor").click();
    await noteBecomes(
      INBOX_PATH,
      INBOX.replace(
        "- [/] Draft the pilot success criteria with Dana Okafor 📅 2026-03-12\n",
        "- [x] Draft the pilot success criteria with Dana Okafor 📅 2026-03-12 ✅ 2026-03-25\n",
      ),
    );
    expect(await h.read(DANA_PATH)).toBe(DANA);
    await vi.waitFor(() => expect(textsOf(root, ".kith-section-open-tasks .kith-task-text")).toEqual(["Ask Dana Okafor for the Spark job list"]));
  });

  it("puts the done date before a block id", async () => {
    find("input", "Complete task: Review the storage benchmark @DanaOkafor").click();
    await noteBecomes(INBOX_PATH, INBOX.replace("📅 2026-03-30 ^bench", "📅 2026-03-30 ✅ 2026-03-25 ^bench").replace("- [ ] Review the storage", "- [x] Review the storage"));
  });

  it("opens a recurring task at its line instead of completing it", async () => {
    const process = vi.spyOn(h.app.vault, "process");
    const openFile = vi.fn(() => Promise.resolve());
    h.app.workspace.getLeaf = () => ({ openFile }) as never;
    const box = find<HTMLInputElement>("input", "Open recurring task in Inbox");
    box.click();
    expect(box.checked).toBe(false);
    expect(openFile).toHaveBeenCalledWith(expect.objectContaining({ path: INBOX_PATH }), { eState: { line: 7 } });
    expect(process).not.toHaveBeenCalled();
  });
});
