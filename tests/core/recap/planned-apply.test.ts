import { describe, expect, it } from "vitest";
import { applyPlan, MemoryNoteStore, planRecap, type NoteEdit, type ProcessResult, type Recap, type RecapPlan } from "../../../src/core";
import { editInputs, plannedAfter } from "../../../src/core/recap/plan";
import { change } from "../helpers";
import { EDIT_OPTIONS, fixtureVault, indexOf, person, SETTINGS, snapshot, TODAY } from "../../fixtures/recap/vault";

/**
 * The apply writes the planned text when a note is still as planned (the edit is not run a
 * second time), and edits a note that changed since the plan afresh from its current text.
 */

const DANA = "People/Dana Okafor.md";
const ANA_SOUZA = "People/Ana Souza.md";
const ANA_LUCIA = "People/Ana Lúcia Ferreira.md";

/**
 * "Dana" next to "Dana Okafor" is Dana Okafor; "Ana:" names two attendees and stays shared, as
 * written; "Okafor, Dana:" is Dana's; `✅ Dana:` is her decision; you (Sam) are not updated.
 */
const RECAP: Recap = {
  date: "2026-03-12",
  title: "Runbook review",
  attendees: ["Dana", "Dana Okafor", "Ana Lúcia Ferreira", "Ana Souza", "Sam Reyes"],
  via: "Northwind",
  summary: "Reviewed the runbook.",
  facts: ["Dana: Owns the runbook.", "Ana: Joins the sync.", "Ana Souza: Leads QA.", "Okafor, Dana: Lives in Leeds.", "Budget: $2M"],
  decisions: ["✅ Dana: Signs off the pilot plan.", "Ship in May."],
  topics: ["Runbook"],
  actions: [],
  tags: [],
};

const LINE = "- 2026-03-12: [[2026-03-12 - Runbook review]] - Reviewed the runbook. (via Northwind)";

const DANA_AFTER = change(
  person("Dana Okafor"),
  ["last_contact: '2026-03-02'", "last_contact: '2026-03-12'"],
  [
    "- Wants an S3-compatible endpoint first; GCS API later.\n",
    "- Wants an S3-compatible endpoint first; GCS API later.\n- Owns the runbook.\n- Ana: Joins the sync.\n- Lives in Leeds.\n- Budget: $2M\n",
  ],
  ["Lakehouse replication, Capacity planning, Pilot scoping", "Lakehouse replication, Capacity planning, Pilot scoping, Runbook"],
  ["## Recent Context\n\n", `## Recent Context\n\n${LINE}\n`],
  [
    "- ✅ Send consolidated questions before the design session.\n",
    "- ✅ Send consolidated questions before the design session.\n- ✅ Signs off the pilot plan.\n- ✅ Ship in May.\n",
  ],
  ["*Last updated: *", `*Last updated: ${TODAY}*`],
);

/** Ana Souza: her own fact, the shared ones (the "Ana:" one as written), not Dana's. */
const ANA_SOUZA_AFTER = change(
  person("Ana Souza"),
  ["last_contact: '2026-02-20'", "last_contact: '2026-03-12'"],
  ["- Covers the Contoso account from Lisbon.\n", "- Covers the Contoso account from Lisbon.\n- Ana: Joins the sync.\n- Leads QA.\n- Budget: $2M\n"],
  ["\nRenewals\n", "\nRenewals, Runbook\n"],
  ["## Recent Context\n\n", `## Recent Context\n\n${LINE}\n`],
  ["## Key Decisions\n\n", "## Key Decisions\n\n- ✅ Ship in May.\n\n"],
  ["*Last updated: *", `*Last updated: ${TODAY}*`],
);

const ANA_LUCIA_AFTER = change(
  person("Ana Lúcia Ferreira"),
  ["last_contact: '2026-02-20'", "last_contact: '2026-03-12'"],
  ["- Maintains the Spark job catalogue.\n", "- Maintains the Spark job catalogue.\n- Ana: Joins the sync.\n- Budget: $2M\n"],
  ["\nSpark jobs\n", "\nSpark jobs, Runbook\n"],
  ["## Recent Context\n\n", `## Recent Context\n\n${LINE}\n`],
  ["## Key Decisions\n\n", "## Key Decisions\n\n- ✅ Ship in May.\n\n"],
  ["*Last updated: *", `*Last updated: ${TODAY}*`],
);

/** A memory store that runs a hand edit on one note just before the recap's write reaches it. */
class EditedBeforeWrite extends MemoryNoteStore {
  constructor(
    files: Record<string, string>,
    private readonly edits: ReadonlyMap<string, (text: string) => string>,
  ) {
    super(files);
  }

  override async process(path: string, edit: NoteEdit): Promise<ProcessResult> {
    const hand = this.edits.get(path);
    const current = this.files.get(path);
    if (hand && current !== undefined) this.files.set(path, hand(current));
    return super.process(path, edit);
  }
}

async function planOn(store: MemoryNoteStore, recap: Recap = RECAP, today = TODAY): Promise<RecapPlan> {
  return planRecap(recap, { store, index: await indexOf(store), settings: SETTINGS, today });
}

