/** FsNoteStore against the hostile file system: half-written notes, odd files, permissions, links, leftovers. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { existsSync, writeFileSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { chmod, chown, link, lstat, mkdir, readFile, readdir, stat, symlink, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KithError } from "../../src/core";
import { FsNoteStore } from "../../src/cli/fs-note-store";
import { CAN_DROP_PRIVILEGES, copyVault, fixture, kith, kithAsNobody, nobodysVault, note, tempDir } from "./run-kith";

// The store's file calls pass through, except where a test makes one wait or fail.
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return { ...actual, open: vi.fn(actual.open), readdir: vi.fn(actual.readdir), link: vi.fn(actual.link) };
});
const actual = await vi.importActual<typeof import("node:fs/promises")>("node:fs/promises");
// The store walks folders synchronously (faster for many small notes).
vi.mock("node:fs", async (importOriginal) => {
  const actualFs = await importOriginal<typeof import("node:fs")>();
  return { ...actualFs, opendirSync: vi.fn(actualFs.opendirSync) };
});
const actualFs = await vi.importActual<typeof import("node:fs")>("node:fs");

let root: string;
let store: FsNoteStore;

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

/** The error a promise rejects with, as `code: message`. */
function failure(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "resolved",
    (error: unknown) => (error instanceof KithError ? `${error.code}: ${error.message}` : String(error)),
  );
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", ""]).pid;
  if (pid === undefined) throw new Error("no pid");
  return pid;
}

beforeEach(async () => {
  root = path.join(await tempDir(), "vault");
  await mkdir(root);
  store = new FsNoteStore(root);
});

afterEach(() => {
  vi.mocked(fsp.open).mockImplementation(actual.open);
  vi.mocked(fsp.readdir).mockImplementation(actual.readdir);
  vi.mocked(fsp.link).mockImplementation(actual.link);
  vi.mocked(fs.opendirSync).mockImplementation(actualFs.opendirSync);
});

describe("a new note appears whole or not at all", () => {
  it("while its text is being written nothing is at its path, only a short temporary file (no lock: the hard link into place is what is exclusive)", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let writing!: () => void;
    const started = new Promise<void>((resolve) => (writing = resolve));
    vi.mocked(fsp.open).mockImplementation((async (file: string, flags: string, mode: number) => {
      const handle = await actual.open(file, flags, mode);
      if (flags === "wx" && !file.endsWith(".kith-lock")) {
        const write = handle.writeFile.bind(handle);
        handle.writeFile = async (data: string) => {
          writing();
          await gate; // a process killed here leaves no note
          return write(data);
        };
      }
      return handle;
    }) as typeof fsp.open);
    await mkdir(path.join(root, "People"));
    const creating = store.create("People/Dana Okafor.md", "whole\n");
    await started;
    const during = (await readdir(path.join(root, "People"))).sort();
    release();
    await creating;
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^\.kith-\d+-[0-9a-f]{6}\.tmp$/);
    expect(await readFile(path.join(root, "People/Dana Okafor.md"), "utf8")).toBe("whole\n");
    expect(await readdir(path.join(root, "People"))).toEqual(["Dana Okafor.md"]);
    expect((await stat(path.join(root, "People/Dana Okafor.md"))).nlink).toBe(1);
  });
});

describe("a new note on a file system without hard links (exFAT, some shares)", () => {
  it("is placed by a check and a rename under its lock, and never over a note that is there", async () => {
    vi.mocked(fsp.link).mockRejectedValue(Object.assign(new Error("EPERM: operation not permitted"), { code: "EPERM" }));
    await store.create("People/Dana Okafor.md", "whole\n");
    expect(await readFile(path.join(root, "People/Dana Okafor.md"), "utf8")).toBe("whole\n");
    expect(await failure(store.create("People/Dana Okafor.md", "other\n"))).toBe("exists: A note already exists at People/Dana Okafor.md.");
    expect(await readFile(path.join(root, "People/Dana Okafor.md"), "utf8")).toBe("whole\n");
    expect(await readdir(path.join(root, "People"))).toEqual(["Dana Okafor.md"]);
  });
});

