// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { App, MarkdownView, TFile } from "obsidian-test-mocks/obsidian";
import { describe, expect, it, vi } from "vitest";
import { addKeyFact, KithError } from "../../src/core";
import { ObsidianNoteStore } from "../../src/plugin/obsidian-note-store";

const DANA = readFileSync("tests/fixtures/people/Dana Okafor.md", "utf8");
const PATH = "People/Dana Okafor.md";
const ctx = { today: "2026-11-25" };
const withFact = (text: string): string => addKeyFact(text, "Prefers email.", ctx);

function setup(files: Record<string, string> = { [PATH]: DANA }) {
  const app = App.createConfigured__({ files });
  return { app, store: new ObsidianNoteStore(app.asOriginalType__()) };
}

async function openInEditor(app: App, path: string) {
  const file = app.vault.getFileByPath(path);
  if (!(file instanceof TFile)) throw new Error("fixture missing");
  const leaf = app.workspace.getLeaf(true);
  const view = MarkdownView.create2__(leaf);
  view.file = file;
  view.setViewData(await app.vault.read(file), true);
  await leaf.open(view.asOriginalType7__());
  // The double does not register leaves it opens; Obsidian lists them by view type.
  vi.spyOn(app.workspace, "getLeavesOfType").mockImplementation((type) => (type === "markdown" ? [leaf] : []));
  return view;
}

describe("ObsidianNoteStore", () => {
  it("applies an edit through vault.process and returns both texts", async () => {
    const { app, store } = setup();
    const spy = vi.spyOn(app.vault, "process");
    const result = await store.process(PATH, withFact);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ path: PATH, before: DANA, after: withFact(DANA), changed: true });
    expect(await store.read(PATH)).toBe(withFact(DANA));
    expect(withFact(DANA)).toContain("- Wants an S3-compatible endpoint first; GCS API later.\n- Prefers email.\n");
  });

  it("reports a no-op as unchanged and leaves the text alone", async () => {
    const { store } = setup();
    const result = await store.process(PATH, (t) => t);
    expect(result.changed).toBe(false);
    expect(await store.read(PATH)).toBe(DANA);
  });

  it("writes nothing when the edit throws", async () => {
    const { store } = setup();
    await expect(
      store.process(PATH, () => {
        throw new KithError("invalid-value", "The key fact is empty.");
      }),
    ).rejects.toThrow("The key fact is empty.");
    expect(await store.read(PATH)).toBe(DANA);
  });

  it("refuses a path that has no note", async () => {
    const { store } = setup();
    await expect(store.process("People/Nobody.md", withFact)).rejects.toMatchObject({ code: "not-found" });
    expect(await store.read("People/Nobody.md")).toBeNull();
  });

  it("edits an open note through the editor as the smallest changed range", async () => {
    const { app, store } = setup();
    const view = await openInEditor(app, PATH);
    const process = vi.spyOn(app.vault, "process");
    const transaction = vi.spyOn(view.editor, "transaction");
    const factLine = view.editor.offsetToPos(DANA.indexOf("\n## Topics Discussed"));
    const footerDate = view.editor.offsetToPos(DANA.indexOf("*Last updated: *") + "*Last updated: ".length);
    const result = await store.process(PATH, withFact);
    expect(process).not.toHaveBeenCalled();
    expect(transaction).toHaveBeenCalledTimes(1);
    // Two insertions, last first, and nothing else of the note replaced.
    expect(transaction.mock.calls[0]?.[0]).toEqual({
      changes: [
        { from: footerDate, to: footerDate, text: "2026-11-25" },
        { from: factLine, to: factLine, text: "- Prefers email.\n" },
      ],
    });
    expect(result.after).toBe(withFact(DANA));
    expect(view.editor.getValue()).toBe(withFact(DANA));
  });

  it("creates a note and its folder, and refuses to overwrite one", async () => {
    const { store } = setup({});
    await store.create("People/New/Ana.md", "# Ana\n");
    expect(await store.read("People/New/Ana.md")).toBe("# Ana\n");
    await expect(store.create("People/New/Ana.md", "x")).rejects.toMatchObject({ code: "exists" });
    expect(await store.read("People/New/Ana.md")).toBe("# Ana\n");
  });

  it("lists Markdown notes, optionally under a folder", async () => {
    const { store } = setup({ [PATH]: DANA, "Meetings/m.md": "", "People/x/y.md": "", "People/img.png": "" });
    expect((await store.list("People")).sort()).toEqual([PATH, "People/x/y.md"]);
    expect((await store.list()).sort()).toEqual(["Meetings/m.md", PATH, "People/x/y.md"]);
  });
});