describe("applying a plan whose notes are as planned", () => {
  it("writes exactly the planned text, the same as editing the note", async () => {
    const store = fixtureVault();
    const before = snapshot(store);
    const plan = await planOn(store);
    expect(plan.blocking).toEqual([]);
    expect(plan.notes.map((n) => [n.attendee, n.path, n.after])).toEqual([
      ["Dana Okafor", DANA, DANA_AFTER],
      ["Ana Lúcia Ferreira", ANA_LUCIA, ANA_LUCIA_AFTER],
      ["Ana Souza", ANA_SOUZA, ANA_SOUZA_AFTER],
    ]);
    const result = await applyPlan(plan, store, EDIT_OPTIONS);
    expect(result).toMatchObject({ updated: [DANA, ANA_LUCIA, ANA_SOUZA], created: ["Meetings/2026-03-12 - Runbook review.md"], unchanged: [], failed: [] });
    expect(store.files.get(DANA)).toBe(DANA_AFTER);
    expect(store.files.get(ANA_LUCIA)).toBe(ANA_LUCIA_AFTER);
    expect(store.files.get(ANA_SOUZA)).toBe(ANA_SOUZA_AFTER);
    // Undo records each note as it was and as written.
    expect(result.undo.entries.slice(1)).toEqual([
      { path: DANA, before: before.get(DANA), after: DANA_AFTER },
      { path: ANA_LUCIA, before: before.get(ANA_LUCIA), after: ANA_LUCIA_AFTER },
      { path: ANA_SOUZA, before: before.get(ANA_SOUZA), after: ANA_SOUZA_AFTER },
    ]);
  });

  it("plannedAfter gives the planned text only for the planned note, text, recap and options", async () => {
    const store = fixtureVault();
    const plan = await planOn(store);
    const dana = plan.notes[0]!;
    const inputs = editInputs(plan.recap, plan.meetingLink, EDIT_OPTIONS);
    const cases: Array<{ why: string; got: string | null; want: string | null }> = [
      { why: "as planned", got: plannedAfter(dana, person("Dana Okafor"), inputs, ["Dana Okafor"]), want: DANA_AFTER },
      { why: "the note changed", got: plannedAfter(dana, `${person("Dana Okafor")}\n`, inputs, ["Dana Okafor"]), want: null },
      { why: "another name", got: plannedAfter(dana, person("Dana Okafor"), inputs, ["Dana", "Dana Okafor"]), want: null },
      { why: "another day", got: plannedAfter(dana, person("Dana Okafor"), editInputs(plan.recap, plan.meetingLink, { ...EDIT_OPTIONS, today: "2026-03-13" }), ["Dana Okafor"]), want: null },
      { why: "equal options in another object", got: plannedAfter(dana, person("Dana Okafor"), editInputs(structuredClone(plan.recap), plan.meetingLink, { ...EDIT_OPTIONS, headings: { ...SETTINGS.headings } }), ["Dana Okafor"]), want: DANA_AFTER },
      { why: "no headings given", got: plannedAfter(dana, person("Dana Okafor"), editInputs(plan.recap, plan.meetingLink, { ...EDIT_OPTIONS, headings: undefined }), ["Dana Okafor"]), want: null },
      { why: "another summary length", got: plannedAfter(dana, person("Dana Okafor"), editInputs(plan.recap, plan.meetingLink, { ...EDIT_OPTIONS, summaryLength: 20 }), ["Dana Okafor"]), want: null },
      { why: "another Recent Context cap", got: plannedAfter(dana, person("Dana Okafor"), editInputs(plan.recap, plan.meetingLink, { ...EDIT_OPTIONS, recentContextCap: 1 }), ["Dana Okafor"]), want: null },
      { why: "another meeting link", got: plannedAfter(dana, person("Dana Okafor"), editInputs(plan.recap, "Elsewhere", EDIT_OPTIONS), ["Dana Okafor"]), want: null },
      { why: "another recap", got: plannedAfter(dana, person("Dana Okafor"), editInputs({ ...RECAP, facts: [] }, plan.meetingLink, EDIT_OPTIONS), ["Dana Okafor"]), want: null },
      { why: "a copy of the planned note", got: plannedAfter({ ...dana }, person("Dana Okafor"), inputs, ["Dana Okafor"]), want: null },
    ];
    for (const c of cases) expect({ why: c.why, after: c.got }).toEqual({ why: c.why, after: c.want });
  });
});