describe("a note another program is saving", () => {
  it("a save that leaves the same text with a new modification time runs the edit again", async () => {
    await put("A.md", "one\n");
    let calls = 0;
    const result = await store.process("A.md", (t) => {
      if (calls++ === 0) writeFileSync(path.join(root, "A.md"), "one\n"); // rewritten in place, e.g. truncated then written again
      return `${t}two\n`;
    });
    expect(calls).toBe(2);
    expect(result.after).toBe("one\ntwo\n");
  });

  it("a note whose size or times keep moving is a conflict: nothing written", async () => {
    await put("A.md", "one\n");
    let calls = 0;
    const edit = (t: string): string => {
      const when = new Date(Date.UTC(2020, 0, 1, 0, 0, ++calls));
      void utimes(path.join(root, "A.md"), when, when); // awaited by the store's next step
      return `${t}mine\n`;
    };
    expect(await failure(store.process("A.md", edit))).toBe("conflict: A.md kept changing while Kith was editing it; nothing was written. Try again.");
    expect(await readFile(path.join(root, "A.md"), "utf8")).toBe("one\n");
    expect(await readdir(root)).toEqual(["A.md"]);
  });
});

describe("notes Kith leaves as they are", () => {
  it("refuses a read-only note", async () => {
    await put("A.md", "one\n");
    await chmod(path.join(root, "A.md"), 0o444);
    expect(await failure(store.process("A.md", (t) => `${t}two\n`))).toBe("unreadable: A.md is read-only; Kith leaves it as it is.");
    expect(await readFile(path.join(root, "A.md"), "utf8")).toBe("one\n");
    expect((await stat(path.join(root, "A.md"))).mode & 0o777).toBe(0o444);
  });

  it("refuses a note with several hard links, which a rename would split in two", async () => {
    await put("A.md", "one\n");
    await link(path.join(root, "A.md"), path.join(root, "B.md"));
    expect(await failure(store.process("A.md", (t) => `${t}two\n`))).toBe("unreadable: A.md has 2 hard links; Kith edits only notes with one link.");
    expect(await readFile(path.join(root, "B.md"), "utf8")).toBe("one\n");
    expect((await stat(path.join(root, "A.md"))).ino).toBe((await stat(path.join(root, "B.md"))).ino);
  });

  it.runIf(process.getuid?.() === 0)("as root, keeps the note's owner and group", async () => {
    await put("A.md", "one\n");
    await chown(path.join(root, "A.md"), 1234, 5678);
    await store.process("A.md", (t) => `${t}two\n`);
    const after = await stat(path.join(root, "A.md"));
    expect([after.uid, after.gid]).toEqual([1234, 5678]);
    expect(await readFile(path.join(root, "A.md"), "utf8")).toBe("one\ntwo\n");
  });

  it("refuses what is not a regular file, without waiting on a FIFO", { timeout: 20_000 }, async () => {
    await mkdir(path.join(root, "People"));
    expect(spawnSync("mkfifo", [path.join(root, "People/Fifo.md")]).status).toBe(0);
    await mkdir(path.join(root, "People/Folder.md"));
    await put("People/Real.md", "x");
    for (const p of ["People/Fifo.md", "People/Folder.md"]) {
      const words = `unreadable: ${p} is not a regular file.`;
      expect(await failure(store.read(p))).toBe(words);
      expect(await failure(store.process(p, (t) => `${t}x`))).toBe(words);
      expect(await failure(store.create(p, "x"))).toBe(`exists: A note already exists at ${p}.`);
    }
    expect(await store.list()).toEqual(["People/Real.md"]);
    expect(await readdir(path.join(root, "People"))).toEqual(["Fifo.md", "Folder.md", "Real.md"]);
  });

  it("reads a listed note in one call; a link, a folder or a pipe found there since are still never waited on", { timeout: 20_000 }, async () => {
    await mkdir(path.join(root, "People"));
    await put("People/Real.md", "real\n");
    await symlink("Real.md", path.join(root, "People/Link.md"));
    await mkdir(path.join(root, "People/Folder.md"));
    expect(spawnSync("mkfifo", [path.join(root, "People/Fifo.md")]).status).toBe(0);
    expect(store.readListed("People/Real.md")).toBe("real\n");
    expect(store.readListed("People/Link.md")).toBe("real\n");
    expect(store.readListed("People/Gone.md")).toBe(null);
    expect(() => store.readListed("People/Folder.md")).toThrow("People/Folder.md is not a regular file.");
    // A pipe with no writer reads as empty at once (O_NONBLOCK); the walk never lists one.
    expect(store.readListed("People/Fifo.md")).toBe("");
  });

  it("says a link loop is a link loop", async () => {
    await symlink("B.md", path.join(root, "A.md"));
    await symlink("A.md", path.join(root, "B.md"));
    expect(await failure(store.read("A.md"))).toBe("unreadable: A.md is a link loop.");
    expect(await failure(store.process("A.md", (t) => t))).toBe("unreadable: A.md is a link loop.");
  });

  it("refuses a trash folder that links out of the vault, moving nothing", async () => {
    const outside = path.join(path.dirname(root), "elsewhere");
    await mkdir(outside);
    await symlink(outside, path.join(root, ".trash"));
    await put("People/A.md", "one\n");
    expect(await failure(store.trash("People/A.md"))).toBe(`outside-vault: .trash links to ${outside}, outside the vault.`);
    expect(await readFile(path.join(root, "People/A.md"), "utf8")).toBe("one\n");
    expect(await readdir(outside)).toEqual([]);
  });

  it("two notes of one name trashed at once both land in the trash", async () => {
    await put("People/A.md", "first\n");
    await put("Other/A.md", "second\n");
    await Promise.all([store.trash("People/A.md"), store.trash("Other/A.md")]);
    const texts = await Promise.all((await readdir(path.join(root, ".trash"))).map((f) => readFile(path.join(root, ".trash", f), "utf8")));
    expect(texts.sort()).toEqual(["first\n", "second\n"]);
  });
});

