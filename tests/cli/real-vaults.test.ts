/**
 * Issue 14 end to end: a vault of person notes in the layouts public vaults use (see
 * tests/fixtures/real-vaults/SOURCES.md), with no settings, read and edited through the built
 * CLI. Every edit is checked against the whole note: only its lines change, and no comment moves
 * by a byte.
 */
import { readFileSync } from "node:fs";
import { cp } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addKeyFact, contactRecord, contactValueOf, DEFAULT_HEADINGS, logInteraction, parseFrontmatter, parsePerson, setContactField, setLastContact } from "../../src/core";
import { scanOutline } from "../../src/core/sections/outline";
import { changedLines } from "../../src/core/text/diff";
import { fuzzRuns } from "../support/fuzz-runs";
import { kith, note, swap, tempDir, today } from "./run-kith";

const REAL_VAULT = fileURLToPath(new URL("../fixtures/real-vaults", import.meta.url));

async function realVault(): Promise<string> {
  const vault = await tempDir();
  await cp(REAL_VAULT, vault, { recursive: true });
  return vault;
}

const fixture = (file: string): Promise<string> => note(REAL_VAULT, file);

/** The note's `%%` and HTML comments, markers included, in order: what no edit may touch. */
const commentsOf = (text: string): string[] => scanOutline(text).comments.map(([from, to]) => text.slice(from, to));

const lines = (...rows: string[]): string => rows.map((r) => `${r}\n`).join("");

const ANA = "Contacts/Ana Lima.md";
const JONAS = "Contacts/Jonas Berg.md";
const MEI = "Contacts/Mei Tanaka.md";
const ELI = "People/Eli Fox.md";
const NOOR = "People/Noor Haddad.md";
const DANA = "People/Dana Okafor.md";
const MEETING = "Meetings/2026-03-02 - Partner sync.md";

