import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { kith, note, tempDir } from "./run-kith";

/** Each test runs the CLI several times; a busy machine must not fail it. */
const TIMEOUT = 60_000;

const FIXTURES = fileURLToPath(new URL("../fixtures/cli-recap", import.meta.url));
const ZOOM = path.join(FIXTURES, "zoom-summary.txt");

const RECAP = {
  date: "2026-03-10",
  title: "Replication deep dive with Northwind",
  attendees: ["Dana Okafor", "Sam Reyes", "Kai Brandt"],
  via: null,
  summary: "Dana and Sam walked through the replication design. They agreed to pilot on two clusters before the end of the quarter.",
  facts: ["Dana explained that Northwind runs two data centres active-active, 40 ms apart."],
  decisions: ["Pilot on two clusters."],
  topics: ["Replication design"],
  actions: [
    { text: "Send the cluster sizing sheet", owner: "Dana Okafor", due: "2026-03-17" },
    { text: "Book the design review", owner: "Kai Brandt", due: null },
  ],
};

const DATE_WARNING = 'Date "03/10/2026" could be 2026-03-10 or 2026-10-03: set the meeting date.';

describe("kith recap parse", { timeout: TIMEOUT }, () => {
  it("--json prints what Paste recap reads, with warnings; an unsure date is null", async () => {
    const run = await kith(null, "recap", "parse", ZOOM, "--json");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({
      ...RECAP,
      date: null,
      // The due date stays in the text until the meeting date is known.
      actions: [{ text: "Send the cluster sizing sheet by March 17", owner: "Dana Okafor", due: null }, RECAP.actions[1]],
      warnings: [DATE_WARNING, 'Due "by March 17" of "Send the cluster sizing sheet" needs the meeting date.'],
    });
  });

  it("--date settles the date (and relative due dates)", async () => {
    const run = await kith(null, "recap", "parse", ZOOM, "--json", "--date", "2026-03-10");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ ...RECAP, warnings: [] });
  });

  it("prints a meeting note; without a sure date it prints the warnings and exits 2", async () => {
    const refused = await kith(null, "recap", "parse", ZOOM);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain(`kith: warning: ${DATE_WARNING}\n`);
    expect(refused.stderr).toContain("--date YYYY-MM-DD");

    const run = await kith(null, "recap", "parse", ZOOM, "--date", "2026-03-10");
    expect(run).toEqual({
      status: 0,
      stderr: "",
      stdout: [
        "---",
        "type: meeting",
        "date: '2026-03-10'",
        "title: Replication deep dive with Northwind",
        "attendees:",
        "- Dana Okafor",
        "- Sam Reyes",
        "- Kai Brandt",
        "---",
        "",
        "# Replication deep dive with Northwind",
        "",
        "## Summary",
        "",
        RECAP.summary,
        "",
        "## Key Facts",
        "",
        `- ${RECAP.facts[0]}`,
        "",
        "## Decisions",
        "",
        "- Pilot on two clusters.",
        "",
        "## Topics",
        "",
        "Replication design",
        "",
        "## Action Items",
        "",
        "- [ ] Send the cluster sizing sheet @DanaOkafor 📅 2026-03-17",
        "- [ ] Book the design review @KaiBrandt",
        "",
      ].join("\n"),
    });
  });

  it("its JSON is a recap apply takes", async () => {
    const vault = await tempDir();
    await cp(path.join(FIXTURES, "vault"), vault, { recursive: true });
    const json = path.join(await tempDir(), "recap.json");
    await writeFile(json, (await kith(null, "recap", "parse", ZOOM, "--json", "--date", "2026-03-10")).stdout);
    const run = await kith(vault, "recap", "apply", json, "--via", "Northwind");
    expect(run).toEqual({
      status: 0,
      stdout: "created Meetings/2026-03-10 - Replication deep dive with Northwind.md\nupdated People/Dana Okafor.md\ncreated People/Kai Brandt.md\n1 updated, 2 created, 0 failed\n",
      stderr: "",
    });
    expect(await note(vault, "People/Kai Brandt.md")).toContain("\n- ✅ Pilot on two clusters.\n");
  });

  it("with --vault knows the vault's people and you: your name is no attendee, a Cc'd person who acted attends, one named is mentioned", async () => {
    const vault = await tempDir();
    await cp(path.join(FIXTURES, "vault"), vault, { recursive: true });
    const mail = path.join(await tempDir(), "mail.txt");
    await writeFile(
      mail,
      [
        "From: Sam Reyes <sam@acme.example>",
        "To: Dana Okafor <dana@northwind.example>",
        "Cc: Lee Chen <lee@northwind.example>",
        "Subject: Recap: runbook review",
        "Date: Thu, 12 Mar 2026 18:05:00 +0000",
        "",
        "Hi Dana,",
        "",
        "Lee presented the runbook. Ana raised two alerts. We agreed that the runbook moves to the wiki.",
        "",
        "Next steps",
        "- Dana to check the alerts with Ana Souza.",
        "",
        "Thanks,",
        "Sam",
      ].join("\n"),
    );
    const run = await kith(vault, "recap", "parse", mail, "--json");
    expect(run.stderr).toBe("");
    const read = JSON.parse(run.stdout) as Record<string, unknown>;
    expect([read.attendees, read.mentioned, read.decisions, read.warnings]).toEqual([
      ["Dana Okafor", "Lee Chen"],
      ["Ana Souza"],
      ["The runbook moves to the wiki."],
      ['"Ana" could be Ana Lúcia Ferreira or Ana Souza: check who it is.', 'Date "Thu, 12 Mar 2026" is when the email was sent: check it is the meeting\'s date.'],
    ]);
    // Without the vault, you (Sam Reyes, the sender) are read as an attendee.
    const unknowing = JSON.parse((await kith(null, "recap", "parse", mail, "--json")).stdout) as Record<string, unknown>;
    expect(unknowing.attendees).toEqual(["Sam Reyes", "Dana Okafor", "Lee Chen"]);
  });

  it("refuses a bad --date, a missing file and an empty text", async () => {
    const bad = await kith(null, "recap", "parse", ZOOM, "--date", "10/03/2026");
    expect(bad).toMatchObject({ status: 2, stdout: "" });
    expect(bad.stderr).toContain('--date "10/03/2026" is not a date');
    expect((await kith(null, "recap", "parse", path.join(FIXTURES, "nope.txt"))).stderr).toContain("Cannot read");
    const empty = path.join(await tempDir(), "empty.txt");
    await writeFile(empty, "\n");
    expect(await kith(null, "recap", "parse", empty, "--json")).toMatchObject({ status: 2, stderr: `kith: ${empty} is empty.\n` });
    expect((await kith(null, "recap", "parse", "--help")).stdout).toContain("Usage: kith recap parse <file> [options]");
  });
});
