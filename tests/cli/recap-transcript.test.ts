/** kith recap parse / apply on transcripts (tests/fixtures/transcripts): speakers as attendees, the meeting note linking the transcript. */
import { copyFile, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { newPersonNote } from "../../src/core";
import { kith, settingsFile, tempDir } from "./run-kith";

const TIMEOUT = 60_000;
const TRANSCRIPT = (file: string): string => fileURLToPath(new URL(`../fixtures/transcripts/${file}`, import.meta.url));
const OTTER = "20260310 1400 - Northwind weekly.txt";
const TEAMS = "Capacity planning.vtt";

/** A vault with Dana Okafor and you (Robin Berg), and the Otter transcript in Transcripts/. */
async function vault(): Promise<string> {
  const dir = await tempDir();
  await mkdir(path.join(dir, "People"), { recursive: true });
  await mkdir(path.join(dir, "Transcripts"), { recursive: true });
  await writeFile(path.join(dir, "People", "Dana Okafor.md"), newPersonNote("Dana Okafor", { today: "2026-02-01", email: "dana.okafor@northwind.example" }));
  await copyFile(TRANSCRIPT(OTTER), path.join(dir, "Transcripts", OTTER));
  await mkdir(path.dirname(settingsFile(dir)), { recursive: true });
  await writeFile(settingsFile(dir), JSON.stringify({ myName: "Robin Berg" }));
  return dir;
}

describe("kith recap parse on a transcript", { timeout: TIMEOUT }, () => {
  it("--json: speakers as attendees, unnamed ones as warnings, the link, nothing said", async () => {
    const run = await kith(null, "recap", "parse", TRANSCRIPT(TEAMS), "--json", "--date", "2026-03-04");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      date: "2026-03-04",
      title: "Capacity planning",
      attendees: ["Priya Raman", "Sam Reyes"],
      via: null,
      summary: "",
      facts: [],
      decisions: [],
      topics: [],
      actions: [],
      transcript: TRANSCRIPT(TEAMS),
      warnings: ['The transcript does not name "Unknown Speaker": add who it was to the attendees.'],
    });
  });

  it("prints the meeting note, dated from the file name, with the warnings on stderr; a path outside any vault as written", async () => {
    const run = await kith(null, "recap", "parse", TRANSCRIPT(OTTER), "--title", "Weekly");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('kith: warning: The transcript does not name "Speaker 1": add who it was to the attendees.\n');
    expect(run.stdout.split("---")[1]).toBe(`\ntype: meeting\ndate: '2026-03-10'\ntitle: Weekly\nattendees:\n- Dana Okafor\n- Sam Reyes\ntranscript: ${TRANSCRIPT(OTTER)}\n`);
  });

  it("refuses a .vtt that is not one, naming it", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "broken.vtt");
    await writeFile(file, "Dana Okafor said hello.\n");
    const run = await kith(null, "recap", "parse", file);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`kith: ${file} is not a WebVTT or SRT transcript (no WEBVTT line or numbered cues).\n`);
  });
});

describe("kith recap apply on a transcript", { timeout: TIMEOUT }, () => {
  it("writes the meeting note linking the transcript in the vault; speakers matched or new; the words stay in the transcript", async () => {
    const dir = await vault();
    const run = await kith(dir, "recap", "apply", `Transcripts/${OTTER}`);
    expect(run.stderr).toBe('kith: warning: The transcript does not name "Speaker 1": add who it was to the attendees.\n');
    expect(run.stdout).toBe("created Meetings/2026-03-10 - Northwind weekly.md\nupdated People/Dana Okafor.md\ncreated People/Sam Reyes.md\n1 updated, 2 created, 0 failed\n");
    const meeting = await readFile(path.join(dir, "Meetings/2026-03-10 - Northwind weekly.md"), "utf8");
    expect(meeting.split("---")[1]).toBe(`\ntype: meeting\ndate: '2026-03-10'\ntitle: Northwind weekly\nattendees:\n- '[[Dana Okafor]]'\n- '[[Sam Reyes]]'\ntranscript: '[[Transcripts/${OTTER}]]'\n`);
    const dana = await readFile(path.join(dir, "People/Dana Okafor.md"), "utf8");
    expect(dana).toContain("- 2026-03-10: [[2026-03-10 - Northwind weekly]]\n");
    expect(dana).not.toContain("two clusters up");
    const again = await kith(dir, "recap", "apply", `Transcripts/${OTTER}`);
    expect(again.stdout).toBe("unchanged Meetings/2026-03-10 - Northwind weekly.md\nunchanged People/Dana Okafor.md\nunchanged People/Sam Reyes.md\n0 updated, 0 created, 0 failed\n");
  });

  it("a transcript without a date in its name needs --date; nothing is written without one", async () => {
    const dir = await vault();
    const refused = await kith(dir, "recap", "apply", TRANSCRIPT(TEAMS));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`The recap's date is missing or not a date (YYYY-MM-DD): "".`);
    expect(await readdir(dir)).not.toContain("Meetings");
    const run = await kith(dir, "recap", "apply", TRANSCRIPT(TEAMS), "--date", "2026-03-04", "--title", "Capacity review");
    expect(run.stdout).toBe("created Meetings/2026-03-04 - Capacity review.md\ncreated People/Priya Raman.md\ncreated People/Sam Reyes.md\n0 updated, 3 created, 0 failed\n");
    // Outside the vault, the meeting note names the transcript by its path.
    expect(await readFile(path.join(dir, "Meetings/2026-03-04 - Capacity review.md"), "utf8")).toContain(`\ntranscript: ${TRANSCRIPT(TEAMS)}\n`);
  });
});