describe("a real vault, read with no settings", () => {
  it("person list: one person of each layout; no template, meeting, unrendered note or note tagged only in a comment among them", async () => {
    const vault = await realVault();
    expect(await kith(vault, "person", "list")).toEqual({
      status: 0,
      stdout: lines(
        `Ana Lima\t${ANA}`,
        `Dana Okafor\t${DANA}`,
        `Eli Fox\t${ELI}`,
        `Jonas Berg\t${JONAS}`,
        `Mei Tanaka\t${MEI}`,
        `Noor Haddad\t${NOOR}`,
      ),
      stderr: "",
    });
  });

  it("doctor: names the unrendered template outside the template folders; the Properties-only, type: person and inline-field notes are not broken", async () => {
    const vault = await realVault();
    expect(await kith(vault, "doctor")).toEqual({
      status: 1,
      stdout: lines(
        "Inbox/Untitled.md: template syntax in frontmatter ({{date}}): a template nobody rendered, not a person; render it, or move it to the templates folder",
        `${DANA}: missing sections: Relationship, Background, Projects, Open Tasks, Tasks They Own, Profile, Key Decisions, Related`,
      ),
      stderr: "",
    });
  });

  // Noor (`type: Person`, ArchitectKB's template) and Jonas (`type: person`) keep other layouts,
  // though each has some of Kith's sections; Dana is `type: people`, Kith's own, and is held to it.

  it.each([
    [ANA, null, [], [
      ["first-name", "First Name", ["Ana"], "property", 3],
      ["last-name", "Last Name", ["Lima"], "property", 4],
      ["company", "Company", ["Tailspin Toys"], "property", 5],
      ["email", "Email", ["ana.lima@tailspin.example", "ana@home.example"], "property", 6],
      ["phone", "Phone", ["+46 70 123 45 67"], "property", 9],
      ["birthday", "Birthday", ["1990-04-02"], "property", 11],
      ["aliases", "aliases", ["Ana L"], "property", 12],
    ]],
    [MEI, null, [], [
      ["email", "Email", ["mei@tanaka.example"], "inline-field", 5],
      ["phone", "Phone", ["+81 3 5555 0100"], "inline-field", 6],
      ["company", "Company", ["Wide World Importers"], "inline-field", 7],
      ["birthday", "Birthday", ["1988-11-30"], "inline-field", 8],
      ["role", "Role", ["product lead"], "inline-field", 10],
    ]],
    // Key Facts only inside a %% comment: no facts; the task in it is no task either (see kith tasks).
    [ELI, null, [], [["email", "Email", ["eli@fox.example"], "inline-field", 17]]],
    [NOOR, null, ["Prefers written agendas."], [
      ["role", "Role", ["Solutions architect"], "bold-label", 16],
      ["company", "organisation", ["Contoso"], "property", 6],
      ["email", "email", ["noor@contoso.example"], "property", 7],
      ["phone", "Phone", [], "bold-label", 17],
    ]],
    [DANA, "2026-03-02", ["Runs two data centres."], [
      ["role", "Role", ["Head of data platform"], "table", 16],
      ["company", "Company", ["Northwind Foods"], "table", 17],
      ["email", "Email", [], "table", 18],
    ]],
  ] as const)("person show --json %s: its contacts where they live, last contact and key facts (none from a comment)", async (path, lastContact, keyFacts, contacts) => {
    const vault = await realVault();
    const run = await kith(vault, "person", "show", path, "--json");
    expect(run).toMatchObject({ status: 0, stderr: "" });
    const person = JSON.parse(run.stdout) as { lastContact: string | null; keyFacts: string[]; topics: string[]; contacts: Array<{ key: string; label: string; values: string[]; source: string; line: number }> };
    expect({ lastContact: person.lastContact, keyFacts: person.keyFacts }).toEqual({ lastContact, keyFacts });
    // Dana's Topics Discussed holds an inline %% comment: hidden, so no part of a topic.
    expect(person.topics).toEqual(path === DANA ? ["Lakehouse replication"] : []);
    expect(person.contacts.map((c) => [c.key, c.label, c.values, c.source, c.line])).toEqual(contacts);
  });

  it("person show --json, type: person: the 📇 Contact Info table, bold labels and camelCase lastContact", async () => {
    const vault = await realVault();
    const person = JSON.parse((await kith(vault, "person", "show", "Jonas Berg", "--json")).stdout) as Record<string, unknown>;
    expect(person).toMatchObject({ name: "Jonas Berg", lastContact: "2026-01-10", tags: ["crm"] });
    expect((person.contacts as Array<{ key: string; values: string[]; source: string; line: number }>).map((c) => [c.key, c.values, c.source, c.line])).toEqual([
      ["email", ["jonas@berg.example"], "table", 22],
      ["phone", ["+46 31 555 0101"], "table", 23],
      ["relationship", ["client"], "bold-label", 13],
      ["location", ["Gothenburg"], "bold-label", 14],
    ]);
  });

  it("person show --json, type: person: the facts under an emoji heading (## 🎯 Key Facts) are its key facts", async () => {
    const vault = await realVault();
    const person = JSON.parse((await kith(vault, "person", "show", JONAS, "--json")).stdout) as { keyFacts: string[]; customSections: string[] };
    expect([person.keyFacts, person.customSections]).toEqual([["Runs the Gothenburg office."], ["📇 Contact Info", "🗒️ Notes"]]);
  });

  it("person show (text): a Properties-only person reads as a person, with every contact value", async () => {
    const vault = await realVault();
    expect(await kith(vault, "person", "show", "Ana L")).toEqual({
      status: 0,
      stdout: lines(
        "Ana Lima",
        `  ${ANA}`,
        "  Tailspin Toys",
        "  Also known as: Ana L",
        "  First Name: Ana",
        "  Last Name: Lima",
        "  Email: ana.lima@tailspin.example, ana@home.example",
        "  Phone: +46 70 123 45 67",
        "  Birthday: 1990-04-02",
        "  Last contact: never",
      ),
      stderr: "",
    });
  });

  it("finds a person by an e-mail kept as a property, an inline field or a table row", async () => {
    const vault = await realVault();
    const runs = await Promise.all(["ana@home.example", "mei@tanaka.example", "noor@contoso.example", "jonas@berg.example"].map((email) => kith(vault, "person", "show", email, "--json")));
    expect(runs.map((r) => (JSON.parse(r.stdout) as { path: string }).path)).toEqual([ANA, MEI, NOOR, JONAS]);
  });
});

