/**
 * Another program writes the note in the instant between the store's last check and its rename
 * (a shell's `>>`): that write is kept. The instant is made here, not waited for: `rename` runs the
 * other program's write first.
 */
import { appendFileSync, writeFileSync } from "node:fs";
import { mkdir, readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FsNoteStore } from "../../src/cli/fs-note-store";
import { tempDir } from "./run-kith";

/** What "another program" does just before each next rename onto a note, and just after it, in turn. */
const around = vi.hoisted(() => ({ before: [] as Array<(to: string) => void>, after: [] as Array<(to: string) => void> }));

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...real,
    rename: async (from: string, to: string) => {
      around.before.shift()?.(to);
      await real.rename(from, to);
      around.after.shift()?.(to);
    },
  };
});

let root: string;
let store: FsNoteStore;
const addLine = (text: string): string => text.replace("## Facts\n", "## Facts\n- New fact\n");
const NOTE = "# Ann\n\n## Facts\n- Old fact\n\n## Log\n";

beforeEach(async () => {
  root = path.join(await tempDir(), "vault");
  await mkdir(path.join(root, "People"), { recursive: true });
  writeFileSync(path.join(root, "People/Ann.md"), NOTE);
  store = new FsNoteStore(root);
});

afterEach(() => {
  [around.before, around.after] = [[], []];
  vi.restoreAllMocks();
});

describe("a write that lands on the old note during the rename", () => {
  it("an append is merged: the edit made again with it, and what reached the new note since kept after it", async () => {
    around.before = [(to) => appendFileSync(to, "- 10:01 appended by a script\n")];
    around.after = [(to) => appendFileSync(to, "- 10:02 appended next\n")];
    const result = await store.process("People/Ann.md", addLine);
    expect(result.changed).toBe(true);
    expect(await readFile(path.join(root, "People/Ann.md"), "utf8")).toBe(`${addLine(NOTE)}- 10:01 appended by a script\n- 10:02 appended next\n`);
    expect(await readdir(path.join(root, "People"))).toEqual(["Ann.md"]);
  });

  it("any other change is kept beside the note as a conflicted copy, and said", async () => {
    const said = vi.spyOn(console, "error").mockImplementation(() => undefined);
    around.before = [(to) => writeFileSync(to, "# Ann\n\nRewritten by an editor.\n")];
    await store.process("People/Ann.md", addLine);
    expect(await readFile(path.join(root, "People/Ann.md"), "utf8")).toBe(addLine(NOTE));
    const [copy, ...others] = (await readdir(path.join(root, "People"))).filter((f) => f !== "Ann.md");
    expect(others).toEqual([]);
    // A .txt: a copy of a person note would be a second person by the same name.
    expect(copy).toMatch(/^Ann \(conflicted copy \d{4}-\d\d-\d\d \d{6}\)\.txt$/);
    expect(await readFile(path.join(root, "People", copy ?? ""), "utf8")).toBe("# Ann\n\nRewritten by an editor.\n");
    expect(said.mock.calls).toEqual([
      [`kith: warning: another program wrote People/Ann.md at the moment Kith did; Kith's edit is in the note, and the other program's version is kept in People/${copy}.`],
    ]);
  });

  it("the merge's own rename raced by a second append: both appends are kept, in order", async () => {
    around.before = [(to) => appendFileSync(to, "- X\n"), (to) => appendFileSync(to, "- Z\n")];
    await store.process("People/Ann.md", addLine);
    expect(await readFile(path.join(root, "People/Ann.md"), "utf8")).toBe(`${addLine(NOTE)}- X\n- Z\n`);
    expect(await readdir(path.join(root, "People"))).toEqual(["Ann.md"]);
  });

  it("two conflicted copies in one second are two files", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    around.before = [(to) => writeFileSync(to, "Editor 1\n")];
    await store.process("People/Ann.md", addLine);
    around.before = [(to) => writeFileSync(to, "Editor 2\n")];
    await store.process("People/Ann.md", (t) => `${t}- l\n`);
    const copies = (await readdir(path.join(root, "People"))).filter((f) => f !== "Ann.md");
    const texts = await Promise.all(copies.map((f) => readFile(path.join(root, "People", f), "utf8")));
    expect(texts.sort()).toEqual(["Editor 1\n", "Editor 2\n"]);
    expect(await readFile(path.join(root, "People/Ann.md"), "utf8")).toBe(`${addLine(NOTE)}- l\n`);
  });

  it("no write meanwhile: the edit alone, nothing beside it", async () => {
    around.after = [(to) => appendFileSync(to, "- after the rename\n")];
    await store.process("People/Ann.md", addLine);
    expect(await readFile(path.join(root, "People/Ann.md"), "utf8")).toBe(`${addLine(NOTE)}- after the rename\n`);
    expect(await readdir(path.join(root, "People"))).toEqual(["Ann.md"]);
  });
});