describe("list", () => {
  it("leaves out a folder it cannot read and says so in warnings", async () => {
    await put("People/A.md", "x");
    await put("People/Private/B.md", "x");
    vi.mocked(fs.opendirSync).mockImplementation((dir, options) => {
      if (String(dir).endsWith("Private")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return actualFs.opendirSync(dir, options);
    });
    expect(await store.list()).toEqual(["People/A.md"]);
    expect(store.warnings).toEqual(["People/Private cannot be read: permission denied; its notes are left out."]);
  });
});

describe("Kith's own files beside notes", () => {
  it("an edit removes stale temporary files and locks of Kith's in the note's folder, and only those", async () => {
    await put("People/A.md", "one\n");
    const old = new Date(Date.now() - 3_600_000);
    const leftovers = {
      dead: `.kith-${deadPid()}-abc123.tmp`,
      old: `.kith-${process.pid}-def456.tmp`,
      fresh: `.kith-${process.pid}-0a0b0c.tmp`,
      lock: ".B.md.kith-lock",
      other: ".kith-notes.tmp",
    };
    for (const name of Object.values(leftovers)) await put(`People/${name}`, "x");
    await writeFile(path.join(root, "People", leftovers.lock), JSON.stringify({ pid: deadPid(), host: (await import("node:os")).hostname(), time: 0 }));
    await utimes(path.join(root, "People", leftovers.old), old, old);
    await store.process("People/A.md", (t) => `${t}two\n`);
    expect((await readdir(path.join(root, "People"))).sort()).toEqual([leftovers.fresh, leftovers.other, "A.md"].sort());
  });

  it("a note's lock left by a killed process does not block the edit; one from another machine does once it is old", async () => {
    await put("A.md", "one\n");
    await writeFile(path.join(root, ".A.md.kith-lock"), JSON.stringify({ pid: deadPid(), host: (await import("node:os")).hostname(), time: 0 }));
    await store.process("A.md", (t) => `${t}two\n`);
    await writeFile(path.join(root, ".A.md.kith-lock"), JSON.stringify({ pid: process.pid, host: "another-machine", time: 0 }));
    const old = new Date(Date.now() - 60_000);
    await utimes(path.join(root, ".A.md.kith-lock"), old, old);
    await store.process("A.md", (t) => `${t}three\n`);
    expect(await readFile(path.join(root, "A.md"), "utf8")).toBe("one\ntwo\nthree\n");
    expect(await readdir(root)).toEqual(["A.md"]);
  });

  it("edits a note whose name is too long for a lock named after it", async () => {
    const name = `${"é".repeat(123)}.md`; // 249 bytes
    await put(name, "one\n");
    await store.process(name, (t) => `${t}two\n`);
    expect(await readFile(path.join(root, name), "utf8")).toBe("one\ntwo\n");
    expect(await readdir(root)).toEqual([name]);
  });

  it("a note locked by a live kith process: the CLI waits, then exits 2 saying so, with nothing written", { timeout: 120_000 }, async () => {
    const vault = await copyVault();
    const lock = path.join(vault, "Contacts/.Dana Okafor.md.kith-lock");
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: (await import("node:os")).hostname(), time: Date.now() }));
    const run = await kith(vault, "person", "add-fact", "Dana Okafor", "Locked out.");
    expect(run).toEqual({
      status: 2,
      stdout: "",
      stderr: `kith: Contacts/Dana Okafor.md is locked by another kith process (pid ${process.pid}); nothing was written. Try again.\n`,
    });
    expect(await note(vault, "Contacts/Dana Okafor.md")).toBe(await fixture("Contacts/Dana Okafor.md"));
    expect(existsSync(lock)).toBe(true);
  });
});