const row = (line: number, status: string, due: string, owners: string, description: string): string =>
  [`${MEETING}:${line}`, `[${status}]`, due, owners, description].join("\t");

describe("kith tasks on a real vault", () => {
  it("every open task: callouts and blockquotes in, [x] and [-] out, nothing from a comment or code", async () => {
    const vault = await realVault();
    expect(await kith(vault, "tasks")).toEqual({
      status: 0,
      stdout: lines(
        row(11, " ", "2026-03-09", "-", "Send Jonas Berg the proposal"),
        row(12, "/", "2026-03-12", "@AnaLima", "Draft the pilot plan with Ana Lima @AnaLima"),
        row(18, ">", "2026-03-16", "-", "Ask Mei Tanaka about the Osaka launch"),
        row(15, " ", "2026-03-20", "@NoorHaddad", "Check the logs @NoorHaddad"),
        row(19, "!", "invalid 2022-02-29", "@JonasBerg", "Confirm the budget with Jonas Berg @JonasBerg"),
        row(21, "?", "-", "-", "Does Noor Haddad join the next sync?"),
      ),
      stderr: "",
    });
  });

  it("--json: statuses, Dataview and Tasks due dates, an invalid date, owners", async () => {
    const vault = await realVault();
    const run = await kith(vault, "tasks", "--json");
    const task = (line: number, status: string, statusType: string, description: string, text: string, due: string | null, dueInvalid: string | null, owners: string[]) =>
      ({ path: MEETING, line, status, statusType, description, text, due, dueInvalid, owners, recurring: false });
    expect(JSON.parse(run.stdout)).toEqual([
      task(11, " ", "todo", "Send Jonas Berg the proposal", "Send Jonas Berg the proposal 📅 2026-03-09", "2026-03-09", null, []),
      task(12, "/", "in-progress", "Draft the pilot plan with Ana Lima @AnaLima", "Draft the pilot plan with Ana Lima @AnaLima [due:: 2026-03-12]", "2026-03-12", null, ["@AnaLima"]),
      task(18, ">", "todo", "Ask Mei Tanaka about the Osaka launch", "Ask Mei Tanaka about the Osaka launch 📅 2026-03-16", "2026-03-16", null, []),
      task(15, " ", "todo", "Check the logs @NoorHaddad", "Check the logs @NoorHaddad (due:: 2026-03-20T10:30)", "2026-03-20", null, ["@NoorHaddad"]),
      task(19, "!", "todo", "Confirm the budget with Jonas Berg @JonasBerg", "Confirm the budget with Jonas Berg @JonasBerg 📅 2022-02-29", null, "2022-02-29", ["@JonasBerg"]),
      task(21, "?", "todo", "Does Noor Haddad join the next sync?", "Does Noor Haddad join the next sync?", null, null, []),
    ]);
  });

  it.each([
    ["Jonas Berg", lines(
      "Open tasks mentioning Jonas Berg:",
      row(11, " ", "2026-03-09", "-", "Send Jonas Berg the proposal"),
      "Tasks Jonas Berg owns (@JonasBerg):",
      row(19, "!", "invalid 2022-02-29", "@JonasBerg", "Confirm the budget with Jonas Berg @JonasBerg"),
    )],
    ["Ana Lima", lines("Tasks Ana Lima owns (@AnaLima):", row(12, "/", "2026-03-12", "@AnaLima", "Draft the pilot plan with Ana Lima @AnaLima"))],
    ["Mei Tanaka", lines("Open tasks mentioning Mei Tanaka:", row(18, ">", "2026-03-16", "-", "Ask Mei Tanaka about the Osaka launch"))],
    ["Noor Haddad", lines(
      "Open tasks mentioning Noor Haddad:",
      row(21, "?", "-", "-", "Does Noor Haddad join the next sync?"),
      "Tasks Noor Haddad owns (@NoorHaddad):",
      row(15, " ", "2026-03-20", "@NoorHaddad", "Check the logs @NoorHaddad"),
    )],
    // Eli's tasks and Dana's are only inside comments (theirs and the meeting's); before, the answer was empty.
    ["Eli Fox", lines("No open tasks mention Eli Fox or belong to @EliFox.")],
    ["Dana Okafor", lines("No open tasks mention Dana Okafor or belong to @DanaOkafor.")],
  ])("--person %s: mentions, then owned (@Handle)", async (name, stdout) => {
    const vault = await realVault();
    expect(await kith(vault, "tasks", "--person", name)).toEqual({ status: 0, stdout, stderr: "" });
  });
});

