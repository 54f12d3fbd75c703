import { describe, expect, it } from "vitest";
import { DEFAULT_HEADINGS, FrontmatterError, isPersonNote, parseContextLine, parsePerson, type Person } from "../../../src/core";
import { fixture, fixtureNames, md } from "../helpers";
import { INLINE_FIELDS, PROPERTIES_ONLY, TYPE_PERSON } from "./contact-fixtures";

const UNKNOWN_CONTACT = {
  Role: null,
  Company: null,
  Department: null,
  Email: null,
  Phone: null,
  LinkedIn: null,
  Location: null,
};

/** A person with nothing filled in: each expectation below states all that differs. */
function person(name: string, file: string, fields: Partial<Person>): Person {
  return {
    name,
    path: `People/${file}`,
    title: name,
    created: null,
    lastContact: null,
    autoCreated: false,
    needsReview: false,
    tags: ["type/people"],
    aliases: [],
    contact: {},
    contactExtra: {},
    // The contact record is checked on its own below and in contact-record.test.ts.
    contacts: expect.any(Array) as Person["contacts"],
    relationship: null,
    background: null,
    keyFacts: [],
    topics: [],
    recentContext: [],
    olderContext: [],
    profile: { role: null, relationship: null, background: [] },
    keyDecisions: [],
    related: [],
    handle: `@${name.replace(/\s+/g, "")}`,
    customSections: [],
    ...fields,
  };
}

