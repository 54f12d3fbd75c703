/** Many kith processes at once on one vault: every edit reported done is in the note, one person gets one note. */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyVault, kith, note, type Run } from "./run-kith";

const DANA = "Contacts/Dana Okafor.md";
/** Generous: the processes run at once and the machine may be slow; nothing here is timed. */
const TIMEOUT = 180_000;

/** Each run that exited 0 has its fact in the note; any other exited 2 saying why, with nothing written. */
async function expectEveryReportedFact(vault: string, facts: string[], runs: Run[]): Promise<void> {
  const text = await note(vault, DANA);
  runs.forEach((run, i) => {
    if (run.status === 0) {
      expect(run.stdout, facts[i]).toMatch(/^Added key fact/);
      expect(text, `reported done but missing: ${facts[i]}`).toContain(`- ${facts[i]}`);
    } else {
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/^kith: Contacts\/Dana Okafor\.md (is locked by another kith process \(pid \d+\)|kept changing while Kith was editing it); nothing was written\. Try again\.\n$/);
      expect(text).not.toContain(`- ${facts[i]}`);
    }
  });
  // No lock or temporary file is left behind.
  expect((await readdir(path.join(vault, "Contacts"))).filter((f) => f.startsWith("."))).toEqual([]);
}

function addFacts(vault: string, facts: string[]): Promise<Run[]> {
  return Promise.all(facts.map((fact) => kith(vault, "person", "add-fact", "Dana Okafor", fact)));
}

describe("concurrent kith processes", () => {
  it(
    "20 add-fact processes on one note: every one that exits 0 has its fact in the note",
    async () => {
      const vault = await copyVault();
      const facts = Array.from({ length: 20 }, (_, i) => `Concurrent fact number ${i + 1}.`);
      const runs = await addFacts(vault, facts);
      await expectEveryReportedFact(vault, facts, runs);
      expect(runs.filter((r) => r.status === 0).length).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    "2 add-fact processes at once, 15 times: no reported fact is lost",
    async () => {
      const vault = await copyVault();
      for (let round = 1; round <= 15; round++) {
        const facts = [`Round ${round}, first process.`, `Round ${round}, second process.`];
        await expectEveryReportedFact(vault, facts, await addFacts(vault, facts));
      }
    },
    TIMEOUT,
  );

  it(
    "person new with one name written five ways, all at once, twice over: one note, every run prints it",
    async () => {
      const vault = await copyVault();
      const names = ["Zoë Adeyemi", "zoë adeyemi", "Adeyemi, Zoë", "Zoe\u0308 Adeyemi", "ZOË ADEYEMI"];
      const runs = await Promise.all([...names, ...names].map((name) => kith(vault, "person", "new", name)));
      const created = (await readdir(path.join(vault, "Contacts"))).filter((f) => /adeyemi/i.test(f));
      // Whichever process came first named the file.
      expect(created).toHaveLength(1);
      // The others say on stderr that the person has a note already.
      const already = `kith: ${created[0]?.replace(/\.md$/, "")} has a note already: Contacts/${created[0]}. Nothing written.\n`;
      expect(runs.map((run) => run.stderr).sort()).toEqual(["", ...Array<string>(runs.length - 1).fill(already)]);
      for (const run of runs) expect(run).toMatchObject({ status: 0, stdout: `Contacts/${created[0]}\n` });
      expect((await readdir(vault)).filter((f) => f.includes("kith"))).toEqual([]);
    },
    TIMEOUT,
  );
});