describe("applying a plan whose notes changed since it was made", () => {
  const HAND_FACT = "- Moved to the Leeds office.\n";
  const cases: Array<{ name: string; hand: (text: string) => string; want: string }> = [
    {
      name: "a fact added by hand stays and the recap's facts follow it",
      hand: (t) => change(t, ["- Wants an S3-compatible endpoint first; GCS API later.\n", `- Wants an S3-compatible endpoint first; GCS API later.\n${HAND_FACT}`]),
      want: change(DANA_AFTER, ["- Wants an S3-compatible endpoint first; GCS API later.\n", `- Wants an S3-compatible endpoint first; GCS API later.\n${HAND_FACT}`]),
    },
    {
      name: "a fact the recap brings, added by hand, is not added twice",
      hand: (t) => change(t, ["- Wants an S3-compatible endpoint first; GCS API later.\n", "- Wants an S3-compatible endpoint first; GCS API later.\n- Owns the runbook.\n"]),
      want: DANA_AFTER,
    },
    {
      name: "a later last contact set by hand is kept",
      hand: (t) => change(t, ["last_contact: '2026-03-02'", "last_contact: '2026-03-20'"]),
      want: change(DANA_AFTER, ["last_contact: '2026-03-12'", "last_contact: '2026-03-20'"]),
    },
    {
      name: "a decision typed by hand in the meantime stays above the recap's",
      hand: (t) => change(t, ["- ✅ Send consolidated questions before the design session.\n", "- ✅ Send consolidated questions before the design session.\n- ✅ Keep the Tuesday slot.\n"]),
      want: change(DANA_AFTER, ["- ✅ Send consolidated questions before the design session.\n", "- ✅ Send consolidated questions before the design session.\n- ✅ Keep the Tuesday slot.\n"]),
    },
  ];

  it.each(cases)("$name", async ({ hand, want }) => {
    const files = Object.fromEntries(fixtureVault().files);
    const store = new EditedBeforeWrite(files, new Map([[DANA, hand]]));
    const plan = await planOn(store);
    expect(plan.notes[0]?.after).toBe(DANA_AFTER);
    const handEdited = hand(person("Dana Okafor"));
    const result = await applyPlan(plan, store, EDIT_OPTIONS);
    expect(result).toMatchObject({ updated: [DANA, ANA_LUCIA, ANA_SOUZA], unchanged: [], failed: [] });
    expect(store.files.get(DANA)).toBe(want);
    // The others were as planned.
    expect(store.files.get(ANA_SOUZA)).toBe(ANA_SOUZA_AFTER);
    expect(store.files.get(ANA_LUCIA)).toBe(ANA_LUCIA_AFTER);
    // Undo restores the note as it was just before the write: the hand edit included.
    expect(result.undo.entries.find((e) => e.path === DANA)).toEqual({ path: DANA, before: handEdited, after: want });
  });

  it("a note that already has everything the recap adds is reported unchanged, with no undo entry", async () => {
    const store = new EditedBeforeWrite(Object.fromEntries(fixtureVault().files), new Map([[DANA, () => DANA_AFTER]]));
    const plan = await planOn(store);
    const result = await applyPlan(plan, store, EDIT_OPTIONS);
    expect(result).toMatchObject({ updated: [ANA_LUCIA, ANA_SOUZA], unchanged: [DANA], failed: [] });
    expect(result.undo.entries.map((e) => e.path)).toEqual(["Meetings/2026-03-12 - Runbook review.md", ANA_LUCIA, ANA_SOUZA]);
    expect(store.files.get(DANA)).toBe(DANA_AFTER);
  });
});

describe("applying a plan with other inputs than it was made with", () => {
  it("another day: the note is edited afresh and stamped with the apply's day", async () => {
    const store = fixtureVault();
    const plan = await planOn(store, RECAP, "2026-03-12");
    expect(plan.notes[0]?.after).toBe(change(DANA_AFTER, [`*Last updated: ${TODAY}*`, "*Last updated: 2026-03-12*"]));
    await applyPlan(plan, store, EDIT_OPTIONS);
    expect(store.files.get(DANA)).toBe(DANA_AFTER);
    expect(store.files.get(ANA_SOUZA)).toBe(ANA_SOUZA_AFTER);
  });

  it("a recap changed after planning: the note gets the recap as it is at the apply", async () => {
    const store = fixtureVault();
    const plan = await planOn(store, structuredClone(RECAP));
    plan.recap.facts.push("Dana: Prefers async updates.");
    await applyPlan(plan, store, EDIT_OPTIONS);
    expect(store.files.get(DANA)).toBe(change(DANA_AFTER, ["- Budget: $2M\n", "- Budget: $2M\n- Prefers async updates.\n"]));
    expect(store.files.get(ANA_SOUZA)).toBe(ANA_SOUZA_AFTER);
  });

  it("a copy of the plan (as JSON) applies the same", async () => {
    const store = fixtureVault();
    const plan = await planOn(store);
    const copy = JSON.parse(JSON.stringify(plan)) as RecapPlan;
    const result = await applyPlan(copy, store, EDIT_OPTIONS);
    expect(result).toMatchObject({ updated: [DANA, ANA_LUCIA, ANA_SOUZA], failed: [] });
    expect(store.files.get(DANA)).toBe(DANA_AFTER);
    expect(store.files.get(ANA_LUCIA)).toBe(ANA_LUCIA_AFTER);
    expect(store.files.get(ANA_SOUZA)).toBe(ANA_SOUZA_AFTER);
  });
});
