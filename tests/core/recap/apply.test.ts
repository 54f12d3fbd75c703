import { describe, expect, it } from "vitest";
import { applyPlan, emptyRecap, isUndoRecord, MemoryNoteStore, planRecap, readMeetingNote, undoRecap, type Recap } from "../../../src/core";
import { change } from "../helpers";
import {
  EDIT_OPTIONS,
  fixtureVault,
  indexOf,
  person,
  planAndApply,
  recapFixture,
  SETTINGS,
  snapshot,
  TODAY,
  type RecapRun,
} from "../../fixtures/recap/vault";

const DANA = "People/Dana Okafor.md";
const PRIYA = "People/Priya Raman.md";
const ANA_LIMA = "People/Ana Lima.md";
const SAM = "People/Sam Reyes.md";

/** The footer of a note that was never stamped, stamped on `day`. */
const stamp = (day = TODAY): [string, string] => ["*Last updated: *", `*Last updated: ${day}*`];

// ---------------------------------------------------------------------------------------------
// A hand-written meeting note in the vault: Dana by [[link]], Priya by alias, you, and someone new.

const DESIGN = "Meetings/2026-03-10 - Design session with Northwind.md";
const DESIGN_TEXT = recapFixture("meetings/2026-03-10 - Design session with Northwind.md");
const DESIGN_LINE =
  "- 2026-03-10: [[2026-03-10 - Design session with Northwind]] - Walked through the replication design and agreed to pilot on two clusters before the end of the... (via Northwind)";

/** Dana Okafor after the design session: her fact, the shared facts, the new topic, the line, the decision. */
const DANA_AFTER_DESIGN = change(
  person("Dana Okafor"),
  ["last_contact: '2026-03-02'", "last_contact: '2026-03-10'"],
  [
    "- Wants an S3-compatible endpoint first; GCS API later.\n",
    "- Wants an S3-compatible endpoint first; GCS API later.\n- Owns the replication runbook.\n- Budget: $2M for the first year.\n- Northwind runs Spark 3.5 everywhere.\n",
  ],
  ["Lakehouse replication, Capacity planning, Pilot scoping", "Lakehouse replication, Capacity planning, Pilot scoping, Replication design"],
  ["## Recent Context\n\n", `## Recent Context\n\n${DESIGN_LINE}\n`],
  ["- ✅ Send consolidated questions before the design session.\n", "- ✅ Send consolidated questions before the design session.\n- ✅ Pilot on two clusters.\n"],
  stamp(),
);

/** Priya Raman ("Pri" in the meeting): her own fact, not Dana's, and the shared ones. */
const PRIYA_AFTER_DESIGN = change(
  person("Priya Raman"),
  ["last_contact: '2026-02-20'", "last_contact: '2026-03-10'"],
  [
    "- Needs three quotes for anything over $50k.\n",
    "- Needs three quotes for anything over $50k.\n- Needs a quote before April.\n- Budget: $2M for the first year.\n- Northwind runs Spark 3.5 everywhere.\n",
  ],
  ["\nVendor onboarding\n", "\nVendor onboarding, Replication design, Pilot scoping\n"],
  ["## Recent Context\n\n", `## Recent Context\n\n${DESIGN_LINE}\n`],
  ["## Key Decisions\n\n", "## Key Decisions\n\n- ✅ Pilot on two clusters.\n\n"],
  ["*Last updated: 2026-02-20*", `*Last updated: ${TODAY}*`],
);

/** The vault with the design session's meeting note, before and after applying it. */
async function applyDesign(): Promise<{ store: MemoryNoteStore; before: Map<string, string>; run: RecapRun }> {
  const store = fixtureVault({ [DESIGN]: DESIGN_TEXT });
  const before = snapshot(store);
  const run = await planAndApply(store, readMeetingNote(DESIGN_TEXT, DESIGN), { meetingPath: DESIGN });
  return { store, before, run };
}

