import { describe, expect, it } from "vitest";
import { applyPlan, emptyRecap, KithError, planRecap, validateRecap, type Recap } from "../../../src/core";
import { EDIT_OPTIONS, fixtureVault, indexOf, planAndApply, SETTINGS, snapshot, TODAY } from "../../fixtures/recap/vault";

const GOOD: Recap = { ...emptyRecap(), date: "2026-03-10", title: "Sync", attendees: ["Dana Okafor"], summary: "Short sync." };

describe("validateRecap: bad input gets a clear message", () => {
  it.each([
    { why: "no date", recap: { ...GOOD, date: null }, code: "invalid-date", message: 'The recap\'s date is missing or not a date (YYYY-MM-DD): "".' },
    { why: "a date that does not exist", recap: { ...GOOD, date: "2026-02-30" }, code: "invalid-date", message: 'The recap\'s date is missing or not a date (YYYY-MM-DD): "2026-02-30".' },
    { why: "a date in another format", recap: { ...GOOD, date: "10/03/2026" }, code: "invalid-date", message: 'The recap\'s date is missing or not a date (YYYY-MM-DD): "10/03/2026".' },
    { why: "a date with a time", recap: { ...GOOD, date: "2026-03-10T09:00" }, code: "invalid-date", message: 'The recap\'s date is missing or not a date (YYYY-MM-DD): "2026-03-10T09:00".' },
    { why: "an empty title", recap: { ...GOOD, title: "" }, code: "invalid-value", message: "The recap has no title." },
    { why: "a blank title", recap: { ...GOOD, title: " \t " }, code: "invalid-value", message: "The recap has no title." },
    { why: "no attendees", recap: { ...GOOD, attendees: [] }, code: "invalid-value", message: "The recap has no attendees." },
    { why: "only blank attendees", recap: { ...GOOD, attendees: ["", "  "] }, code: "invalid-value", message: "The recap has no attendees." },
  ])("refuses $why", async ({ recap, code, message }) => {
    let thrown: unknown;
    try {
      validateRecap(recap);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KithError);
    expect(thrown).toMatchObject({ code, message });
    // planRecap refuses it the same way, and nothing is written.
    const store = fixtureVault();
    const before = snapshot(store);
    await expect(planAndApply(store, recap)).rejects.toThrow(message);
    expect(snapshot(store)).toEqual(before);
  });

  it("accepts a good recap", () => {
    expect(() => validateRecap(GOOD)).not.toThrow();
  });
});