const EXPECTED: Record<string, Person> = {
  "Dana Okafor.md": {
    name: "Dana Okafor",
    path: "People/Dana Okafor.md",
    title: "Dana Okafor",
    created: "2026-02-11",
    lastContact: "2026-03-02",
    autoCreated: true,
    needsReview: true,
    tags: ["type/people", "needs-review"],
    aliases: [],
    contact: {
      Role: "Head of data platform (owns the lakehouse roadmap)",
      Company: "Northwind Foods",
      Department: null,
      Email: null,
      Phone: null,
      LinkedIn: null,
      Location: null,
    },
    contactExtra: {},
    contacts: expect.any(Array) as Person["contacts"],
    relationship: null,
    background: null,
    keyFacts: ["Runs two data centres active-active, 40 ms apart.", "Wants an S3-compatible endpoint first; GCS API later."],
    topics: ["Lakehouse replication", "Capacity planning", "Pilot scoping"],
    recentContext: [
      {
        date: "2026-03-02",
        link: "2026-03-02 - Pilot scoping call with the Northwind data platform team",
        summary: "Scoped the pilot to two clusters and real Spark jobs, a...",
        via: "Northwind",
      },
      { date: "2026-02-11", link: "2026-02-11 - Intro call", summary: "First call; agreed to a design session in March.", via: "Sam Reyes" },
    ],
    olderContext: [],
    profile: {
      role: "Head of data platform (Data Platform)",
      relationship: "Customer contact",
      background: ["Introduced by Sam Reyes at the February partner event."],
    },
    keyDecisions: ["Run the pilot on real workloads, not synthetic benchmarks.", "Send consolidated questions before the design session."],
    related: [],
    handle: "@DanaOkafor",
    customSections: [],
  },
  "crlf.md": person("Ivo Marsh", "crlf.md", {
    created: "2026-01-20",
    lastContact: "2026-02-14",
    contact: { Role: "Finance systems lead", Company: "Ledgerline", Email: "ivo.marsh@ledgerline.example" },
    keyFacts: ["Prefers calls before 10am."],
    topics: ["Billing migration"],
    recentContext: [{ date: "2026-02-14", link: "2026-02-14 - Billing sync", summary: "Agreed the cut-over weekend.", via: "Ledgerline" }],
  }),
  "bom.md": person("Mei Tanaka", "bom.md", {
    created: "2026-04-02",
    lastContact: "2026-04-02",
    contact: UNKNOWN_CONTACT,
    keyFacts: ["Speaks at the spring meetup."],
    topics: ["Search relevance"],
    recentContext: [{ date: "2026-04-02", link: "2026-04-02 - Meetup chat", summary: "Met at the meetup.", via: "Community" }],
  }),
  "bom-crlf.md": person("Oskar Lind", "bom-crlf.md", {
    created: "2026-05-06",
    lastContact: "2026-05-07",
    contact: UNKNOWN_CONTACT,
    keyFacts: ["Moved from Malmö to Oslo."],
    topics: ["Hiring", "Team topology"],
    recentContext: [{ date: "2026-05-07", link: null, summary: "Quick call about hiring", via: null }],
  }),
  "missing-sections.md": person("Rafael Souza", "missing-sections.md", {
    created: "2026-06-01",
    contact: { Role: "Platform engineer", Company: "Quaystone" },
    background: "Ex-SRE; ran on-call for a payments team.",
    related: ["Quaystone"],
  }),
  "reordered-sections.md": person("Hana Weiss", "reordered-sections.md", {
    created: "2026-03-10",
    lastContact: "2026-03-28",
    contact: { Role: "VP Engineering", Company: "Orbitel" },
    keyFacts: ["Leads the Berlin office."],
    topics: ["Roadmap", "Office expansion"],
    recentContext: [{ date: "2026-03-28", link: "2026-03-28 - Roadmap review", summary: "Reviewed Q2 roadmap.", via: "Orbitel" }],
    keyDecisions: ["Pilot starts in April."],
  }),
  "custom-sections.md": person("Tomás Ibarra", "custom-sections.md", {
    created: "2026-02-02",
    contact: { Role: "Designer" },
    keyFacts: ["Cycles to work all year."],
    topics: ["Design systems"],
    recentContext: [{ date: "2026-02-02", link: null, summary: "Met at the design offsite", via: null }],
    customSections: ["Family", "Gift Ideas", "Scratchpad"],
  }),
  "fenced-headings.md": person("Noor Haddad", "fenced-headings.md", {
    created: "2026-07-07",
    background: md(
      "Writes docs in Markdown:",
      "",
      "```markdown",
      "## Key Facts",
      "",
      "- This is not a fact, it is an example.",
      "```",
      "",
      "~~~",
      "## Recent Context",
      "- 2026-01-01: not an entry",
      "~~~",
      "",
      "````md",
      "```",
      "## Topics Discussed",
      "```",
      "## Key Decisions",
      "````",
    ),
    keyFacts: ["Maintains the style guide."],
    topics: ["Documentation", "Style guides"],
  }),
  "unquoted-dates.md": person("Bea Kowalski", "unquoted-dates.md", {
    created: "2026-01-15",
    lastContact: "2026-02-20",
    autoCreated: true,
    needsReview: true,
    tags: ["type/people", "needs-review"],
    keyFacts: ["Runs the analytics guild."],
    recentContext: [{ date: "2026-02-20", link: "2026-02-20 - Guild sync", summary: "Shared the metrics glossary.", via: null }],
  }),
  "yaml-comments.md": person("Lior Ben-Ami", "yaml-comments.md", {
    created: "2026-03-03",
    lastContact: "2026-03-09",
    needsReview: true,
    tags: ["type/people", "needs-review"],
    aliases: ["Lior"],
    keyFacts: ["Ex-founder; sold a logistics startup."],
  }),
  "flow-tags.md": person("Amara Nwosu", "flow-tags.md", {
    created: "2026-08-01",
    autoCreated: true,
    needsReview: true,
    tags: ["type/people", "needs-review"],
    aliases: ["Amara N.", "Nwosu, Amara"],
    keyFacts: ["Joined from a telco."],
  }),
  "indented-lists.md": person("Pieter de Vries", "indented-lists.md", {
    created: "2026-09-09",
    autoCreated: true,
    needsReview: true,
    tags: ["type/people", "needs-review"],
    aliases: ["Piet"],
    keyFacts: ["Runs the Rotterdam depot.", "Likes sailing."],
  }),
  "contact-table-extra-column.md": person("Sunita Rao", "contact-table-extra-column.md", {
    created: "2026-10-01",
    contact: { Role: "CTO", Company: "Brightwell Labs", Email: "sunita@brightwell.example", Phone: null, Notes: null, Pager: "555|0199" },
    contactExtra: { Role: ["LinkedIn"], Company: ["email signature"], Email: ["card"], Phone: [""], Pager: ["old"] },
    keyFacts: ["Hires for curiosity."],
  }),
  "no-frontmatter.md": person("Gus Moreau", "no-frontmatter.md", {
    title: null,
    tags: [],
    contact: { Role: "Bookseller" },
    keyFacts: ["Knows every first edition in the shop."],
  }),
  "empty.md": person("empty", "empty.md", { title: null, tags: [] }),
  "no-trailing-newline.md": person("Yusuf Demir", "no-trailing-newline.md", {
    created: "2026-04-04",
    keyFacts: ["Builds synthesizers on weekends."],
    topics: ["Audio", "Embedded"],
  }),
  "heading-trailing-hashes.md": person("Greta Lund", "heading-trailing-hashes.md", {
    created: "2026-05-05",
    keyFacts: ["Speaks four languages."],
    topics: ["Localisation"],
    recentContext: [{ date: "2026-05-05", link: "2026-05-05 - Kickoff", summary: "Kickoff for the localisation project.", via: null }],
  }),
  "no-footer.md": person("Malik Osei", "no-footer.md", {
    created: "2026-06-06",
    lastContact: "2026-06-20",
    keyFacts: ["Runs the night shift."],
    recentContext: [{ date: "2026-06-20", link: "2026-06-20 - Shift handover", summary: "Walked through the handover checklist.", via: null }],
    related: ["Night operations"],
  }),
};