describe("edits on each layout change only their lines, never a comment", () => {
  /** Runs the edits in turn and returns the note after them; each must succeed. */
  async function edited(path: string, ...edits: string[][]): Promise<string> {
    const vault = await realVault();
    for (const args of edits) {
      const run = await kith(vault, "person", ...args);
      expect(run, args.join(" ")).toMatchObject({ status: 0, stderr: "" });
    }
    return note(vault, path);
  }

  const EDITS = (path: string) => [
    ["add-fact", path, "Likes sailing."],
    ["touch", path, "--date", "2026-03-20"],
    ["set-field", path, "Email", "new@example.org"],
    ["set-field", path, "Location", "Lisbon"],
  ];

  it("Properties only: the list's first e-mail replaced, a new contact key after the last, last_contact at the end, Key Facts after the Dataview block", async () => {
    const before = await fixture(ANA);
    expect(await edited(ANA, ...EDITS(ANA))).toBe(
      swap(
        before,
        ["  - ana.lima@tailspin.example\n", "  - new@example.org\n"],
        ["Birthday: 1990-04-02\n", "Birthday: 1990-04-02\nLocation: Lisbon\n"],
        ["aliases: [Ana L]\n", "aliases: [Ana L]\nlast_contact: 2026-03-20\n"],
        ["SORT file.mtime DESC\n```\n", "SORT file.mtime DESC\n```\n\n## Key Facts\n\n- Likes sailing.\n"],
      ),
    );
  });

  it("type: person: lastContact stays camelCase, the table's Email cell and the bold label's value change, a new row is plain like its table's", async () => {
    const before = await fixture(JONAS);
    const after = await edited(JONAS, ...EDITS(JONAS).slice(1), ["set-field", JONAS, "Company", "Berg AB"]);
    expect(after).toBe(
      swap(
        before,
        ["lastContact: 2026-01-10", "lastContact: 2026-03-20"],
        ["| Email | jonas@berg.example |", "| Email | new@example.org |"],
        ["| Phone | +46 31 555 0101 |\n", "| Phone | +46 31 555 0101 |\n| Company | Berg AB |\n"],
        ["**Location:** Gothenburg", "**Location:** Lisbon"],
      ),
    );
  });

  it("type: person: add-fact appends under ## 🎯 Key Facts, not a second ## Key Facts at the end", async () => {
    const before = await fixture(JONAS);
    expect(await edited(JONAS, ["add-fact", JONAS, "Likes sailing."])).toBe(swap(before, ["- Runs the Gothenburg office.\n", "- Runs the Gothenburg office.\n- Likes sailing.\n"]));
  });

  it("inline fields: the field's value only, a new field after the last field line, a new frontmatter for the date", async () => {
    const before = await fixture(MEI);
    expect(await edited(MEI, ...EDITS(MEI))).toBe(
      swap(
        `---\nlast_contact: '2026-03-20'\n---\n${before}`,
        ["Email:: mei@tanaka.example", "Email:: new@example.org"],
        ["Birthday:: 1988-11-30\n", "Birthday:: 1988-11-30\nLocation:: Lisbon\n"],
        ["Email:: not-this@example.org\n```\n", "Email:: not-this@example.org\n```\n\n## Key Facts\n\n- Likes sailing.\n"],
      ),
    );
  });

  it("Key Facts only inside a %% comment: a real section at the end; nothing in either comment changes", async () => {
    const before = await fixture(ELI);
    const after = await edited(ELI, ...EDITS(ELI));
    expect(after).toBe(
      swap(
        `---\nlast_contact: '2026-03-20'\n---\n${before}`,
        ["Email:: eli@fox.example\n", "Email:: new@example.org\nLocation:: Lisbon\n\n## Key Facts\n\n- Likes sailing.\n"],
      ),
    );
    expect(commentsOf(after)).toEqual(commentsOf(before));
  });

  it("setext headings: the fact under the setext Key Facts, the bold-label list item's value, a new property after the last in their lower case", async () => {
    const before = await fixture(NOOR);
    expect(await edited(NOOR, ...EDITS(NOOR), ["set-field", NOOR, "Phone", "+971 4 555 0100"])).toBe(
      swap(
        before,
        ["created: 2026-01-05\n", "created: 2026-01-05\nlast_contact: 2026-03-20\n"],
        ["email: noor@contoso.example\n", "email: new@example.org\nlocation: Lisbon\n"],
        ["- **Phone:** _Unknown_", "- **Phone:** +971 4 555 0100"],
        ["- Prefers written agendas.\n", "- Prefers written agendas.\n- Likes sailing.\n"],
      ),
    );
  });

  it("Kith's layout with comments in Key Facts and Topics: the fact before the comment, topics after the closed one, the comments byte for byte", async () => {
    const before = await fixture(DANA);
    const after = await edited(DANA, ...EDITS(DANA), ["add-topic", DANA, "Capacity"]);
    expect(after).toBe(
      swap(
        before,
        ["last_contact: '2026-03-02'", "last_contact: '2026-03-20'"],
        ["| **Email** | _Unknown_ |\n", "| **Email** | new@example.org |\n| **Location** | Lisbon |\n"],
        ["- Runs two data centres.\n", "- Runs two data centres.\n- Likes sailing.\n"],
        ["Lakehouse replication %% internal: pricing %%\n", "Lakehouse replication %% internal: pricing %%, Capacity\n"],
        ["*Last updated: 2026-03-02*", `*Last updated: ${today()}*`],
      ),
    );
    expect(commentsOf(after)).toEqual(commentsOf(before));
  });

  it.each([
    ["Templates/Person.md", "Templates/Person.md is in the template folder Templates: a template, not a person note."],
    ["Extras/Templater/New person.md", "Extras/Templater/New person.md is in the template folder Extras/Templater: a template, not a person note."],
    ["Inbox/Untitled.md", "Inbox/Untitled.md has template syntax in its frontmatter ({{date}}): a template nobody rendered, not a person note."],
  ])("a template is no person: add-fact on %s is refused with why, and nothing is written", async (path, message) => {
    const vault = await realVault();
    expect(await kith(vault, "person", "add-fact", path, "x")).toEqual({ status: 2, stdout: "", stderr: `kith: ${message}\n` });
    expect(await note(vault, path)).toBe(await fixture(path));
  });

  it("a meeting note is not a person: an edit on it is refused and it is left as it was", async () => {
    const vault = await realVault();
    const run = await kith(vault, "person", "add-fact", MEETING, "x");
    expect(run.status).toBe(2);
    expect(await note(vault, MEETING)).toBe(await fixture(MEETING));
  });
});

