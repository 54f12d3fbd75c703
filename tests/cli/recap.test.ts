import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { JOURNAL_FILE, OLD_UNDO_FILE } from "../../src/cli/recap-journal";
import { kith, note, swap, tempDir, today } from "./run-kith";

/** Each test runs the CLI several times; a busy machine must not fail it. */
const TIMEOUT = 60_000;

const FIXTURES = fileURLToPath(new URL("../fixtures/cli-recap", import.meta.url));
const VAULT = path.join(FIXTURES, "vault");

const DESIGN = "Meetings/2026-03-10 - Design session with Northwind.md";
const REVIEW = "Meetings/2026-03-12 - Spark job review.md";
const SYNC = "Meetings/2026-03-14 - Weekly sync.md";
const KICKOFF = path.join(FIXTURES, "kickoff.json");
const DANA = "People/Dana Okafor.md";
const LEE = "People/Lee Chen.md";
const KAI = "People/Kai Brandt.md";
const ANA = "People/Ana Lúcia Ferreira.md";
const MORGAN = "People/Morgan Blake.md";

const DESIGN_CONTEXT =
  "- 2026-03-10: [[2026-03-10 - Design session with Northwind]] - Walked through the replication design and agreed to pilot on two clusters before the end of the... (via Northwind)";

/** A fresh copy of tests/fixtures/cli-recap/vault. */
async function copyVault(): Promise<string> {
  const dir = await tempDir();
  await cp(VAULT, dir, { recursive: true });
  return dir;
}

const original = (file: string): Promise<string> => readFile(path.join(VAULT, file), "utf8");

/** Every file under `dir` (dot-folders included), vault-relative, with its bytes. */
async function snapshot(dir: string, skip: (rel: string) => boolean = () => false): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true })) {
    const rel = entry.split(path.sep).join("/");
    // The people cache is the CLI's own, not the vault's: it may be written by any call.
    if (skip(rel) || rel.endsWith("/people-cache.json") || (await stat(path.join(dir, entry))).isDirectory()) continue;
    files.set(rel, (await readFile(path.join(dir, entry))).toString("latin1"));
  }
  return files;
}

/** Dana's note after the design session. */
async function danaAfterDesign(): Promise<string> {
  return swap(
    await original(DANA),
    ["last_contact: '2026-03-02'", "last_contact: '2026-03-10'"],
    ["GCS API later.\n", "GCS API later.\n- Owns the replication runbook.\n- Northwind runs Spark 3.5 everywhere.\n"],
    ["Capacity planning, Pilot scoping\n", "Capacity planning, Pilot scoping, Replication design\n"],
    ["## Recent Context\n\n", `## Recent Context\n\n${DESIGN_CONTEXT}\n`],
    ["- ✅ Send consolidated questions before the design session.\n", "- ✅ Send consolidated questions before the design session.\n- ✅ Pilot on two clusters.\n"],
    ["*Last updated: *", `*Last updated: ${today()}*`],
  );
}

