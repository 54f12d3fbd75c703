import { execFile } from "node:child_process";
import { chmod, chown, cp, mkdir, readdir, readFile, realpath, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { JOURNAL_FILE, OLD_UNDO_FILE } from "../../src/cli/recap-journal";
import { PLUGIN_FOLDER } from "../../src/cli/plugin-folder";
import { KITH, kith, note, tempDir, type Run } from "./run-kith";

/** Each test runs the CLI several times; a busy machine must not fail it. */
const TIMEOUT = 60_000;

const VAULT = fileURLToPath(new URL("../fixtures/cli-recap/vault", import.meta.url));
const DESIGN = "Meetings/2026-03-10 - Design session with Northwind.md";
const DANA = "People/Dana Okafor.md";
const LEE = "People/Lee Chen.md";
const KAI = "People/Kai Brandt.md";
const NOT_APPLIED = "the recap was not applied, nothing written";
/** Who runs the CLI where permissions must count: root ignores them. */
const NOBODY = 65534;
/** The folders on the way to the plugin folder: the config folder, its plugins folder, the plugin's. */
const [CONFIG = "", PLUGINS = ""] = PLUGIN_FOLDER.split("/").map((_, i, parts) => parts.slice(0, i + 1).join("/"));

async function copyVault(dir?: string): Promise<string> {
  dir ??= await tempDir();
  await cp(VAULT, dir, { recursive: true });
  return dir;
}

/** Every file under `dir` (dot-folders included), vault-relative, with its bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true })) {
    // The people cache is the CLI's own, not the vault's: it may be written by any call.
    if (entry.endsWith("people-cache.json") || (await stat(path.join(dir, entry))).isDirectory()) continue;
    files.set(entry.split(path.sep).join("/"), (await readFile(path.join(dir, entry))).toString("latin1"));
  }
  return files;
}

/** The CLI as an unprivileged user (when the tests run as root), so a folder without write permission is one. */
function kithAsNobody(vault: string, ...args: string[]): Promise<Run> {
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = asRoot
    ? ["setpriv", [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", process.execPath, KITH, ...args, "--vault", vault]]
    : [process.execPath, [KITH, ...args, "--vault", vault]];
  return new Promise((resolve) => {
    const child = execFile(file, argv, { encoding: "utf8" }, (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }));
  });
}

/** A vault `nobody` may write everywhere but in the plugin folder. */
async function vaultWithReadOnlyPluginFolder(): Promise<string> {
  const dir = await tempDir();
  await chmod(dir, 0o755);
  const vault = await copyVault(path.join(dir, "vault"));
  if (process.getuid?.() === 0) {
    for (const entry of ["", ...(await readdir(vault, { recursive: true }))]) await chown(path.join(vault, entry), NOBODY, NOBODY);
    await chown(path.join(vault, PLUGIN_FOLDER), 0, 0);
  }
  await chmod(path.join(vault, PLUGIN_FOLDER), 0o555);
  return vault;
}

describe("kith recap apply: the journal first", { timeout: TIMEOUT }, () => {
  it("when the plugin folder is not writable, refuses in words (exit 2) and leaves every note byte for byte", async () => {
    const vault = await vaultWithReadOnlyPluginFolder();
    const before = await snapshot(vault);
    const run = await kithAsNobody(vault, "recap", "apply", DESIGN);
    expect(run).toEqual({ status: 2, stdout: "", stderr: `kith: ${PLUGIN_FOLDER} is not writable (permission denied): ${NOT_APPLIED}.\n` });
    expect(await snapshot(vault)).toEqual(before);
  });

  it.each([CONFIG, PLUGINS, PLUGIN_FOLDER])("refuses %s linked out of the vault: no journal there, no note written", async (linked) => {
    const vault = await copyVault();
    const outside = path.join(await tempDir(), "elsewhere");
    await rename(path.join(vault, linked), outside);
    await symlink(outside, path.join(vault, linked));
    const before = await snapshot(outside);
    const run = await kith(vault, "recap", "apply", DESIGN);
    expect(run).toEqual({ status: 2, stdout: "", stderr: `kith: ${linked} leads to ${await realpath(outside)}, outside the vault: ${NOT_APPLIED}.\n` });
    expect(await snapshot(outside)).toEqual(before);
    for (const file of [DANA, LEE]) expect(await note(vault, file)).toBe(await note(VAULT, file));
    expect(await readdir(path.join(vault, "People"))).not.toContain("Kai Brandt.md");
    const undo = await kith(vault, "recap", "undo");
    expect(undo).toEqual({ status: 2, stdout: "", stderr: `kith: ${linked} leads to ${await realpath(outside)}, outside the vault: nothing was undone.\n` });
  });

  it("creates a missing plugin folder inside the vault", async () => {
    const vault = await copyVault();
    await rm(path.join(vault, CONFIG), { recursive: true });
    expect((await kith(vault, "recap", "apply", DESIGN)).status).toBe(0);
    expect(await note(vault, JOURNAL_FILE)).toMatch(/^\{"kind":"recap"/);
  });
});

describe("kith recap undo: from the journal", { timeout: TIMEOUT }, () => {
  it("recaps applied at once each keep a whole journal: undo takes back exactly the last one, the others stay", async () => {
    const vault = await copyVault();
    const pairs = [["Dana Okafor", "Lee Chen"], ["Dana Okafor", "Ana Souza"], ["Lee Chen", "Ana Souza"], ["Dana Okafor", "Ana Lúcia Ferreira"]];
    const files = await Promise.all(
      pairs.map(async (attendees, i) => {
        const file = path.join(vault, `r${i + 1}.json`);
        const recap = { date: `2026-04-0${i + 1}`, title: `Conc ${i + 1}`, attendees, summary: `Summary ${i + 1}`, facts: [`Fact ${i + 1}.`] };
        await writeFile(file, JSON.stringify(recap));
        return file;
      }),
    );
    const runs = await Promise.all(files.map((file) => kith(vault, "recap", "apply", file)));
    expect(runs.map((r) => r.status)).toEqual([0, 0, 0, 0]);
    const journal = await note(vault, JOURNAL_FILE);
    const last = Number(/"meetingPath":"Meetings\/2026-04-0(\d) - Conc/.exec(journal)?.[1]);
    // One header, one done line, and only the last recap's notes.
    expect([journal.match(/"kind":"recap"/g)?.length, journal.match(/"step":"done"/g)?.length]).toEqual([1, 1]);
    const paths = [...journal.matchAll(/"path":"([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(paths)).toEqual(new Set([...pairs[last - 1]!.map((name) => `People/${name}.md`), `Meetings/2026-04-0${last} - Conc ${last}.md`]));

    expect((await kith(vault, "recap", "undo")).status).toBe(0);
    for (const [i, attendees] of pairs.entries()) {
      for (const name of attendees) {
        const text = await note(vault, `People/${name}.md`);
        expect([name, i + 1, text.includes(`- Fact ${i + 1}.`)]).toEqual([name, i + 1, i + 1 !== last]);
      }
    }
  });

  it("undoes a recap that stopped part-way: exactly the notes it wrote, nothing reported", async () => {
    const vault = await copyVault();
    expect((await kith(vault, "recap", "apply", DESIGN)).status).toBe(0);
    // As if killed while announcing Kai's note: Dana's and Lee's written, Kai's line torn, Kai never created.
    const lines = (await note(vault, JOURNAL_FILE)).split("\n");
    const kaiLine = lines.find((l) => l.includes(`"path":"${KAI}"`)) ?? "";
    await writeFile(path.join(vault, JOURNAL_FILE), `${lines.slice(0, 3).join("\n")}\n${kaiLine.slice(0, 40)}`);
    await rm(path.join(vault, KAI));
    const run = await kith(vault, "recap", "undo");
    expect(run).toEqual({
      status: 0,
      stdout: `The last recap stopped part-way; undoing the notes it wrote.\nrestored ${LEE}\nrestored ${DANA}\n2 restored, 0 removed, 0 skipped\n`,
      stderr: "",
    });
    expect(await snapshot(vault)).toEqual(await snapshot(VAULT));
  });

  it("undoes a recap from an undo record an earlier version left (last-recap.json)", async () => {
    const vault = await copyVault();
    expect((await kith(vault, "recap", "apply", DESIGN)).status).toBe(0);
    const steps = (await note(vault, JOURNAL_FILE))
      .split("\n")
      .filter((l) => l.includes('"step":"plan"'))
      .map((l) => JSON.parse(l) as { path: string; before: string | null; after: string });
    const record = { kind: "recap", meetingPath: DESIGN, appliedOn: "2026-03-10", entries: steps.map(({ path, before, after }) => ({ path, before, after })) };
    await rm(path.join(vault, JOURNAL_FILE));
    await writeFile(path.join(vault, OLD_UNDO_FILE), JSON.stringify(record));
    const run = await kith(vault, "recap", "undo");
    expect(run).toEqual({ status: 0, stdout: `restored ${LEE}\nrestored ${DANA}\nremoved ${KAI} (moved to .trash)\n2 restored, 1 removed, 0 skipped\n`, stderr: "" });
    expect((await readdir(path.join(vault, PLUGIN_FOLDER))).filter((f) => f !== "people-cache.json")).toEqual(["data.json"]);
  });

  it("a new recap's journal replaces an old undo record, so undo cannot reach back to the recap before", async () => {
    const vault = await copyVault();
    await mkdir(path.join(vault, PLUGIN_FOLDER), { recursive: true });
    await writeFile(path.join(vault, OLD_UNDO_FILE), JSON.stringify({ kind: "recap", meetingPath: "x", appliedOn: "2026-01-01", entries: [] }));
    expect((await kith(vault, "recap", "apply", DESIGN)).status).toBe(0);
    expect((await readdir(path.join(vault, PLUGIN_FOLDER))).filter((f) => f !== "people-cache.json").sort()).toEqual(["data.json", "last-recap.jsonl"]);
  });
});