const REFUSED: Record<string, RegExp> = {
  "malformed-yaml.md": /^Malformed frontmatter at line 3: /,
  "unclosed-fence.md": /^Malformed frontmatter at line 1: the opening --- is never closed$/,
};

describe("parsePerson reads every fixture", () => {
  it("has an expectation for every fixture file", () => {
    expect(Object.keys({ ...EXPECTED, ...REFUSED }).sort()).toEqual(fixtureNames());
  });

  it.each(Object.keys(EXPECTED))("%s", (file) => {
    expect(parsePerson(fixture(file), `People/${file}`)).toEqual(EXPECTED[file]);
  });

  it.each(Object.keys(REFUSED))("%s is refused", (file) => {
    expect(() => parsePerson(fixture(file), `People/${file}`)).toThrow(FrontmatterError);
    expect(() => parsePerson(fixture(file), `People/${file}`)).toThrow(REFUSED[file]!);
  });
});

describe("parsePerson details", () => {
  it("the name is the title, else the H1, else the file name", () => {
    expect(parsePerson(md("---", "title: '  Ana   Lima '", "---", "# Other", ""), "x/y.md").name).toBe("Ana Lima");
    expect(parsePerson(md("# Ana Lima ##", ""), "x/y.md").name).toBe("Ana Lima");
    expect(parsePerson("", "x/Ana Lima.md").name).toBe("Ana Lima");
  });

  it("renamed headings are read with the rules' headings, and are not custom", () => {
    const text = md("## Facts", "", "- a", "", "## Key Facts", "", "- b", "");
    const headings = { ...DEFAULT_HEADINGS, keyFacts: "Facts" };
    const p = parsePerson(text, "x.md", { headings });
    expect(p.keyFacts).toEqual(["a"]);
    expect(p.customSections).toEqual(["Key Facts"]);
  });

  it("a heading written with other spacing or case is the layout's section, not a custom one", () => {
    const p = parsePerson(md("## key   FACTS", "", "- a", "", "## Hobbies", ""), "x.md");
    expect(p.keyFacts).toEqual(["a"]);
    expect(p.customSections).toEqual(["Hobbies"]);
  });

  it("Older Context, raw lines and the task handle from the note's own query", () => {
    const text = md(
      "## Recent Context",
      "- odd line",
      "- 2026-01-02: [[N|Alias]] — done (via X)",
      "## Older Context",
      "- 2025-01-01: old",
      "## Tasks They Own",
      "```dataview",
      'TASK WHERE contains(text, "@dana") AND !completed',
      "```",
      "",
    );
    const p = parsePerson(text, "Dana.md");
    expect(p.recentContext).toEqual([{ raw: "- odd line" }, { date: "2026-01-02", link: "N|Alias", summary: "done", via: "X" }]);
    expect(p.olderContext).toEqual([{ date: "2025-01-01", link: null, summary: "old", via: null }]);
    expect(p.handle).toBe("@dana");
  });

  it("the layout's own prompts count as empty", () => {
    const p = parsePerson(
      md("## Relationship", "", "_How do you work with this person? What is your dynamic?_", "", "## Background", "", "_Career history, expertise, interests, personal details shared..._", ""),
      "x.md",
    );
    expect(p.relationship).toBeNull();
    expect(p.background).toBeNull();
  });

  it("italic text the user wrote is content, not a placeholder", () => {
    const p = parsePerson(
      md(
        "## Relationship",
        "",
        "_How do you work with this person?_",
        "",
        "## Background",
        "",
        "*Ran the Lisbon office for six years.*",
        "",
        "## Topics Discussed",
        "",
        "_Kubernetes, Go, Rust_",
        "",
        "## Profile",
        "",
        "**Role**: _Staff engineer_",
        "**Relationship**: _Unknown_",
        "",
      ),
      "x.md",
    );
    expect(p.relationship).toBe("_How do you work with this person?_");
    expect(p.background).toBe("*Ran the Lisbon office for six years.*");
    expect(p.topics).toEqual(["Kubernetes", "Go", "Rust"]);
    expect(p.profile).toEqual({ role: "_Staff engineer_", relationship: null, background: [] });
  });

  it("a template note's prompt lines count as empty when the rules name them", () => {
    const text = md("## Relationship", "", "*Who are they to you?*", "", "## Topics Discussed", "", "_Topics go here_", "");
    expect(parsePerson(text, "x.md").relationship).toBe("*Who are they to you?*");
    const p = parsePerson(text, "x.md", { placeholders: ["*Who are they to you?*", "_Topics go here_"] });
    expect(p.relationship).toBeNull();
    expect(p.topics).toEqual([]);
  });

  it("topics split on commas outside parentheses", () => {
    expect(parsePerson(md("## Topics Discussed", "", "A (x, y), B,", "C", ""), "x.md").topics).toEqual(["A (x, y)", "B", "C"]);
  });

  it("parseContextLine", () => {
    expect(parseContextLine("- 2026-03-02: [[M]] - s (via A)")).toEqual({ date: "2026-03-02", link: "M", summary: "s", via: "A" });
    expect(parseContextLine("* 2026-03-02: s")).toEqual({ date: "2026-03-02", link: null, summary: "s", via: null });
    expect(parseContextLine("- March 2: s")).toEqual({ raw: "- March 2: s" });
  });
});