describe("log interaction (the plugin's command; the CLI has none) on each layout: the last contact under the note's key, one Recent Context line", () => {
  const LOGGED = "## Recent Context\n\n- 2026-03-20: Call about the pilot.\n";
  const NEW_FRONTMATTER = "---\nlast_contact: '2026-03-20'\n---\n";
  it.each([
    [ANA, (t: string) => swap(t, ["aliases: [Ana L]\n", "aliases: [Ana L]\nlast_contact: 2026-03-20\n"]) + `\n${LOGGED}`],
    // After Key Facts (under its emoji heading), where the layout puts Recent Context.
    [JONAS, (t: string) => swap(t, ["lastContact: 2026-01-10", "lastContact: 2026-03-20"], ["---\n\n## 🗒️ Notes", `---\n\n${LOGGED}\n## 🗒️ Notes`])],
    [MEI, (t: string) => `${NEW_FRONTMATTER}${t}\n${LOGGED}`],
    [ELI, (t: string) => `${NEW_FRONTMATTER}${t}\n${LOGGED}`],
    [NOOR, (t: string) => swap(t, ["created: 2026-01-05\n", "created: 2026-01-05\nlast_contact: 2026-03-20\n"], ["- Prefers written agendas.\n\n", `- Prefers written agendas.\n\n${LOGGED}\n`])],
    [
      DANA,
      (t: string) =>
        swap(
          t,
          ["last_contact: '2026-03-02'", "last_contact: '2026-03-20'"],
          ["## Recent Context\n\n", `${LOGGED}`],
          ["*Last updated: 2026-03-02*", "*Last updated: 2026-03-25*"],
        ),
    ],
  ])("%s", (path, expected) => {
    const before = readFileSync(`${REAL_VAULT}/${path}`, "utf8");
    const after = logInteraction(before, { date: "2026-03-20", summary: "Call about the pilot.", via: null }, { today: "2026-03-25" });
    expect(after).toBe(expected(before));
    expect(commentsOf(after)).toEqual(commentsOf(before));
  });
});