describe.runIf(CAN_DROP_PRIVILEGES)("permissions, as an unprivileged user", () => {
  const DANA = "Contacts/Dana Okafor.md";

  it("a note that cannot be read: permission denied, in words", async () => {
    const vault = await nobodysVault();
    await chmod(path.join(vault, DANA), 0o000);
    const run = await kithAsNobody(vault, "person", "add-fact", DANA, "x");
    expect(run).toEqual({ status: 2, stdout: "", stderr: `kith: ${DANA} cannot be read: permission denied.\n` });
  });

  it("a note owned by another user is refused, not taken over", async () => {
    const vault = await nobodysVault();
    await chown(path.join(vault, DANA), 0, 0);
    await chmod(path.join(vault, DANA), 0o666);
    const run = await kithAsNobody(vault, "person", "add-fact", DANA, "x");
    expect(run).toEqual({ status: 2, stdout: "", stderr: `kith: ${DANA} belongs to another user (uid 0); Kith edits only notes you own.\n` });
    expect((await lstat(path.join(vault, DANA))).uid).toBe(0);
    expect(await note(vault, DANA)).toBe(await fixture(DANA));
  });

  it("a folder that cannot be written: permission denied, in words, nothing written", async () => {
    const vault = await nobodysVault();
    await chown(path.join(vault, "Contacts"), 0, 0);
    const run = await kithAsNobody(vault, "person", "add-fact", DANA, "x");
    expect(run).toEqual({ status: 2, stdout: "", stderr: "kith: Contacts cannot be written: permission denied.\n" });
    expect(await note(vault, DANA)).toBe(await fixture(DANA));
  });
});

describe("a lock the plugin may take too (no exclusive create there)", () => {
  it("is read back after settleMs: one written over meanwhile is the other's, and this process waits its turn", async () => {
    const { withLock } = await import("../../src/cli/note-lock");
    const dir = await tempDir();
    const lock = path.join(dir, ".last-recap.jsonl.kith-lock");
    const plugin = `${JSON.stringify({ pid: 0, host: "Obsidian", time: Date.now(), token: "plugin" })}\n`;
    const order: string[] = [];
    // A long settle here (25 ms in use), so that a busy machine's delays stay inside it.
    const taking = withLock(lock, "last-recap.jsonl", async () => void order.push("cli runs"), { settleMs: 2_000 });
    // The plugin, which found no lock a moment ago, writes its own over the CLI's once that is written.
    while (!(await readFile(lock, "utf8").catch(() => "")).endsWith("\n")) await sleep(1);
    await writeFile(lock, plugin);
    // However long the plugin holds it, the CLI does not run meanwhile.
    await sleep(2_500);
    order.push("plugin done");
    expect(await readFile(lock, "utf8")).toBe(plugin);
    await fsp.unlink(lock);
    await taking;
    expect(order).toEqual(["plugin done", "cli runs"]);
    expect(existsSync(lock)).toBe(false);
  });
});

describe("a lock held longer than STALE_AFTER_MS", () => {
  it("has its time renewed while it is held, so no one breaks it as abandoned", async () => {
    const { withLock } = await import("../../src/cli/note-lock");
    const dir = await tempDir();
    const lock = path.join(dir, ".Dana.md.kith-lock");
    const long = new Date(Date.now() - 3_600_000);
    const renewed = await withLock(lock, "Dana.md", async () => {
      // As if this hold had lasted an hour: the next renewal sets the lock's time to now.
      await fsp.utimes(lock, long, long);
      for (let waited = 0; waited < 10_000; waited += 10) {
        if ((await fsp.stat(lock)).mtimeMs > long.getTime() + 60_000) return true;
        await sleep(10);
      }
      return false;
    }, { refreshMs: 20 });
    expect(renewed).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });
});
