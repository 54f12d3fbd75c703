/**
 * `kith dates`: key dates coming up, from people kept in several layouts (our own invented
 * people): Properties, the default layout's contact table with vCard's no-year birthday, and a
 * Dataview inline field (Dataview's "Adding Metadata" documentation shows `Key:: value`).
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { KITH, settingsFile, tempDir, type Run } from "./run-kith";

const NOTES: Record<string, string> = {
  "People/Ana Lima.md": ["---", "tags: [Person]", "Company: Tailspin Toys", "birthday: 1990-04-02", "first met: 2019-04-10", "---", "", "```dataview", "LIST", "```", ""].join("\n"),
  "People/Bo Berg.md": [
    "---",
    "type: people",
    "title: Bo Berg",
    "---",
    "",
    "# Bo Berg",
    "",
    "## Contact Information",
    "",
    "| Field | Value |",
    "|-------|-------|",
    "| **Role** | Designer |",
    "| **Birthday** | --04-02 |",
    "",
  ].join("\n"),
  "People/Cy Tan.md": ["---", "type: person", "---", "", "# Cy Tan", "", "Email:: cy@tan.example", "Anniversary:: 2015-03-30", ""].join("\n"),
  "People/Di Ng.md": ["---", "tags: [Person]", "birthday: 1990-02-30", "---", ""].join("\n"),
  "Meetings/2026-03-01 - Standup.md": ["# Standup", "", "Birthday:: 1990-03-27", ""].join("\n"),
};

/** `kith dates` on `vault` with today fixed (at 25 March 2026). */
function datesOn(today: string, vault: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env, KITH_TODAY: today };
    const child = execFile(process.execPath, [KITH, "dates", ...args, "--vault", vault], { encoding: "utf8", env }, (_error, stdout, stderr) => {
      resolve({ status: child.exitCode, stdout, stderr });
    });
  });
}

const dates = (vault: string, ...args: string[]): Promise<Run> => datesOn("2026-03-25", vault, ...args);

let vault = "";
beforeAll(async () => {
  vault = await tempDir();
  await mkdir(path.join(vault, ".obsidian", "plugins", "kith"), { recursive: true });
  for (const [file, text] of Object.entries(NOTES)) {
    await mkdir(path.dirname(path.join(vault, file)), { recursive: true });
    await writeFile(path.join(vault, file), text);
  }
});

describe("kith dates", () => {
  it("the next 30 days from today, soonest first, then by name; one line a date", async () => {
    const run = await dates(vault);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      [
        "2026-03-30\tCy Tan\tAnniversary (11 years)\tPeople/Cy Tan.md",
        "2026-04-02\tAna Lima\tBirthday (turns 36)\tPeople/Ana Lima.md",
        "2026-04-02\tBo Berg\tBirthday\tPeople/Bo Berg.md",
        "",
      ].join("\n"),
    );
    expect(run.status).toBe(0);
  });

  it("--days N and --json: the next occurrence, the value as written, the years or null", async () => {
    const run = await dates(vault, "--days", "5", "--json");
    expect(JSON.parse(run.stdout)).toEqual([
      { name: "Cy Tan", path: "People/Cy Tan.md", key: "anniversary", label: "Anniversary", date: "2026-03-30", value: "2015-03-30", years: 11 },
    ]);
    expect(run.status).toBe(0);
  });

  it("says when there are none; --days 0 is today only", async () => {
    expect((await dates(vault, "--days", "0")).stdout).toBe("No key dates today.\n");
    expect((await dates(vault, "--days", "4")).stdout).toBe("No key dates in the next 4 days.\n");
  });

  it("refuses a --days that is no whole number or over a year, and writes nothing", async () => {
    for (const days of ["--days=-3", "--days=a week", "--days=2.5", "--days=367", "--days=99999999999"]) {
      const run = await dates(vault, days);
      expect(run.stderr).toBe(`kith: dates: --days must be a whole number of days from 0 to 366 (a year: each date comes once), not "${days.slice(7)}".\n`);
      expect(run.stdout).toBe("");
      expect(run.status).toBe(2);
    }
  });

  it("KITH_TODAY must be a date", async () => {
    const run = await datesOn("2026-3-5", vault);
    expect([run.status, run.stdout, run.stderr]).toEqual([2, "", 'kith: KITH_TODAY must be a date written YYYY-MM-DD, not "2026-3-5".\n']);
  });

  it("the fields the settings name are key dates too", async () => {
    const named = await tempDir();
    await mkdir(path.join(named, ".obsidian", "plugins", "kith"), { recursive: true });
    await mkdir(path.join(named, "People"));
    await writeFile(path.join(named, "People/Ana Lima.md"), NOTES["People/Ana Lima.md"] ?? "");
    await writeFile(settingsFile(named), JSON.stringify({ keyDateFields: ["First met"] }));
    const run = await dates(named, "--days", "20");
    expect(run.stdout).toBe(["2026-04-02\tAna Lima\tBirthday (turns 36)\tPeople/Ana Lima.md", "2026-04-10\tAna Lima\tFirst met (7 years)\tPeople/Ana Lima.md", ""].join("\n"));
  });
});
