import { mkdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PEOPLE_CACHE_FILE } from "../../src/cli/people-cache";
import { copyVault, kith, type Run } from "./run-kith";
import { setTimeout as sleep } from "node:timers/promises";

const TIMEOUT = 120_000;
/** Notes changed within 2 s of a call are not cached (a write in the same clock tick could go unseen): wait that out. */
const SETTLE_MS = 2100;

const settle = (): Promise<void> => sleep(SETTLE_MS);

/** The commands whose answers come from the people index, each as a user would run it. */
const COMMANDS: string[][] = [
  ["person", "list", "--json"],
  ["person", "show", "Dana Okafor", "--json"],
  ["person", "show", "Lee Chen"],
  ["person", "show", "Sam Reyes"],
  ["person", "show", "dana@northwind.example"],
  ["tasks", "--person", "Priya Raman", "--json"],
  ["doctor"],
];

async function runAll(vault: string): Promise<Run[]> {
  const runs: Run[] = [];
  for (const args of COMMANDS) runs.push(await kith(vault, ...args));
  return runs;
}

function cacheFile(vault: string): string {
  return path.join(vault, ...PEOPLE_CACHE_FILE.split("/"));
}

/** The answers without any cache: the cache removed before each command. */
async function runUncached(vault: string): Promise<Run[]> {
  const runs: Run[] = [];
  for (const args of COMMANDS) {
    await rm(cacheFile(vault), { force: true });
    runs.push(await kith(vault, ...args));
  }
  return runs;
}

async function put(vault: string, file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(vault, file)), { recursive: true });
  await writeFile(path.join(vault, file), text);
}

async function edit(vault: string, file: string, change: (text: string) => string): Promise<void> {
  await writeFile(path.join(vault, file), change(await readFile(path.join(vault, file), "utf8")));
}