describe("applying a meeting note from the vault", () => {
  it("updates each attendee's note: their facts and decisions, the shared ones, the topics, the context line, the footer", async () => {
    const { store, before, run } = await applyDesign();
    expect(run.plan.blocking).toEqual([]);
    expect(run.plan.meetingNote).toBeNull();
    expect(run.result).toMatchObject({ updated: [DANA, PRIYA], created: [ANA_LIMA], unchanged: [], failed: [] });
    expect(store.files.get(DANA)).toBe(DANA_AFTER_DESIGN);
    expect(store.files.get(PRIYA)).toBe(PRIYA_AFTER_DESIGN);
    // Every other note, the meeting note and your own included, is byte for byte as it was.
    for (const [path, text] of before) if (path !== DANA && path !== PRIYA) expect(store.files.get(path)).toBe(text);
  });

  it("creates an unknown attendee's note, marked for review, with the shared facts and their decision", async () => {
    const { store } = await applyDesign();
    expect(store.files.get(ANA_LIMA)).toBe(recapFixture("expected/Ana Lima.md"));
  });

  it("records what undo needs: each note before and after", async () => {
    const { store, before, run } = await applyDesign();
    expect(run.result.undo).toEqual({
      kind: "recap",
      meetingPath: DESIGN,
      appliedOn: TODAY,
      entries: [
        { path: DANA, before: before.get(DANA), after: DANA_AFTER_DESIGN },
        { path: PRIYA, before: before.get(PRIYA), after: PRIYA_AFTER_DESIGN },
        { path: ANA_LIMA, before: null, after: store.files.get(ANA_LIMA) },
      ],
    });
    expect(isUndoRecord(JSON.parse(JSON.stringify(run.result.undo)))).toBe(true);
    expect(isUndoRecord({ kind: "recap", meetingPath: DESIGN })).toBe(false);
    expect(isUndoRecord(null)).toBe(false);
  });

  it("applying the same meeting note again changes no byte anywhere", async () => {
    const { store } = await applyDesign();
    const once = snapshot(store);
    const again = await planAndApply(store, readMeetingNote(DESIGN_TEXT, DESIGN), { meetingPath: DESIGN, today: "2026-03-20" });
    expect(again.result).toMatchObject({ updated: [], created: [], unchanged: [DANA, PRIYA, ANA_LIMA], failed: [] });
    expect(again.result.undo.entries).toEqual([]);
    expect(again.plan.notes.map((n) => [n.path, n.before === n.after])).toEqual([
      [DANA, true],
      [PRIYA, true],
      [ANA_LIMA, true],
    ]);
    expect(snapshot(store)).toEqual(once);
  });

  it("applying it again after a hand edit of the meeting's Recent Context line keeps the edit, and the plan says so", async () => {
    const { store } = await applyDesign();
    const edited = DESIGN_LINE.replace("two clusters", "two clusters (Dana's choice)");
    const danaEdited = (store.files.get(DANA) ?? "").replace(DESIGN_LINE, edited);
    store.files.set(DANA, danaEdited);
    const priyaOnce = store.files.get(PRIYA);
    const again = await planAndApply(store, readMeetingNote(DESIGN_TEXT, DESIGN), { meetingPath: DESIGN, today: "2026-03-12" });
    expect(store.files.get(DANA)).toBe(danaEdited);
    expect(store.files.get(PRIYA)).toBe(priyaOnce);
    expect(again.plan.notes.find((n) => n.path === DANA)?.kept).toEqual(["Kept your edited Recent Context line for [[2026-03-10 - Design session with Northwind]]."]);
    expect(again.plan.notes.find((n) => n.path === PRIYA)?.kept).toEqual([]);
  });

  it("the plan says the edited line is kept when the person has two names in the recap and when Recent Context has a cap", async () => {
    const { store } = await applyDesign();
    const edited = DESIGN_LINE.replace("two clusters", "two clusters (Dana's choice)");
    store.files.set(DANA, (store.files.get(DANA) ?? "").replace(DESIGN_LINE, edited));
    const recap = readMeetingNote(DESIGN_TEXT, DESIGN);
    const kept = ["Kept your edited Recent Context line for [[2026-03-10 - Design session with Northwind]]."];
    const cases: Array<{ why: string; recap: Recap; cap: number }> = [
      { why: "two names", recap: { ...recap, attendees: ["Dana", ...recap.attendees] }, cap: 0 },
      { why: "a cap (the parts applied one after another)", recap, cap: 1 },
    ];
    for (const c of cases) {
      const plan = await planRecap(c.recap, { store, index: await indexOf(store), settings: { ...SETTINGS, recentContextCap: c.cap }, today: "2026-03-12", meetingPath: DESIGN });
      expect({ why: c.why, kept: plan.notes.find((n) => n.path === DANA)?.kept }).toEqual({ why: c.why, kept });
      expect({ why: c.why, kept: plan.notes.find((n) => n.path === PRIYA)?.kept }).toEqual({ why: c.why, kept: [] });
    }
  });

  it("applying it after the recap was edited adds only the new facts; the meeting's line, now unlike what Kith writes, is kept", async () => {
    const { store } = await applyDesign();
    const edited = change(
      DESIGN_TEXT,
      [
        "Walked through the replication design and agreed to pilot on two clusters before the end of the quarter.",
        "Agreed the replication design; the pilot starts in April.",
      ],
      ["- Budget: $2M for the first year.\n", "- Budget: $2.5M for the first year.\n- Dana: Prefers async updates.\n"],
      ["- ✅ Pilot on two clusters.\n", "- ✅ Pilot on two clusters.\n- ✅ Dana: Signs off the pilot plan.\n"],
      ["Replication design, Pilot scoping", "Replication design, pilot scoping, Security review"],
    );
    store.files.set(DESIGN, edited);
    const danaOnce = store.files.get(DANA) ?? "";
    const again = await planAndApply(store, readMeetingNote(edited, DESIGN), { meetingPath: DESIGN, today: "2026-03-12" });
    expect(again.result).toMatchObject({ updated: [DANA, PRIYA, ANA_LIMA], created: [], unchanged: [], failed: [] });
    // The line differs from the one Kith would write now: it is taken for the user's, and the plan says it is kept.
    expect(again.plan.notes.find((n) => n.path === DANA)?.kept).toEqual(["Kept your edited Recent Context line for [[2026-03-10 - Design session with Northwind]]."]);
    expect(store.files.get(DANA)).toBe(
      change(
        danaOnce,
        [
          "- Northwind runs Spark 3.5 everywhere.\n",
          "- Northwind runs Spark 3.5 everywhere.\n- Budget: $2.5M for the first year.\n- Prefers async updates.\n",
        ],
        ["Pilot scoping, Replication design\n", "Pilot scoping, Replication design, Security review\n"],
        ["- ✅ Pilot on two clusters.\n", "- ✅ Pilot on two clusters.\n- ✅ Signs off the pilot plan.\n"],
        [`*Last updated: ${TODAY}*`, "*Last updated: 2026-03-12*"],
      ),
    );
    // Priya gets the new shared fact and topic, not Dana's.
    expect(store.files.get(PRIYA)).toBe(
      change(
        PRIYA_AFTER_DESIGN,
        [
          "- Northwind runs Spark 3.5 everywhere.\n",
          "- Northwind runs Spark 3.5 everywhere.\n- Budget: $2.5M for the first year.\n",
        ],
        ["Vendor onboarding, Replication design, Pilot scoping\n", "Vendor onboarding, Replication design, Pilot scoping, Security review\n"],
        [`*Last updated: ${TODAY}*`, "*Last updated: 2026-03-12*"],
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// A recap that is not a note yet (pasted): the meeting note is written too.

const PRICING: Recap = {
  date: "2026-03-16",
  title: "Pricing call: Contoso renewal / Q2",
  attendees: ["Priya Raman", "Lee Chen", "Sam Reyes"],
  via: null,
  summary: "Agreed the renewal price.",
  facts: ["Lee Chen: Started as CFO in February.", "Discount: 8% for a three-year term."],
  decisions: ["Send the order form by Friday."],
  topics: ["Renewal pricing"],
  actions: [
    { text: "Send the order form", owner: "Priya Raman", due: "2026-03-20" },
    { text: "Approve the discount", owner: "Lee Chen", due: null },
    { text: "Update the CRM", owner: "Sam Reyes", due: null },
  ],
  tags: ["meeting/customer"],
};
const PRICING_PATH = "Meetings/2026-03-16 - Pricing call Contoso renewal Q2.md";
const LEE = "People/Lee Chen.md";

const PRIYA_AFTER_PRICING = change(
  person("Priya Raman"),
  ["last_contact: '2026-02-20'", "last_contact: '2026-03-16'"],
  ["- Needs three quotes for anything over $50k.\n", "- Needs three quotes for anything over $50k.\n- Discount: 8% for a three-year term.\n"],
  ["\nVendor onboarding\n", "\nVendor onboarding, Renewal pricing\n"],
  // No via: no "(via ...)".
  ["## Recent Context\n\n", "## Recent Context\n\n- 2026-03-16: [[2026-03-16 - Pricing call Contoso renewal Q2]] - Agreed the renewal price.\n"],
  ["## Key Decisions\n\n", "## Key Decisions\n\n- ✅ Send the order form by Friday.\n\n"],
  ["*Last updated: 2026-02-20*", `*Last updated: ${TODAY}*`],
);

describe("applying a new recap", () => {
  it("writes the meeting note (file-safe name, attendees linked, tasks with owners) and a note for someone new", async () => {
    const store = fixtureVault();
    const before = snapshot(store);
    const { plan, result } = await planAndApply(store, PRICING);
    expect(plan.meetingPath).toBe(PRICING_PATH);
    expect(plan.meetingLink).toBe("2026-03-16 - Pricing call Contoso renewal Q2");
    expect(result).toMatchObject({ updated: [PRIYA], created: [PRICING_PATH, LEE], unchanged: [], failed: [] });
    expect(store.files.get(PRICING_PATH)).toBe(recapFixture("expected/2026-03-16 - Pricing call Contoso renewal Q2.md"));
    expect(store.files.get(LEE)).toBe(recapFixture("expected/Lee Chen.md"));
    expect(store.files.get(PRIYA)).toBe(PRIYA_AFTER_PRICING);
    for (const [path, text] of before) if (path !== PRIYA) expect(store.files.get(path)).toBe(text);
  });

  it("applying the meeting note it wrote changes no byte anywhere", async () => {
    const store = fixtureVault();
    await planAndApply(store, PRICING);
    const once = snapshot(store);
    const note = store.files.get(PRICING_PATH) ?? "";
    const again = await planAndApply(store, readMeetingNote(note, PRICING_PATH), { meetingPath: PRICING_PATH, today: "2026-03-20" });
    expect(again.result).toMatchObject({ updated: [], created: [], unchanged: [PRIYA, LEE], failed: [] });
    expect(snapshot(store)).toEqual(once);
  });

  it("pasting the same recap again writes nothing: its meeting note exists", async () => {
    const store = fixtureVault();
    await planAndApply(store, PRICING);
    const once = snapshot(store);
    await expect(planAndApply(store, PRICING)).rejects.toThrow(`A note already exists at ${PRICING_PATH}.`);
    expect(snapshot(store)).toEqual(once);
  });

  it("a fact naming an attendee by their link's display name stays theirs when the meeting note is applied again", async () => {
    // Kith writes Pri as `[[Priya Raman|Pri]]`; read back, the attendee is "Priya Raman".
    const store = fixtureVault();
    const recap: Recap = { ...emptyRecap(), date: "2026-03-17", title: "Quote", attendees: ["Pri", "Dana Okafor"], facts: ["Pri: Wants the quote in EUR."] };
    const first = await planAndApply(store, recap);
    expect(store.files.get(first.plan.meetingPath)).toContain("attendees:\n- '[[Priya Raman|Pri]]'\n- '[[Dana Okafor]]'\n");
    const once = snapshot(store);
    const note = store.files.get(first.plan.meetingPath) ?? "";
    const again = await planAndApply(store, readMeetingNote(note, first.plan.meetingPath), { meetingPath: first.plan.meetingPath });
    expect(again.result.unchanged).toEqual([PRIYA, DANA]);
    expect(snapshot(store)).toEqual(once);
    expect(store.files.get(DANA)).not.toContain("EUR");
  });

  it("two names for one person update their note once, with the items that name either", async () => {
    const store = fixtureVault();
    const recap: Recap = {
      ...emptyRecap(),
      date: "2026-03-17",
      title: "Quote",
      attendees: ["priya.raman@contoso.example", "Priya Raman"],
      summary: "Quote review.",
      facts: ["Priya Raman: Wants the quote in EUR.", "priya.raman@contoso.example: Approves up to $50k."],
    };
    const { plan, result } = await planAndApply(store, recap);
    expect(plan.notes.map((n) => n.path)).toEqual([PRIYA]);
    expect(result).toMatchObject({ updated: [PRIYA], created: [plan.meetingPath], unchanged: [], failed: [] });
    expect(store.files.get(PRIYA)).toBe(
      change(
        person("Priya Raman"),
        ["last_contact: '2026-02-20'", "last_contact: '2026-03-17'"],
        [
          "- Needs three quotes for anything over $50k.\n",
          "- Needs three quotes for anything over $50k.\n- Approves up to $50k.\n- Wants the quote in EUR.\n",
        ],
        ["## Recent Context\n\n", "## Recent Context\n\n- 2026-03-17: [[2026-03-17 - Quote]] - Quote review.\n"],
        ["*Last updated: 2026-02-20*", `*Last updated: ${TODAY}*`],
      ),
    );
  });
});

describe("names and items the recap writes in more than one way", () => {
  it("a decision with a check mark is attributed like any other", async () => {
    const store = fixtureVault();
    const recap: Recap = {
      ...emptyRecap(),
      date: "2026-03-17",
      title: "Sign-off",
      attendees: ["Dana Okafor", "Priya Raman"],
      decisions: ["✅ Dana: Signs off the pilot plan.", "✅ Ship in April."],
    };
    await planAndApply(store, recap);
    // No summary: the line is the date and the link.
    const line = "- 2026-03-17: [[2026-03-17 - Sign-off]]";
    expect(store.files.get(DANA)).toBe(
      change(
        person("Dana Okafor"),
        ["last_contact: '2026-03-02'", "last_contact: '2026-03-17'"],
        ["## Recent Context\n\n", `## Recent Context\n\n${line}\n`],
        [
          "- ✅ Send consolidated questions before the design session.\n",
          "- ✅ Send consolidated questions before the design session.\n- ✅ Signs off the pilot plan.\n- ✅ Ship in April.\n",
        ],
        stamp(),
      ),
    );
    expect(store.files.get(PRIYA)).toBe(
      change(
        person("Priya Raman"),
        ["last_contact: '2026-02-20'", "last_contact: '2026-03-17'"],
        ["## Recent Context\n\n", `## Recent Context\n\n${line}\n`],
        ["## Key Decisions\n\n", "## Key Decisions\n\n- ✅ Ship in April.\n\n"],
        ["*Last updated: 2026-02-20*", `*Last updated: ${TODAY}*`],
      ),
    );
  });

  it("a [[Folder/Name]] link to someone new creates their note by name, not by path", async () => {
    const store = fixtureVault();
    const text = "---\ndate: '2026-03-17'\ntitle: Intro\nattendees:\n- '[[People/Ana Lima|Ana]]'\n---\n";
    const { result } = await planAndApply(store, readMeetingNote(text, "Meetings/Intro.md"), { meetingPath: "Meetings/Intro.md" });
    expect(result.created).toEqual([ANA_LIMA]);
    expect(store.files.get(ANA_LIMA)).toContain("title: Ana Lima\n");
  });

  it("two names of someone new that make one file name create one note, with the items that name either", async () => {
    const store = fixtureVault();
    const recap: Recap = {
      ...emptyRecap(),
      date: "2026-03-17",
      title: "Intro",
      attendees: ["Lee Chen", "Lee/Chen"],
      facts: ["Lee Chen: Runs finance.", "Lee/Chen: Based in Leeds."],
    };
    const { plan, result } = await planAndApply(store, recap);
    expect(plan.notes.map((n) => [n.path, n.create, n.error])).toEqual([["People/Lee Chen.md", true, null]]);
    expect(result).toMatchObject({ created: [plan.meetingPath, "People/Lee Chen.md"], failed: [] });
    expect(store.files.get("People/Lee Chen.md")).toContain("## Key Facts\n\n- Runs finance.\n- Based in Leeds.\n\n");
    // Applied again, both names are that note now: nothing changes.
    const once = snapshot(store);
    const again = await planAndApply(store, recap, { meetingPath: plan.meetingPath });
    expect(again.result).toMatchObject({ updated: [], unchanged: ["People/Lee Chen.md"], failed: [] });
    expect(snapshot(store)).toEqual(once);
  });
});

// ---------------------------------------------------------------------------------------------
// Who is who: every way an attendee can name a known person, the whole resulting note.

/** A short call: attendee and you, a fact, a known topic, no via. */
function checkIn(attendee: string): Recap {
  return {
    ...emptyRecap(),
    date: "2026-03-10",
    title: "Check-in",
    attendees: [attendee, "Sam Reyes"],
    summary: "Quick check-in on the pilot.",
    facts: ["Prefers email over calls."],
    topics: ["Pilot scoping"],
  };
}
const CHECK_IN_LINE = "- 2026-03-10: [[2026-03-10 - Check-in]] - Quick check-in on the pilot.";

const AFTER_CHECK_IN: Record<string, string> = {
  [DANA]: change(
    person("Dana Okafor"),
    ["last_contact: '2026-03-02'", "last_contact: '2026-03-10'"],
    ["- Wants an S3-compatible endpoint first; GCS API later.\n", "- Wants an S3-compatible endpoint first; GCS API later.\n- Prefers email over calls.\n"],
    // "Pilot scoping" is there already.
    ["## Recent Context\n\n", `## Recent Context\n\n${CHECK_IN_LINE}\n`],
    stamp(),
  ),
  [PRIYA]: change(
    person("Priya Raman"),
    ["last_contact: '2026-02-20'", "last_contact: '2026-03-10'"],
    ["- Needs three quotes for anything over $50k.\n", "- Needs three quotes for anything over $50k.\n- Prefers email over calls.\n"],
    ["\nVendor onboarding\n", "\nVendor onboarding, Pilot scoping\n"],
    ["## Recent Context\n\n", `## Recent Context\n\n${CHECK_IN_LINE}\n`],
    ["*Last updated: 2026-02-20*", `*Last updated: ${TODAY}*`],
  ),
  "People/Tomás Núñez.md": change(
    person("Tomás Núñez"),
    // No last_contact yet: it goes after `created`, unquoted like the note's other date.
    ["created: 2025-11-03\n", "created: 2025-11-03\nlast_contact: 2026-03-10\n"],
    ["- Prefers Terraform over click-ops.\n", "- Prefers Terraform over click-ops.\n- Prefers email over calls.\n"],
    ["\nInfrastructure as code\n", "\nInfrastructure as code, Pilot scoping\n"],
    ["## Recent Context\n\n", `## Recent Context\n\n${CHECK_IN_LINE}\n`],
    stamp(),
  ),
  "People/Jo Park.md": change(
    person("Jo Park"),
    ["last_contact: '2026-02-02'", "last_contact: '2026-03-10'"],
    ["- Reviews every vendor's SOC 2 report.\n", "- Reviews every vendor's SOC 2 report.\n- Prefers email over calls.\n"],
    ["\nSecurity review\n", "\nSecurity review, Pilot scoping\n"],
    ["## Recent Context\n\n", `## Recent Context\n\n${CHECK_IN_LINE}\n`],
    ["*Last updated: 2026-02-02*", `*Last updated: ${TODAY}*`],
  ),
};

describe("an attendee matches their note however the recap names them", () => {
  it.each([
    { how: "by title", attendee: "Dana Okafor", path: DANA, link: "[[Dana Okafor]]" },
    { how: "by title as a [[link]] with an alias", attendee: "[[Dana Okafor|Dana]]", path: DANA, link: "[[Dana Okafor]]" },
    { how: "by file name", attendee: "Jo Park", path: "People/Jo Park.md", link: "[[Jo Park]]" },
    { how: "by a title that is not the file name", attendee: "Josephine Park", path: "People/Jo Park.md", link: "[[Jo Park|Josephine Park]]" },
    { how: "by alias", attendee: "Pri", path: PRIYA, link: "[[Priya Raman|Pri]]" },
    { how: "by email in the contact table", attendee: "Priya.Raman@contoso.example", path: PRIYA, link: "[[Priya Raman|Priya.Raman@contoso.example]]" },
    {
      how: "by email in frontmatter",
      attendee: "tomas.nunez@fabrikam.example",
      path: "People/Tomás Núñez.md",
      link: "[[Tomás Núñez|tomas.nunez@fabrikam.example]]",
    },
    { how: "as Last, First", attendee: "Okafor, Dana", path: DANA, link: "[[Dana Okafor|Okafor, Dana]]" },
    { how: "without accents", attendee: "Tomas Nunez", path: "People/Tomás Núñez.md", link: "[[Tomás Núñez|Tomas Nunez]]" },
    { how: "as Last, First without accents", attendee: "NUNEZ, TOMAS", path: "People/Tomás Núñez.md", link: "[[Tomás Núñez|NUNEZ, TOMAS]]" },
  ])("$how: $attendee", async ({ attendee, path, link }) => {
    const store = fixtureVault();
    const before = snapshot(store);
    const recap = checkIn(attendee.startsWith("[[") ? readMeetingNote(`---\nattendees:\n- '${attendee}'\n---\n`, "x.md").attendees[0] ?? "" : attendee);
    const { plan, result } = await planAndApply(store, recap);
    expect(result).toMatchObject({ updated: [path], created: [plan.meetingPath], unchanged: [], failed: [] });
    expect(store.files.get(path)).toBe(AFTER_CHECK_IN[path]);
    // No second note for anyone; your own note untouched.
    expect([...store.files.keys()].sort()).toEqual([...before.keys(), plan.meetingPath].sort());
    expect(store.files.get(SAM)).toBe(before.get(SAM));
    expect(store.files.get(plan.meetingPath)).toContain(`attendees:\n- '${link}'\n- Sam Reyes\n---\n`);
  });
});

// ---------------------------------------------------------------------------------------------
// A first name alone: never matched silently.

describe("an ambiguous first name", () => {
  const recap: Recap = { ...emptyRecap(), date: "2026-03-18", title: "Catalogue sync", attendees: ["Ana", "Dana Okafor", "Sam Reyes"], summary: "Went through the job catalogue." };
  const message = '"Ana" could be Ana Lúcia Ferreira (People/Ana Lúcia Ferreira.md), Ana Souza (People/Ana Souza.md): choose one or a new person.';

  it("blocks the plan with its candidates, and applyPlan refuses: nothing is written", async () => {
    const store = fixtureVault();
    const before = snapshot(store);
    await expect(planAndApply(store, recap)).rejects.toThrow(message);
    expect(snapshot(store)).toEqual(before);
  });

  it("the plan says why and plans no note for the name", async () => {
    const store = fixtureVault();
    const plan = await planRecap(recap, { store, index: await indexOf(store), settings: SETTINGS, today: TODAY });
    expect(plan.blocking).toEqual([message]);
    expect(plan.attendees.map((a) => [a.name, a.status, a.candidates.map((c) => c.name)])).toEqual([
      ["Ana", "ambiguous", ["Ana Lúcia Ferreira", "Ana Souza"]],
      ["Dana Okafor", "matched", []],
      ["Sam Reyes", "self", []],
    ]);
    expect(plan.notes.map((n) => n.path)).toEqual([DANA]);
  });

  it.each([
    { to: "a name", target: "Ana Souza", path: "People/Ana Souza.md" },
    { to: "a path", target: "People/Ana Souza.md", path: "People/Ana Souza.md" },
  ])("with a mapping to $to it resolves", async ({ target, path }) => {
    const store = fixtureVault();
    const { result } = await planAndApply(store, recap, { mapping: new Map([["Ana", target]]) });
    expect(result).toMatchObject({ updated: [path, DANA], created: ["Meetings/2026-03-18 - Catalogue sync.md"], failed: [] });
    expect(store.files.get(path)).toBe(
      change(
        person("Ana Souza"),
        ["last_contact: '2026-02-20'", "last_contact: '2026-03-18'"],
        ["## Recent Context\n\n", "## Recent Context\n\n- 2026-03-18: [[2026-03-18 - Catalogue sync]] - Went through the job catalogue.\n"],
        stamp(),
      ),
    );
    expect(store.files.get("People/Ana Lúcia Ferreira.md")).toBe(person("Ana Lúcia Ferreira"));
    expect(store.files.get("Meetings/2026-03-18 - Catalogue sync.md")).toContain("attendees:\n- '[[Ana Souza|Ana]]'\n- '[[Dana Okafor]]'\n- Sam Reyes\n");
  });
});

// ---------------------------------------------------------------------------------------------
// A note that cannot be edited among good ones.

describe("an attendee's note with malformed frontmatter", () => {
  const recap: Recap = {
    ...emptyRecap(),
    date: "2026-03-19",
    title: "Ops review",
    attendees: ["Dana Okafor", "Kai Brandt", "Priya Raman"],
    summary: "Reviewed the on-call rota.",
  };
  const KAI = "People/Kai Brandt.md";
  const line = "- 2026-03-19: [[2026-03-19 - Ops review]] - Reviewed the on-call rota.";
  const dana = change(person("Dana Okafor"), ["last_contact: '2026-03-02'", "last_contact: '2026-03-19'"], ["## Recent Context\n\n", `## Recent Context\n\n${line}\n`], stamp());
  const priya = change(
    person("Priya Raman"),
    ["last_contact: '2026-02-20'", "last_contact: '2026-03-19'"],
    ["## Recent Context\n\n", `## Recent Context\n\n${line}\n`],
    ["*Last updated: 2026-02-20*", `*Last updated: ${TODAY}*`],
  );

  it("is left untouched and reported by name; the others are applied", async () => {
    const store = fixtureVault();
    const { result } = await planAndApply(store, recap);
    expect(result.failed).toEqual([
      {
        path: KAI,
        attendee: "Kai Brandt",
        error: `${KAI} already exists but cannot be read: Malformed frontmatter at line 3: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line`,
      },
    ]);
    expect(result.updated).toEqual([DANA, "People/Priya Raman.md"]);
    expect(store.files.get(KAI)).toBe(person("Kai Brandt"));
    expect(store.files.get(DANA)).toBe(dana);
    expect(store.files.get(PRIYA)).toBe(priya);
    expect(result.undo.entries.map((e) => e.path)).toEqual(["Meetings/2026-03-19 - Ops review.md", DANA, PRIYA]);
  });

  it("broken after the index read it: reported with the YAML error, the others applied", async () => {
    const valid = change(person("Kai Brandt"), ["title: Kai: Brandt", "title: Kai Brandt"]);
    const store = fixtureVault({ [KAI]: valid });
    const index = await indexOf(store);
    store.files.set(KAI, person("Kai Brandt"));
    const plan = await planRecap(recap, { store, index, settings: SETTINGS, today: TODAY });
    const error = "Malformed frontmatter at line 3: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line";
    expect(plan.notes.find((n) => n.path === KAI)).toMatchObject({ after: null, error });
    const result = await applyPlan(plan, store, EDIT_OPTIONS);
    expect(result.failed).toEqual([{ path: KAI, attendee: "Kai Brandt", error }]);
    expect(store.files.get(KAI)).toBe(person("Kai Brandt"));
    expect(store.files.get(DANA)).toBe(dana);
    expect(store.files.get(PRIYA)).toBe(priya);
  });

  it("broken between plan and apply: the apply re-reads it and reports it", async () => {
    const valid = change(person("Kai Brandt"), ["title: Kai: Brandt", "title: Kai Brandt"]);
    const store = fixtureVault({ [KAI]: valid });
    const plan = await planRecap(recap, { store, index: await indexOf(store), settings: SETTINGS, today: TODAY });
    expect(plan.notes.map((n) => n.error)).toEqual([null, null, null]);
    store.files.set(KAI, person("Kai Brandt"));
    const result = await applyPlan(plan, store, EDIT_OPTIONS);
    expect(result.failed.map((f) => [f.path, f.attendee])).toEqual([[KAI, "Kai Brandt"]]);
    expect(result.failed[0]?.error).toMatch(/^Malformed frontmatter at line 3: /);
    expect(store.files.get(KAI)).toBe(person("Kai Brandt"));
    expect(result.updated).toEqual([DANA, PRIYA]);
  });
});

// ---------------------------------------------------------------------------------------------
// Undo.

describe("undoing the last recap", () => {
  it("restores every note it changed and trashes the notes it created", async () => {
    const { store, before, run } = await applyDesign();
    const created = store.files.get(ANA_LIMA);
    const undo = await undoRecap(run.result.undo, store);
    expect(undo).toEqual({ restored: [PRIYA, DANA], removed: [ANA_LIMA], skipped: [] });
    expect(snapshot(store)).toEqual(before);
    expect([...store.trashed]).toEqual([[ANA_LIMA, created]]);
  });

  it("trashes the meeting note it wrote", async () => {
    const store = fixtureVault();
    const before = snapshot(store);
    const { result } = await planAndApply(store, PRICING);
    const undo = await undoRecap(result.undo, store);
    expect(undo).toEqual({ restored: [PRIYA], removed: [LEE, PRICING_PATH], skipped: [] });
    expect(snapshot(store)).toEqual(before);
    expect([...store.trashed.keys()]).toEqual([LEE, PRICING_PATH]);
  });

  it("leaves notes edited since the recap as they are and reports them", async () => {
    const { store, before, run } = await applyDesign();
    const danaEdited = change(store.files.get(DANA) ?? "", ["## Related\n", "## Related\n\n- [[Northwind Foods]]\n"]);
    const anaEdited = change(store.files.get(ANA_LIMA) ?? "", ["| **Role** | _Unknown_ |", "| **Role** | Data engineer |"]);
    store.files.set(DANA, danaEdited);
    store.files.set(ANA_LIMA, anaEdited);
    const undo = await undoRecap(run.result.undo, store);
    expect(undo).toEqual({
      restored: [PRIYA],
      removed: [],
      skipped: [
        { path: ANA_LIMA, reason: "it changed after the recap" },
        { path: DANA, reason: "it changed after the recap" },
      ],
    });
    expect(store.files.get(DANA)).toBe(danaEdited);
    expect(store.files.get(ANA_LIMA)).toBe(anaEdited);
    expect(store.files.get(PRIYA)).toBe(before.get(PRIYA));
    expect(store.trashed.size).toBe(0);
  });

  it("a note already as it was before needs nothing: one it created that is gone, and every note on a second undo", async () => {
    const { store, before, run } = await applyDesign();
    await store.trash(ANA_LIMA);
    const first = await undoRecap(run.result.undo, store);
    expect(first).toEqual({ restored: [PRIYA, DANA], removed: [], skipped: [] });
    expect(snapshot(store)).toEqual(before);
    const second = await undoRecap(run.result.undo, store);
    expect(second).toEqual({ restored: [], removed: [], skipped: [] });
    expect(snapshot(store)).toEqual(before);
  });

  it("reports a note it changed that is gone", async () => {
    const { store, run } = await applyDesign();
    store.files.delete(DANA);
    const undo = await undoRecap(run.result.undo, store);
    expect(undo.skipped).toEqual([{ path: DANA, reason: "it no longer exists" }]);
    expect(undo.restored).toEqual([PRIYA]);
  });

  it("after a re-apply that changed nothing, has nothing to undo", async () => {
    const { store } = await applyDesign();
    const once = snapshot(store);
    const again = await planAndApply(store, readMeetingNote(DESIGN_TEXT, DESIGN), { meetingPath: DESIGN });
    expect(await undoRecap(again.result.undo, store)).toEqual({ restored: [], removed: [], skipped: [] });
    expect(snapshot(store)).toEqual(once);
  });
});