describe("planRecap: problems found while planning block the apply", () => {
  it.each([
    {
      why: "an attendee name with nothing left once made file-safe",
      attendees: ["Dana Okafor", "???"],
      blocking: ['"???" cannot be a file name: nothing is left once unsafe characters are removed.'],
    },
    {
      why: "an attendee that is only brackets",
      attendees: ["[[]]", "Dana Okafor"],
      blocking: ['"[[]]" holds [[ or ]], which make a link: give the person\'s name itself.'],
    },
    {
      why: "an attendee given as a file name (no Notes.md.md)",
      attendees: ["Dana Okafor", "notes.MD"],
      blocking: ['"notes.MD" is a file name: give the person\'s name, without .md.'],
    },
    {
      why: "an ambiguous attendee",
      attendees: ["Ana", "Dana Okafor"],
      blocking: ['"Ana" could be Ana Lúcia Ferreira (People/Ana Lúcia Ferreira.md), Ana Souza (People/Ana Souza.md): choose one or a new person.'],
    },
    {
      why: "both",
      attendees: ["Tomas", "Ana", ":/"],
      blocking: [
        '"Tomas" could be Tomás Núñez (People/Tomás Núñez.md): choose one or a new person.',
        '"Ana" could be Ana Lúcia Ferreira (People/Ana Lúcia Ferreira.md), Ana Souza (People/Ana Souza.md): choose one or a new person.',
        '":/" cannot be a file name: nothing is left once unsafe characters are removed.',
      ],
    },
  ])("$why", async ({ attendees, blocking }) => {
    const store = fixtureVault();
    const before = snapshot(store);
    const plan = await planRecap({ ...GOOD, attendees }, { store, index: await indexOf(store), settings: SETTINGS, today: TODAY });
    expect(plan.blocking).toEqual(blocking);
    await expect(applyPlan(plan, store, EDIT_OPTIONS)).rejects.toThrow(blocking.join("\n"));
    expect(snapshot(store)).toEqual(before);
  });

  it("a title with nothing file-safe in it is refused before anything is planned", async () => {
    const store = fixtureVault();
    await expect(planAndApply(store, { ...GOOD, title: "<?>" })).rejects.toThrow('"<?>" cannot be a file name: nothing is left once unsafe characters are removed.');
  });

  it("a title is not checked for a file name when the meeting note exists", async () => {
    const store = fixtureVault({ "Meetings/notes.md": "---\ntype: meeting\n---\n" });
    const { plan } = await planAndApply(store, { ...GOOD, title: "<?>" }, { meetingPath: "Meetings/notes.md" });
    expect(plan.meetingLink).toBe("notes");
    expect(store.files.get("People/Dana Okafor.md")).toContain("- 2026-03-10: [[notes]] - Short sync.\n");
  });

  it("a new person whose file name is taken by a note that is not a person: reported, the others applied", async () => {
    const store = fixtureVault({ "People/Lee Chen.md": "# Lee Chen\n\nA page about Lee, not a person note.\n" });
    const { result } = await planAndApply(store, { ...GOOD, attendees: ["Lee Chen", "Dana Okafor"] });
    expect(result.failed).toEqual([{ path: "People/Lee Chen.md", attendee: "Lee Chen", error: "People/Lee Chen.md already exists but is not a person note." }]);
    expect(result.updated).toEqual(["People/Dana Okafor.md"]);
    expect(store.files.get("People/Lee Chen.md")).toBe("# Lee Chen\n\nA page about Lee, not a person note.\n");
  });

  it("a recap whose text would hide the rest of its new meeting note is refused, nothing written", async () => {
    const store = fixtureVault();
    const before = snapshot(store);
    const message = "The recap's text holds %%, <!-- or a code fence (```) that would hide the rest of its meeting note in Obsidian; write it another way.";
    await expect(planAndApply(store, { ...GOOD, summary: "Churn is down 5%%" })).rejects.toThrow(message);
    expect(snapshot(store)).toEqual(before);
    // Closed in the text, a comment hides only itself.
    await planAndApply(store, { ...GOOD, summary: "Churn is down %%5%%" });
    expect(store.files.get("People/Dana Okafor.md")).toContain("- 2026-03-10: [[2026-03-10 - Sync]] - Churn is down %%5%%\n");
  });

  it("a recap whose text holds control characters is refused, nothing written", async () => {
    const store = fixtureVault();
    const before = snapshot(store);
    await expect(planAndApply(store, { ...GOOD, summary: "ok \u001b[31mred" })).rejects.toThrow(
      "The recap's text holds control characters (such as a terminal's colour codes), which are no text; write it without them.",
    );
    expect(snapshot(store)).toEqual(before);
  });

  it("an attendee named as the recap's own new meeting note is no new person", async () => {
    const store = fixtureVault();
    const { result } = await planAndApply(store, { ...GOOD, attendees: ["Dana Okafor", "2026-03-10 - Sync"] });
    expect(result.failed).toEqual([
      {
        path: "People/2026-03-10 - Sync.md",
        attendee: "2026-03-10 - Sync",
        error: "Meetings/2026-03-10 - Sync.md has this name and is not a person note: no person note was made, so links to it stay its own. Add them as a new person by another name, or tag that note as a person.",
      },
    ]);
    expect(store.files.has("People/2026-03-10 - Sync.md")).toBe(false);
  });

  describe("a new attendee named as a note that is not a person (a project, a company)", () => {
    const PILOT = "Projects/Quillfield Foods pilot.md";
    const PROJECT = "# Quillfield Foods pilot\n\nThe pilot's plan.\n";
    const noteNamed = (fileName: string): string | null => (fileName.toLowerCase() === "quillfield foods pilot" ? PILOT : null);
    const recap = { ...GOOD, attendees: ["Quillfield Foods pilot", "Dana Okafor"] };

    it("is no new person: reported, the others applied, the meeting note's link left to that note", async () => {
      const store = fixtureVault({ [PILOT]: PROJECT });
      const { result } = await planAndApply(store, recap, { noteNamed });
      expect(result.failed).toEqual([
        {
          path: "People/Quillfield Foods pilot.md",
          attendee: "Quillfield Foods pilot",
          error: `${PILOT} has this name and is not a person note: no person note was made, so links to it stay its own. Add them as a new person by another name, or tag that note as a person.`,
        },
      ]);
      expect(result.updated).toEqual(["People/Dana Okafor.md"]);
      expect(store.files.has("People/Quillfield Foods pilot.md")).toBe(false);
      expect(store.files.get(PILOT)).toBe(PROJECT);
      expect(store.files.get("Meetings/2026-03-10 - Sync.md")).toContain("[[Quillfield Foods pilot]]");
    });

    it("is made a person when the user chose them as a new person", async () => {
      const store = fixtureVault({ [PILOT]: PROJECT });
      const { result } = await planAndApply(store, recap, { noteNamed, newPeople: new Set(["Quillfield Foods pilot"]) });
      expect(result.failed).toEqual([]);
      expect(store.files.has("People/Quillfield Foods pilot.md")).toBe(true);
    });
  });
});
