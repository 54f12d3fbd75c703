import { writeFileSync } from "node:fs";
import { chmod, lstat, mkdir, readFile, readdir, readlink, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { KithError } from "../../src/core";
import { FsNoteStore } from "../../src/cli/fs-note-store";
import { SETTINGS_FILE } from "../../src/cli/vault-settings";
import { tempDir } from "./run-kith";

let root: string;
let store: FsNoteStore;

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof KithError ? error.code : String(error)),
  );
}

beforeEach(async () => {
  root = path.join(await tempDir(), "vault");
  await mkdir(root);
  store = new FsNoteStore(root);
});

describe("FsNoteStore paths", () => {
  it("refuses absolute paths and paths that climb out of the vault", async () => {
    for (const p of ["../x.md", "a/../../x.md", "/etc/x.md", "C:/x.md", "..\\x.md"]) {
      expect(() => store.resolve(p), p).toThrow(expect.objectContaining({ code: "outside-vault" }));
      expect(await code(store.read(p)), p).toBe("outside-vault");
      expect(await code(store.create(p, "x")), p).toBe("outside-vault");
      expect(await code(store.process(p, (t) => t)), p).toBe("outside-vault");
    }
    expect(store.resolve("a/./b/../c.md")).toBe(path.join(root, "a", "c.md"));
    expect(store.resolve("..and more.md")).toBe(path.join(root, "..and more.md"));
  });

  it("lists Markdown files recursively with forward slashes, skipping dot-folders and node_modules", async () => {
    for (const file of ["b.md", "A/z.md", "A/B/y.md", "A/notes.txt", `${SETTINGS_FILE.split("/")[0]}/x.md`, ".trash/x.md", ".git/x.md", ".hidden/x.md", "node_modules/p/x.md", "A/.draft.md"]) {
      await put(file, "x");
    }
    expect(await store.list()).toEqual(["A/B/y.md", "A/z.md", "b.md"]);
    expect(await store.list("A/B")).toEqual(["A/B/y.md"]);
    expect(await store.list("Missing")).toEqual([]);
  });
});

describe("FsNoteStore.process", () => {
  it("writes through a temporary file, keeps the mode and leaves no temporary file", async () => {
    await put("People/A.md", "one\n");
    await chmod(path.join(root, "People/A.md"), 0o640);
    const result = await store.process("People/A.md", (t) => `${t}two\n`);
    expect(result).toEqual({ path: "People/A.md", before: "one\n", after: "one\ntwo\n", changed: true });
    expect(await readFile(path.join(root, "People/A.md"), "utf8")).toBe("one\ntwo\n");
    expect((await stat(path.join(root, "People/A.md"))).mode & 0o777).toBe(0o640);
    expect(await readdir(path.join(root, "People"))).toEqual(["A.md"]);
  });

  it("writes nothing for a no-op or when the edit throws", async () => {
    await put("A.md", "one\n");
    expect((await store.process("A.md", (t) => t)).changed).toBe(false);
    await expect(
      store.process("A.md", () => {
        throw new KithError("invalid-value", "no");
      }),
    ).rejects.toThrow("no");
    expect(await readFile(path.join(root, "A.md"), "utf8")).toBe("one\n");
    expect(await readdir(root)).toEqual(["A.md"]);
    expect(await code(store.process("Missing.md", (t) => t))).toBe("not-found");
    expect(await store.read("Missing.md")).toBeNull();
  });

  it("refuses a note that is not valid UTF-8, leaving its bytes alone", async () => {
    const bytes = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]);
    await writeFile(path.join(root, "A.md"), bytes);
    expect(await code(store.process("A.md", (t) => `${t}x`))).toBe("invalid-value");
    expect((await readFile(path.join(root, "A.md"))).equals(bytes)).toBe(true);
  });

  it("re-runs the edit on the new text when the note changed under it", async () => {
    await put("A.md", "one\n");
    let calls = 0;
    const result = await store.process("A.md", (t) => {
      if (calls++ === 0) writeFileSync(path.join(root, "A.md"), "one\nsaved by an editor\n");
      return `${t}two\n`;
    });
    expect(calls).toBe(2);
    expect(result.after).toBe("one\nsaved by an editor\ntwo\n");
    expect(await readFile(path.join(root, "A.md"), "utf8")).toBe("one\nsaved by an editor\ntwo\n");
    expect(await readdir(root)).toEqual(["A.md"]);
  });

  it("refuses with a conflict when the note keeps changing, keeping the other writer's text", async () => {
    await put("A.md", "one\n");
    let calls = 0;
    const edit = (t: string): string => {
      calls++;
      writeFileSync(path.join(root, "A.md"), `${t}x`);
      return `${t}mine`;
    };
    expect(await code(store.process("A.md", edit))).toBe("conflict");
    expect(calls).toBe(4);
    expect(await readFile(path.join(root, "A.md"), "utf8")).toBe("one\nxxxx");
    expect(await readdir(root)).toEqual(["A.md"]);
  });

  it("writes a linked note's target, so the link stays a link; a link out of the vault is refused", async () => {
    await put(".store/A.md", "one\n");
    await mkdir(path.join(root, "People"));
    await symlink("../.store/A.md", path.join(root, "People/A.md"));
    await store.process("People/A.md", (t) => `${t}two\n`);
    expect((await lstat(path.join(root, "People/A.md"))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(root, "People/A.md"))).toBe("../.store/A.md");
    expect(await readFile(path.join(root, ".store/A.md"), "utf8")).toBe("one\ntwo\n");
    expect(await store.list()).toEqual(["People/A.md"]);

    const outside = path.join(path.dirname(root), "Outside.md");
    await writeFile(outside, "one\n");
    await symlink(outside, path.join(root, "People/B.md"));
    expect(await code(store.process("People/B.md", (t) => `${t}two\n`))).toBe("outside-vault");
    expect(await readFile(outside, "utf8")).toBe("one\n");
  });
});

describe("FsNoteStore.create", () => {
  it("creates parent folders and refuses an existing path", async () => {
    await store.create("People/New/A.md", "hello\n");
    expect(await readFile(path.join(root, "People/New/A.md"), "utf8")).toBe("hello\n");
    expect(await code(store.create("People/New/A.md", "other\n"))).toBe("exists");
    expect(await readFile(path.join(root, "People/New/A.md"), "utf8")).toBe("hello\n");
  });

  it("refuses a folder that links out of the vault", async () => {
    const outside = path.join(path.dirname(root), "elsewhere");
    await mkdir(outside);
    await symlink(outside, path.join(root, "Linked"));
    expect(await code(store.create("Linked/A.md", "x"))).toBe("outside-vault");
    expect(await readdir(outside)).toEqual([]);
  });
});

describe("FsNoteStore.trash", () => {
  it("moves notes into the vault's .trash, numbering a taken name, and hides them from list", async () => {
    await put("People/A.md", "first\n");
    await put("Other/A.md", "second\n");
    await store.trash("People/A.md");
    await store.trash("Other/A.md");
    expect(await readFile(path.join(root, ".trash/A.md"), "utf8")).toBe("first\n");
    expect(await readFile(path.join(root, ".trash/A 1.md"), "utf8")).toBe("second\n");
    expect(await store.list()).toEqual([]);
    expect(await code(store.trash("People/A.md"))).toBe("not-found");
    expect(await code(store.trash("../A.md"))).toBe("outside-vault");
  });
});