describe("kith recap apply", { timeout: TIMEOUT }, () => {
  it("applies a meeting note: updates known people, creates new ones, skips you, journals every write", async () => {
    const vault = await copyVault();
    const run = await kith(vault, "recap", "apply", DESIGN);
    expect(run).toEqual({
      status: 0,
      stdout: `updated ${DANA}\nupdated ${LEE}\ncreated ${KAI}\n2 updated, 1 created, 0 failed\n`,
      stderr: "",
    });
    expect(await note(vault, DANA)).toBe(await danaAfterDesign());
    const kai = (await readFile(path.join(FIXTURES, "expected", KAI), "utf8")).replaceAll("TODAY", today());
    expect(await note(vault, KAI)).toBe(kai);
    // Lee's note is CRLF and keeps it; nobody else (Sam is you) gets a note.
    expect(await note(vault, LEE)).toContain(`\r\n${DESIGN_CONTEXT}\r\n- 2026-01-20: Coffee in town`);
    expect(await readdir(path.join(vault, "People"))).not.toContain("Sam Reyes.md");
    const lines = (await note(vault, JOURNAL_FILE)).split("\n");
    expect(lines.pop()).toBe("");
    const journal = lines.map((l) => JSON.parse(l) as { kind?: string; meetingPath?: string; step?: string; path?: string; before?: string | null });
    expect(journal[0]).toEqual({ kind: "recap", meetingPath: DESIGN, appliedOn: today() });
    expect(journal.slice(1).map((l) => [l.step, l.path, l.before === null])).toEqual([
      ["plan", DANA, false],
      ["plan", LEE, false],
      ["plan", KAI, true],
      ["done", undefined, false],
    ]);
  });

  it("applying the same meeting again changes nothing", async () => {
    const vault = await copyVault();
    expect((await kith(vault, "recap", "apply", DESIGN)).status).toBe(0);
    const before = await snapshot(vault);
    const again = await kith(vault, "recap", "apply", path.join(vault, DESIGN));
    expect(again).toEqual({
      status: 0,
      stdout: `unchanged ${DANA}\nunchanged ${LEE}\nunchanged ${KAI}\n0 updated, 0 created, 0 failed\n`,
      stderr: "",
    });
    expect(await snapshot(vault)).toEqual(before);
  });

  it("keeps a Recent Context line the user edited when the meeting is applied again, and says so", async () => {
    const vault = await copyVault();
    expect((await kith(vault, "recap", "apply", DESIGN)).status).toBe(0);
    const edited = swap(await note(vault, DANA), [DESIGN_CONTEXT, "- 2026-03-10: [[2026-03-10 - Design session with Northwind]] - My own words. (via Northwind)"]);
    await writeFile(path.join(vault, DANA), edited);
    const kept = "  Kept your edited Recent Context line for [[2026-03-10 - Design session with Northwind]].";
    const dry = await kith(vault, "recap", "apply", DESIGN, "--dry-run");
    expect(dry).toEqual({ status: 0, stdout: "", stderr: `kith: ${DANA}: ${kept.trim()}\n` });
    expect(await kith(vault, "recap", "apply", DESIGN)).toEqual({
      status: 0,
      stdout: `unchanged ${DANA}\n${kept}\nunchanged ${LEE}\nunchanged ${KAI}\n0 updated, 0 created, 0 failed\n`,
      stderr: "",
    });
    expect(await note(vault, DANA)).toBe(edited);
  });

  it("applies a JSON recap: the meeting note is written too; --via overrides; again is a no-op", async () => {
    const vault = await copyVault();
    const meeting = "Meetings/2026-03-20 - Pilot kickoff Northwind Kith.md";
    const run = await kith(vault, "recap", "apply", KICKOFF);
    expect(run).toEqual({
      status: 0,
      stdout: `created ${meeting}\nupdated ${DANA}\ncreated People/Priya Raman.md\n1 updated, 2 created, 0 failed\n`,
      stderr: "",
    });
    expect(await note(vault, meeting)).toBe(
      [
        "---",
        "type: meeting",
        "date: '2026-03-20'",
        "title: 'Pilot kickoff: Northwind / Kith'",
        "attendees:",
        "- '[[Dana Okafor]]'",
        "- '[[Priya Raman]]'",
        "- Sam",
        "via: Northwind",
        "---",
        "",
        "# Pilot kickoff: Northwind / Kith",
        "",
        "## Summary",
        "",
        "Kicked off the pilot; the first jobs run next week.",
        "",
        "## Key Facts",
        "",
        "- Priya Raman: Approves the pilot budget.",
        "",
        "## Decisions",
        "",
        "- Weekly status by email.",
        "",
        "## Topics",
        "",
        "## Action Items",
        "",
        "- [ ] Share the runbook @DanaOkafor 📅 2026-03-27",
        "",
      ].join("\n"),
    );
    expect(await note(vault, "People/Priya Raman.md")).toContain(
      "\n## Key Facts\n\n- Approves the pilot budget.\n\n## Topics Discussed\n\n## Recent Context\n\n- 2026-03-20: [[2026-03-20 - Pilot kickoff Northwind Kith]] - Kicked off the pilot; the first jobs run next week. (via Northwind)\n",
    );

    const before = await snapshot(vault);
    const again = await kith(vault, "recap", "apply", KICKOFF);
    expect(again.stdout).toBe(`unchanged ${meeting}\nunchanged ${DANA}\nunchanged People/Priya Raman.md\n0 updated, 0 created, 0 failed\n`);
    expect(again.status).toBe(0);
    // Another via would make another meeting note: the one there is not overwritten.
    const other = await kith(vault, "recap", "apply", KICKOFF, "--via", "Contoso");
    expect(other.status).toBe(2);
    expect(other.stderr).toContain(`${meeting} already exists and differs from this recap`);
    expect(await snapshot(vault)).toEqual(before);

    const fresh = await copyVault();
    expect((await kith(fresh, "recap", "apply", KICKOFF, "--via", "Contoso")).status).toBe(0);
    expect(await note(fresh, meeting)).toContain("\nvia: Contoso\n");
    expect(await note(fresh, DANA)).toContain("Kicked off the pilot; the first jobs run next week. (via Contoso)\n");
  });

  it("refuses an ambiguous attendee, listing the candidates, then applies with --map", async () => {
    const vault = await copyVault();
    const refused = await kith(vault, "recap", "apply", REVIEW);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe(
      'kith: the recap cannot be applied; nothing was written.\n  "Ana" could be: Ana Lúcia Ferreira (People/Ana Lúcia Ferreira.md), Ana Souza (People/Ana Souza.md). Say who with --map "Ana=NAME".\n',
    );
    expect(await snapshot(vault)).toEqual(await snapshot(VAULT));

    const typo = await kith(vault, "recap", "apply", REVIEW, "--map", "Ana=Ana Lucia Ferrera");
    expect(typo).toMatchObject({ status: 2, stdout: "" });
    expect(typo.stderr).toContain('"Ana Lucia Ferrera" is no person note');

    const run = await kith(vault, "recap", "apply", REVIEW, "--map", "Ana=Ana Lúcia Ferreira");
    expect(run).toEqual({ status: 0, stdout: `updated ${ANA}\nupdated ${DANA}\n2 updated, 0 created, 0 failed\n`, stderr: "" });
    expect(await note(vault, ANA)).toContain("\n- 2026-03-12: [[2026-03-12 - Spark job review]] - Reviewed the Spark jobs the pilot will run.\n");
    expect(await note(vault, "People/Ana Souza.md")).toBe(await original("People/Ana Souza.md"));
  });

  it("--dry-run prints a diff that git apply turns into exactly what the real apply writes", async () => {
    const dry = await copyVault();
    const real = await copyVault();
    execFileSync("git", ["init", "-q"], { cwd: dry });
    const before = await snapshot(dry);
    const run = await kith(dry, "recap", "apply", DESIGN, "--dry-run");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(await snapshot(dry)).toEqual(before);
    expect(run.stdout).toMatch(/^--- a\/People\/Dana Okafor\.md\n\+\+\+ b\/People\/Dana Okafor\.md\n@@ -2,7 \+2,7 @@\n/);
    expect(run.stdout).toContain("\n--- /dev/null\n+++ b/People/Kai Brandt.md\n@@ -0,0 +1,92 @@\n");
    // Lee's note is CRLF: its lines keep their CR in the diff.
    expect(run.stdout).toContain(`\n+${DESIGN_CONTEXT}\r\n`);

    const patch = path.join(await tempDir(), "recap.diff");
    await writeFile(patch, run.stdout);
    execFileSync("git", ["apply", "--check", patch], { cwd: dry, stdio: "pipe" });
    execFileSync("git", ["apply", patch], { cwd: dry, stdio: "pipe" });
    expect((await kith(real, "recap", "apply", DESIGN)).status).toBe(0);
    const notes = (rel: string): boolean => rel.startsWith(".git/") || rel === JOURNAL_FILE;
    expect(await snapshot(dry, notes)).toEqual(await snapshot(real, notes));
  });

  it("a dry run of a JSON recap creates the meeting note in the diff; a no-op prints nothing", async () => {
    const vault = await copyVault();
    const dry = await kith(vault, "recap", "apply", KICKOFF, "--dry-run");
    expect(dry.stdout.startsWith("--- /dev/null\n+++ b/Meetings/2026-03-20 - Pilot kickoff Northwind Kith.md\n@@ -0,0 +1,30 @@\n")).toBe(true);
    expect(existsSync(path.join(vault, ".obsidian/plugins/kith/people-cache.json"))).toBe(false); // a dry run writes nothing, not even the cache
    expect((await kith(vault, "recap", "apply", DESIGN)).status).toBe(0);
    expect(await kith(vault, "recap", "apply", DESIGN, "--dry-run")).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  it("makes no person of an attendee named as a project's note (exit 1, said), and applies the others", async () => {
    const vault = await copyVault();
    const project = "Projects/quillfield foods pilot.md";
    await mkdir(path.join(vault, "Projects"), { recursive: true });
    await writeFile(path.join(vault, project), "# Quillfield Foods pilot\n\nThe plan.\n");
    const recap = path.join(vault, "pilot.json");
    await writeFile(recap, JSON.stringify({ date: "2026-03-21", title: "Pilot check", attendees: ["Dana Okafor", "Quillfield Foods pilot"], summary: "On track." }));
    const run = await kith(vault, "recap", "apply", recap);
    expect(run).toEqual({
      status: 1,
      stdout: [
        "created Meetings/2026-03-21 - Pilot check.md",
        `updated ${DANA}`,
        `failed People/Quillfield Foods pilot.md: ${project} has this name and is not a person note: no person note was made, so links to it stay its own. Add them as a new person by another name, or tag that note as a person.`,
        "1 updated, 1 created, 1 failed",
        "",
      ].join("\n"),
      stderr: "",
    });
    await expect(stat(path.join(vault, "People/Quillfield Foods pilot.md"))).rejects.toThrow();
    expect(await note(vault, project)).toBe("# Quillfield Foods pilot\n\nThe plan.\n");
  });

  it("reports a malformed attendee note (exit 1), leaves it untouched and applies the others", async () => {
    const vault = await copyVault();
    const run = await kith(vault, "recap", "apply", SYNC);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^updated ${DANA}\nfailed ${MORGAN}: .*Malformed frontmatter at line 5.*\n1 updated, 0 created, 1 failed\n$`));
    expect(await note(vault, MORGAN)).toBe(await original(MORGAN));
    expect(await note(vault, DANA)).toContain("- 2026-03-14: [[2026-03-14 - Weekly sync]] - Pilot on track.\n");

    const dry = await kith(await copyVault(), "recap", "apply", SYNC, "--dry-run");
    expect(dry.status).toBe(1);
    expect(dry.stderr).toContain(`kith: ${MORGAN} would fail: `);
  });

  it.each([
    ["a missing date", { title: "T", attendees: ["Dana Okafor"] }, "The recap's date is missing or not a date"],
    ["an invalid date", { date: "2026-02-30", title: "T", attendees: ["Dana Okafor"] }, '(YYYY-MM-DD): "2026-02-30"'],
    ["an empty title", { date: "2026-03-01", title: " ", attendees: ["Dana Okafor"] }, "The recap has no title."],
    ["no attendees", { date: "2026-03-01", title: "T" }, "The recap has no attendees."],
    ["a name with nothing file-safe", { date: "2026-03-01", title: "T", attendees: ["Dana Okafor", "???"] }, '"???" cannot be a file name'],
    ["attendees that are not names", { date: "2026-03-01", title: "T", attendees: "Dana" }, '"attendees" must be a list of names.'],
    ["an action without text", { date: "2026-03-01", title: "T", attendees: ["Dana Okafor"], actions: [{ owner: null }] }, '"actions"[0] must be'],
    ["a due that is no date", { date: "2026-03-01", title: "T", attendees: ["Dana Okafor"], actions: [{ text: "x", due: "soon" }] }, '"due" must be YYYY-MM-DD'],
  ])("refuses %s: exit 2, nothing written", async (_what, recap, message) => {
    const vault = await copyVault();
    const file = path.join(await tempDir(), "recap.json");
    await writeFile(file, JSON.stringify(recap));
    const run = await kith(vault, "recap", "apply", file);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(await snapshot(vault)).toEqual(await snapshot(VAULT));
  });

  it("refuses a meeting note outside the vault, a missing input and a bad --map", async () => {
    const vault = await copyVault();
    const outside = await kith(vault, "recap", "apply", path.join(VAULT, DESIGN));
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain("is outside the vault");
    expect((await kith(vault, "recap", "apply", "Meetings/nope.md")).stderr).toContain("No meeting note at Meetings/nope.md");
    expect((await kith(vault, "recap", "apply", REVIEW, "--map", "Ana")).stderr).toContain('--map "Ana": give NAME=PERSON');
    expect((await kith(vault, "recap", "apply", REVIEW, "--map", "Bo=Ana Souza")).stderr).toContain('the recap has no attendee "Bo"');
    expect(await snapshot(vault)).toEqual(await snapshot(VAULT));
  });
});

describe("kith recap undo", { timeout: TIMEOUT }, () => {
  it("restores changed notes byte for byte, moves created ones to .trash and deletes the record", async () => {
    const vault = await copyVault();
    expect((await kith(vault, "recap", "apply", DESIGN)).status).toBe(0);
    const run = await kith(vault, "recap", "undo");
    expect(run).toEqual({
      status: 0,
      stdout: `restored ${LEE}\nrestored ${DANA}\nremoved ${KAI} (moved to .trash)\n2 restored, 1 removed, 0 skipped\n`,
      stderr: "",
    });
    expect(await snapshot(vault, (rel) => rel.startsWith(".trash/"))).toEqual(await snapshot(VAULT));
    expect(await readdir(path.join(vault, ".trash"))).toEqual(["Kai Brandt.md"]);

    expect(await kith(vault, "recap", "undo")).toEqual({ status: 0, stdout: "No recap to undo.\n", stderr: "" });
  });

  it("undoes a JSON recap, meeting note included, and leaves a note edited since then (exit 1)", async () => {
    const vault = await copyVault();
    expect((await kith(vault, "recap", "apply", KICKOFF)).status).toBe(0);
    const edited = `${await note(vault, DANA)}Edited by hand.\n`;
    await writeFile(path.join(vault, DANA), edited);
    const run = await kith(vault, "recap", "undo");
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      "removed People/Priya Raman.md (moved to .trash)\nremoved Meetings/2026-03-20 - Pilot kickoff Northwind Kith.md (moved to .trash)\n" +
        `skipped ${DANA}: it changed after the recap\n0 restored, 2 removed, 1 skipped\n`,
    );
    expect(await note(vault, DANA)).toBe(edited);
    expect((await readdir(path.join(vault, ".trash"))).sort()).toEqual(["2026-03-20 - Pilot kickoff Northwind Kith.md", "Priya Raman.md"]);
    expect((await kith(vault, "recap", "undo")).stdout).toBe("No recap to undo.\n");
  });

  it("refuses a damaged undo record and keeps it", async () => {
    const vault = await copyVault();
    await writeFile(path.join(vault, OLD_UNDO_FILE), '{"kind":"recap","meetingPath":"x","entries":[{"path":1}]}');
    const run = await kith(vault, "recap", "undo");
    expect(run).toMatchObject({ status: 2, stdout: "" });
    expect(run.stderr).toBe(`kith: ${OLD_UNDO_FILE} is not a recap's undo record; nothing was undone.\n`);
    expect(await note(vault, OLD_UNDO_FILE)).toContain('"path":1');
  });

  it("refuses a damaged journal, naming the line, and keeps it", async () => {
    const vault = await copyVault();
    const damaged = `{"kind":"recap","meetingPath":"x","appliedOn":"2026-03-10"}\n{"step":"plan","path":1}\n`;
    await writeFile(path.join(vault, JOURNAL_FILE), damaged);
    const run = await kith(vault, "recap", "undo");
    expect(run).toEqual({ status: 2, stdout: "", stderr: `kith: ${JOURNAL_FILE}, line 2: not a line of a recap's journal; nothing was undone.\n` });
    expect(await note(vault, JOURNAL_FILE)).toBe(damaged);
  });
});

describe("kith recap help", { timeout: TIMEOUT }, () => {
  it("lists the recap commands and documents each", async () => {
    const group = await kith(null, "recap", "--help");
    expect(group.status).toBe(0);
    expect(group.stdout).toContain("recap apply");
    expect(group.stdout).toContain("recap undo");
    const apply = await kith(null, "recap", "apply", "--help");
    expect(apply.stdout).toContain("--map NAME=PERSON...");
    expect(apply.stdout).toContain(JOURNAL_FILE);
    expect((await kith(null, "recap", "undo", "--help")).stdout).toContain("Exit codes: 0 undone (or no recap to undo)");
  });
});
