// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fixtureVault } from "./fixtures";
import { mountPanel, textsOf, type Harness } from "./harness";

const DANA_PATH = "People/Dana Okafor.md";
const INBOX_PATH = "Tasks/Inbox.md";

let h: Harness;
let root: HTMLElement;

beforeEach(async () => {
  document.body.empty();
  h = await mountPanel(fixtureVault());
  await h.open(DANA_PATH);
  root = h.view.contentEl;
});

async function modify(path: string, edit: (text: string) => string): Promise<void> {
  const file = h.app.vault.getFileByPath(path);
  if (!file) throw new Error(`no note ${path}`);
  await h.app.vault.modify(file, edit(await h.read(path)));
}

const openTasks = (): string[] => textsOf(root, ".kith-section-open-tasks .kith-task-text");

describe("the panel stays live", () => {
  it("updates, debounced, when a note holding one of the person's tasks changes", async () => {
    await modify(INBOX_PATH, (t) => `${t}- [ ] Call Dana Okafor about the contract 📅 2026-03-01\n`);
    // Not at once: a burst of changes (typing, a recap) settles first.
    expect(openTasks()).toHaveLength(2);
    await vi.waitFor(() => expect(openTasks()).toEqual([
      "Call Dana Okafor about the contract",
      "Draft the pilot success criteria with Dana Okafor",
      "Ask Dana Okafor for the Spark job list",
    ]));
  });

  it("updates when the person note itself changes", async () => {
    await modify(DANA_PATH, (t) => t.replace("## Topics Discussed\n\n", "## Topics Discussed\n\nBudget, "));
    await vi.waitFor(() => expect(textsOf(root, ".kith-chip")[0]).toBe("Budget"));
  });

  it("follows a task note that is renamed or deleted", async () => {
    const inbox = h.app.vault.getFileByPath(INBOX_PATH)!;
    await h.app.vault.rename(inbox, "Tasks/Renamed inbox.md");
    await vi.waitFor(() => expect(textsOf(root, ".kith-section-open-tasks .kith-link")).toEqual(["Renamed inbox", "Renamed inbox"]));
    await h.app.fileManager.trashFile(h.app.vault.getFileByPath("Tasks/Renamed inbox.md")!);
    await vi.waitFor(() => expect(openTasks()).toEqual([]));
  });

  it("re-renders only when its data changed", async () => {
    const shown = root.firstElementChild;
    await modify("Notes/Weekly notes.md", (t) => `${t}\nMore notes.\n`);
    await modify(INBOX_PATH, (t) => t.replace("Something for nobody", "Something for somebody else"));
    await new Promise((resolve) => window.setTimeout(resolve, 300));
    expect(root.firstElementChild).toBe(shown);
  });

  it("reads no file to render, and one file when another note becomes active", async () => {
    const read = vi.spyOn(h.app.vault, "read");
    const cachedRead = vi.spyOn(h.app.vault, "cachedRead");
    await modify(INBOX_PATH, (t) => `${t}- [ ] Dana Okafor: one more\n`);
    read.mockClear();
    await vi.waitFor(() => expect(openTasks()).toHaveLength(3));
    h.view.refresh();
    expect(read).not.toHaveBeenCalled();
    expect(cachedRead).not.toHaveBeenCalled();
    await h.open("People/Lee Chen.md");
    expect(cachedRead.mock.calls.map(([file]) => file.path)).toEqual(["People/Lee Chen.md"]);
    expect(read).not.toHaveBeenCalled();
  });
});