describe("the people cache", { timeout: TIMEOUT }, () => {
  it("gives the answers a call without it gives, before and after other programs edit, add and delete notes behind its back", async () => {
    const vault = await copyVault();
    await settle();
    const uncached = await runUncached(vault);
    expect(uncached[1]?.status).toBe(0);
    const warm = await runAll(vault);
    expect(await stat(cacheFile(vault))).toBeTruthy();
    expect(warm).toEqual(uncached);

    // Another program: a name changed, an email added, a new person, one deleted, a meeting made a person by a tag in its body.
    await edit(vault, "Contacts/Lee Chen.md", (t) => t.replace("title: Lee Chen", "title: Lee Chen-Park\naliases: [Lee]"));
    await edit(vault, "Contacts/Dana Okafor.md", (t) => t.replace("| **Email** | _Unknown_ |", "| **Email** | dana@northwind.example |"));
    await put(vault, "Notes/Sam Reyes.md", "# Sam Reyes\n\n#person met at the partner event\n");
    await rm(path.join(vault, "Contacts/Priya Raman.md"));
    await edit(vault, "Meetings/2026-03-02 - Pilot scoping call.md", (t) => `${t}\n#contact\n`);
    const afterEdits = await runAll(vault);
    expect(afterEdits).toEqual(await runUncached(vault));
    expect(afterEdits[0]?.stdout).toContain("Lee Chen-Park");
    expect(afterEdits[3]?.stdout).toContain("Notes/Sam Reyes.md");
  });

  it("is rewritten once it is 200 notes behind; until then the notes changed since are read again each call", async () => {
    const vault = await copyVault();
    await settle();
    await kith(vault, "person", "list");
    const written = await readFile(cacheFile(vault), "utf8");
    await edit(vault, "Contacts/Lee Chen.md", (t) => t.replace("title: Lee Chen", "title: Lea Chen"));
    await put(vault, "People/Ann Oduya.md", "---\ntype: person\n---\n# Ann Oduya\n");
    await settle();
    expect((await kith(vault, "person", "show", "Lea Chen")).stdout).toMatch(/^Lea Chen\n/);
    expect((await kith(vault, "person", "show", "Ann Oduya")).stdout).toMatch(/^Ann Oduya\n/);
    expect(await readFile(cacheFile(vault), "utf8")).toBe(written);
    // 199 behind (the edit, Ann and 197 notes): left as it is.
    for (let i = 0; i < 197; i++) await put(vault, `Meetings/Note ${i}.md`, `# Note ${i}\n`);
    await settle();
    expect((await kith(vault, "person", "show", "Ann Oduya")).stdout).toMatch(/^Ann Oduya\n/);
    expect(await readFile(cacheFile(vault), "utf8")).toBe(written);
    // 200 behind: rewritten.
    await put(vault, "Meetings/Note 197.md", "# Note 197\n");
    await settle();
    expect((await kith(vault, "person", "show", "Ann Oduya")).stdout).toMatch(/^Ann Oduya\n/);
    const rewritten = await readFile(cacheFile(vault), "utf8");
    expect(rewritten).not.toBe(written);
    expect(rewritten).toContain('"Ann Oduya.md"');
    expect(rewritten).toContain('"Note 197.md"');
  });

  it("sees an edit that keeps the note's size and modification time (its change time moves)", async () => {
    const vault = await copyVault();
    const file = path.join(vault, "Contacts/Lee Chen.md");
    await settle();
    expect((await kith(vault, "person", "show", "Lee Chen")).status).toBe(0);
    const before = await stat(file);
    await edit(vault, "Contacts/Lee Chen.md", (t) => t.replace("title: Lee Chen", "title: Lea Chen"));
    await utimes(file, before.atime, before.mtime);
    expect((await stat(file)).size).toBe(before.size);
    expect((await kith(vault, "person", "show", "Lea Chen")).stdout).toMatch(/^Lea Chen\n/);
  });

  it.each([
    ["not JSON", "{\"format\": 1, \"paths\": [", "is damaged (not JSON)"],
    ["an entry of the wrong shape", null, "is damaged"],
    ["another format", JSON.stringify({ format: 99 }), "has another format (99, this Kith writes 3)"],
  ])("a cache file that is %s is rebuilt with a warning, never trusted", async (_what, damaged, warning) => {
    const vault = await copyVault();
    await settle();
    const uncached = await runUncached(vault);
    await kith(vault, "person", "list");
    const good = await readFile(cacheFile(vault), "utf8");
    // A cache that names Lee Chen someone else: the answer must not be it.
    const wrong = good.replace('"name":"Lee Chen"', '"name":7');
    expect(wrong).not.toBe(good);
    await writeFile(cacheFile(vault), damaged ?? wrong);
    const run = await kith(vault, "person", "show", "Lee Chen");
    expect(run.stderr).toBe(`kith: warning: ${PEOPLE_CACHE_FILE} ${warning}; reading every note again to rebuild it.\n`);
    expect(run.stdout).toBe(uncached[2]?.stdout);
    // Rebuilt: the next call has nothing to say.
    expect(await kith(vault, "person", "show", "Lee Chen")).toEqual(uncached[2]);
  });

  it("a cache whose folder runs do not add up to its notes, or whose entry is not its row's note, is rebuilt with a warning", async () => {
    const vault = await copyVault();
    await settle();
    const uncached = await runUncached(vault);
    await kith(vault, "person", "list");
    const good = JSON.parse(await readFile(cacheFile(vault), "utf8")) as { runs: number[]; personRows: number[] };
    const damages: Array<(file: typeof good) => void> = [
      (file) => void (file.runs[0] = (file.runs[0] ?? 0) + 1),
      (file) => void (file.personRows[0] = (file.personRows[0] ?? 0) + 1),
    ];
    for (const damage of damages) {
      const file = structuredClone(good);
      damage(file);
      await writeFile(cacheFile(vault), JSON.stringify(file));
      const run = await kith(vault, "person", "show", "Lee Chen");
      expect(run.stderr).toBe(`kith: warning: ${PEOPLE_CACHE_FILE} is damaged; reading every note again to rebuild it.\n`);
      expect(run.stdout).toBe(uncached[2]?.stdout);
    }
  });

  it("a cache written in another order than the walk's (folders listed otherwise) gives the same answers, in silence", async () => {
    const vault = await copyVault();
    await settle();
    const uncached = await runUncached(vault);
    await kith(vault, "person", "list");
    type Columns = { folders: string[]; runs: number[]; names: string[]; sizes: number[]; mtimes: number[]; ctimes: number[]; personRows: number[] };
    const file = JSON.parse(await readFile(cacheFile(vault), "utf8")) as Columns;
    // Every row reversed: one run per row, rows last to first, person rows moved with them.
    const rows = file.names.length;
    const folderOf = file.runs.flatMap((run, i) => Array.from({ length: run }, () => file.folders[i] ?? ""));
    const reversed = {
      ...file,
      folders: [...folderOf].reverse(),
      runs: folderOf.map(() => 1),
      names: [...file.names].reverse(),
      sizes: [...file.sizes].reverse(),
      mtimes: [...file.mtimes].reverse(),
      ctimes: [...file.ctimes].reverse(),
      personRows: file.personRows.map((row) => rows - 1 - row).reverse(),
      people: [...(file as unknown as { people: unknown[] }).people].reverse(),
    };
    await writeFile(cacheFile(vault), JSON.stringify(reversed));
    expect(await runAll(vault)).toEqual(uncached);
  });

  it("is written in ASCII, accented and other names as escapes, and a warm call reads them back as written", async () => {
    const vault = await copyVault();
    await put(vault, "People/Zoë Ångström.md", "---\ntype: person\naliases: [Zoë Å, 王芳 😀]\n---\n# Zoë Ångström\n");
    await settle();
    const cold = await kith(vault, "person", "show", "王芳 😀", "--json");
    expect(cold.status).toBe(0);
    const bytes = await readFile(cacheFile(vault));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    expect(bytes.toString("latin1")).toContain(String.raw`"Zo\u00eb \u00c5ngstr\u00f6m.md"`);
    expect(await kith(vault, "person", "show", "王芳 😀", "--json")).toEqual(cold);
    expect((JSON.parse(cold.stdout) as { path: string }).path).toBe("People/Zoë Ångström.md");
  });

  it("a cache that names someone else for a note whose stamp matches is not what answers when its rules differ", async () => {
    const vault = await copyVault();
    await settle();
    const all = await kith(vault, "person", "list");
    // Under another people folder the same notes are read again, not taken from a cache made under the first.
    const other = await kith(vault, "person", "list", "--people-folder", "Meetings");
    await rm(cacheFile(vault));
    expect(await kith(vault, "person", "list", "--people-folder", "Meetings")).toEqual(other);
    expect(await kith(vault, "person", "list")).toEqual(all);
  });
});