describe("isPersonNote", () => {
  it("type: people, a person tag anywhere, or a note of no other type in the people folder", () => {
    const tagged = md("---", "tags: [type/people]", "---", "");
    expect(isPersonNote(fixture("Dana Okafor.md"), "Anywhere/Dana.md")).toBe(true);
    expect(isPersonNote(tagged, "People/x.md", { peopleFolder: "People" })).toBe(true);
    expect(isPersonNote(tagged, "Projects/x.md", { peopleFolder: "People" })).toBe(true);
    expect(isPersonNote(md("---", "type: project", "---", ""), "People/x.md", { peopleFolder: "People" })).toBe(false);
    expect(isPersonNote(md("---", "type: contact", "---", ""), "x.md", { personType: "contact" })).toBe(true);
    expect(isPersonNote(fixture("no-frontmatter.md"), "People/x.md")).toBe(false);
    expect(isPersonNote(fixture("no-frontmatter.md"), "People/x.md", { peopleFolder: "People" })).toBe(true);
  });
});

describe("parsePerson: the contact record and the last contact date in other layouts", () => {
  it("Dana's record: the table's rows (the Profile's bold labels are Profile's)", () => {
    const contacts = parsePerson(fixture("Dana Okafor.md"), "People/Dana Okafor.md").contacts;
    expect(contacts.map((f) => [f.key, f.source, f.values, f.also.map((o) => o.source)])).toEqual([
      ["role", "table", ["Head of data platform (owns the lakehouse roadmap)"], []],
      ["company", "table", ["Northwind Foods"], []],
      ["department", "table", [], []],
      ["email", "table", [], []],
      ["phone", "table", [], []],
      ["linkedin", "table", [], []],
      ["location", "table", [], []],
    ]);
  });

  it.each([
    ["Properties only", PROPERTIES_ONLY, "email", ["ana.lima@tailspin.example", "ana@home.example"], "property"],
    ["type: person", TYPE_PERSON, "location", ["Gothenburg"], "bold-label"],
    ["inline fields", INLINE_FIELDS, "company", ["Wide World Importers"], "inline-field"],
  ])("%s: the record has the field where it lives", (_name, text, key, values, source) => {
    expect(parsePerson(text, "People/x.md").contacts.find((f) => f.key === key)).toMatchObject({ values, source });
  });

  it("a 📇 Contact Info table is the contact table", () => {
    expect(parsePerson(TYPE_PERSON, "People/x.md").contact).toEqual({ Email: "jonas@berg.example", Phone: "+46 31 555 0101" });
  });

  it.each(["last_contact", "lastContact", "last-contact", "Last Contact", "LASTCONTACT"])("the last contact date is read from %s", (key) => {
    expect(parsePerson(md("---", `${key}: 2026-01-10`, "---", ""), "x.md").lastContact).toBe("2026-01-10");
  });
});
