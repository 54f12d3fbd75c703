import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_VAULT, copyVault, fixture, kith, settingsFile, tempDir } from "./run-kith";

const DANA = "Contacts/Dana Okafor.md";

describe("kith errors: exit 2, message on stderr, nothing written", () => {
  it("refuses an ambiguous name and lists the people it names", async () => {
    const vault = await copyVault();
    const twin = "Contacts/Dana Okafor (Northwind).md";
    await writeFile(path.join(vault, twin), await fixture(DANA));
    expect(await kith(vault, "person", "add-fact", "Dana Okafor", "x")).toEqual({
      status: 2,
      stdout: "",
      stderr: `kith: "Dana Okafor" names 2 people: Dana Okafor (${twin}), Dana Okafor (${DANA}).\n`,
    });
    expect(await readFile(path.join(vault, DANA), "utf8")).toBe(await fixture(DANA));
    expect(await readFile(path.join(vault, twin), "utf8")).toBe(await fixture(DANA));
  });

  it("refuses a first name alone, and a name nobody has", async () => {
    expect((await kith(FIXTURE_VAULT, "person", "show", "Dana")).stderr).toBe(
      `kith: "Dana" matches only part of a name: Dana Okafor (${DANA}). Use the full name or the path.\n`,
    );
    expect(await kith(FIXTURE_VAULT, "person", "show", "Nobody")).toEqual({ status: 2, stdout: "", stderr: 'kith: No person note named "Nobody".\n' });
  });

  it("refuses to edit a note with malformed YAML and leaves it byte for byte", async () => {
    const vault = await copyVault();
    const file = "Contacts/Morgan Blake.md";
    const before = await readFile(path.join(vault, file));
    expect(await kith(vault, "person", "add-fact", file, "x")).toEqual({
      status: 2,
      stdout: "",
      stderr: `kith: ${file}: Malformed frontmatter at line 5: missed comma between flow collection entries\n`,
    });
    expect((await readFile(path.join(vault, file))).equals(before)).toBe(true);
  });

  it("refuses a note that is not a person note", async () => {
    const vault = await copyVault();
    const file = "Meetings/2026-03-02 - Pilot scoping call.md";
    expect(await kith(vault, "person", "add-fact", file, "x")).toEqual({
      status: 2,
      stdout: "",
      stderr: `kith: ${file} is not a person note: no type, category or tag of person, people, contact, and not in the people folder (Contacts).\n`,
    });
    expect(await readFile(path.join(vault, file), "utf8")).toBe(await fixture(file));
  });

  it("refuses paths outside the vault", async () => {
    const outside = await tempDir();
    const vault = await copyVault(path.join(outside, "vault"));
    const victim = path.join(outside, "Victim.md");
    await writeFile(victim, "---\ntype: people\n---\n# Victim\n");
    expect(await kith(vault, "person", "add-fact", "../Victim.md", "x")).toEqual({ status: 2, stdout: "", stderr: "kith: ../Victim.md is outside the vault.\n" });
    expect((await kith(vault, "person", "show", victim)).stderr).toBe(`kith: ${victim} is an absolute path; give a path inside the vault.\n`);
    expect(await readFile(victim, "utf8")).toBe("---\ntype: people\n---\n# Victim\n");
  });

  it("refuses bad command lines", async () => {
    const cases: Array<[string | null, string[], string]> = [
      [FIXTURE_VAULT, ["person", "list", "--bogus"], `kith: person list: Unknown option '--bogus'. Run "kith person list --help".\n`],
      [FIXTURE_VAULT, ["person", "add-fact", "Pri"], `kith: person add-fact: expected <name> <text>, got 1 argument. Run "kith person add-fact --help".\n`],
      [
        FIXTURE_VAULT,
        ["person", "add-fact", "Pri", "-2% churn"],
        `kith: person add-fact: Unknown option '-2'. To give text that starts with "-", put -- before it: kith person add-fact <name> -- "-2% churn". Run "kith person add-fact --help".\n`,
      ],
      [FIXTURE_VAULT, ["person", "frob"], `kith: unknown command "person frob". Run "kith person --help".\n`],
      [null, ["person", "list"], "kith: missing --vault DIR (or KITH_VAULT), and no folder from here up holds .obsidian.\n"],
    ];
    const runs = await Promise.all(cases.map(([vault, args]) => kith(vault, ...args)));
    expect(runs).toEqual(cases.map(([, , stderr]) => ({ status: 2, stdout: "", stderr })));
    const none = await kith(null);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^Usage: kith <command>/);
  });

  it("refuses an unreadable data.json rather than guessing the people folder", async () => {
    const vault = await copyVault();
    await writeFile(settingsFile(vault), "{ nope");
    const run = await kith(vault, "person", "new", "Alex Kim");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^kith: \.obsidian\/plugins\/kith\/data\.json is not valid JSON/);
  });
});

describe("kith --help", () => {
  const commands = ["", "person", "person list", "person show", "person new", "person add-fact", "person add-decision", "person add-topic", "person set-field", "person touch", "doctor"];
  it("prints usage for every command and group, with --help or -h", async () => {
    const runs = await Promise.all(commands.map((c, i) => kith(null, ...c.split(" ").filter(Boolean), i % 2 === 0 ? "--help" : "-h")));
    runs.forEach((run, i) => {
      const command = commands[i] ?? "";
      const usage = command === "" || command === "person" ? `Usage: kith ${command}${command ? " " : ""}<command>` : `Usage: kith ${command} `;
      expect({ command, status: run.status, stderr: run.stderr, usage: run.stdout.startsWith(usage) }).toEqual({ command, status: 0, stderr: "", usage: true });
    });
  });

  it("wins over arguments that would not parse", async () => {
    const run = await kith(null, "person", "touch", "--bogus", "-h");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--date YYYY-MM-DD");
  });
});