describe("property: on every real layout, an edit changes only its own lines and no comment", () => {
  const PEOPLE = [ANA, JONAS, MEI, ELI, NOOR, DANA].map((path) => [path, readFileSync(`${REAL_VAULT}/${path}`, "utf8")] as const);
  const CTX = { today: "2026-03-25" };
  const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/);
  const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));
  /** Footer lines: every edit stamps the date into Dana's. */
  const isFooter = (line: string): boolean => line.startsWith("*Last updated:");

  it("add-fact: lines are only added (and the footer restamped); the fact reads back; comments byte for byte", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), phrase, ([path, before], fact) => {
        const after = addKeyFact(before, `${fact}.`, CTX);
        const changes = changedLines(before, after) ?? [];
        expect(changes.filter((c) => c.kind === "-" && !isFooter(c.text))).toEqual([]);
        expect(changes.filter((c) => c.kind === "+").map((c) => c.text)).toContain(`- ${fact}.`);
        expect(commentsOf(after)).toEqual(commentsOf(before));
        expect(parsePerson(after, path).keyFacts).toContain(`${fact}.`);
      }),
      { numRuns: fuzzRuns(60) },
    );
  });

  it("set-field: at most one line replaced, or one added; the value reads back; comments byte for byte", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), fc.constantFrom("Email", "Phone", "Location", "Role", "Company"), phrase, ([path, before], field, value) => {
        const after = setContactField(before, field, value, CTX);
        const changes = (changedLines(before, after) ?? []).filter((c) => !isFooter(c.text));
        expect(changes.filter((c) => c.kind === "-").length).toBeLessThanOrEqual(1);
        expect(changes.filter((c) => c.kind === "+")).toHaveLength(1);
        expect(commentsOf(after)).toEqual(commentsOf(before));
        const record = contactRecord(after, scanOutline(after), parseFrontmatter(after), DEFAULT_HEADINGS);
        expect(contactValueOf(record, field.toLowerCase())).toBe(value);
      }),
      { numRuns: fuzzRuns(60) },
    );
  });

  it("touch: one line replaced or added (or a new frontmatter block of three); comments byte for byte", () => {
    const date = fc.date({ min: new Date("2026-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), date, ([path, before], day) => {
        const after = setLastContact(before, day, CTX);
        const changes = (changedLines(before, after) ?? []).filter((c) => !isFooter(c.text));
        expect(changes.filter((c) => c.kind === "-").length).toBeLessThanOrEqual(1);
        expect(changes.filter((c) => c.kind === "+").length).toBeLessThanOrEqual(3);
        expect(commentsOf(after)).toEqual(commentsOf(before));
        const last = parsePerson(after, path).lastContact;
        expect(last !== null && last >= day).toBe(true);
      }),
      { numRuns: fuzzRuns(60) },
    );
  });
});
