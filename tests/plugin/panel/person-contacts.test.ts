/** The panel's contact rows come from the contact record: wherever a field lives, e-mail and phone as links. */
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, PeopleIndex, personEntry, personRules } from "../../../src/core";
import { personModel } from "../../../src/plugin/panel/model/person-model";
import type { PanelSources } from "../../../src/plugin/panel/model/panel-model";
import { INLINE_FIELDS, PROPERTIES_ONLY, TYPE_PERSON } from "../../core/person/contact-fixtures";

const sources = {
  settings: DEFAULT_SETTINGS,
  templatePrompts: [],
  templateFolders: [],
  today: "2026-03-25",
  people: new PeopleIndex(),
  tasks: { forPerson: () => ({ mentioned: [], owned: [] }) },
  projects: { linking: () => [] },
  frontmatterOf: () => null,
  contextLinksOf: () => new Set<string>(),
} as unknown as PanelSources;

const contact = (text: string) => personModel("People/x.md", text, sources).contact;

describe("personModel: contact rows from the record", () => {
  it("Properties only: the standard rows filled from properties, a list's other values as more, then other known fields", () => {
    expect(contact(PROPERTIES_ONLY)).toEqual([
      { field: "Role", value: null },
      { field: "Company", value: "Tailspin Toys" },
      { field: "Department", value: null },
      { field: "Email", value: "ana.lima@tailspin.example", more: ["ana@home.example"], href: "mailto:ana.lima@tailspin.example" },
      { field: "Phone", value: "+46 70 123 45 67", href: "tel:+46701234567" },
      { field: "LinkedIn", value: null },
      { field: "Location", value: null },
      { field: "First Name", value: "Ana" },
      { field: "Last Name", value: "Lima" },
      { field: "Birthday", value: "1990-04-02" },
    ]);
  });

  it("type: person: the 📇 Contact Info table and a bold-label Location; Relationship is no contact field", () => {
    const model = personModel("People/x.md", TYPE_PERSON, sources);
    expect(model.contact.filter((f) => f.value !== null)).toEqual([
      { field: "Email", value: "jonas@berg.example", href: "mailto:jonas@berg.example" },
      { field: "Phone", value: "+46 31 555 0101", href: "tel:+46315550101" },
      { field: "Location", value: "Gothenburg" },
    ]);
  });

  it("inline fields fill the header's role and company", () => {
    expect(personModel("People/x.md", INLINE_FIELDS, sources)).toMatchObject({ role: "product lead", company: "Wide World Importers" });
  });
});

describe("the last contact date under the note's own key", () => {
  it("camelCase lastContact shows in the status line and counts for staleness", () => {
    const model = personModel("People/x.md", TYPE_PERSON, sources);
    expect(model.status).toMatchObject({ lastContact: "2026-01-10", stale: true, threshold: 30 });
  });
});

describe("the person's next key date, from the people index", () => {
  const withIndex = (text: string): PanelSources => {
    const people = new PeopleIndex();
    people.set("People/x.md", personEntry("People/x.md", text, personRules(DEFAULT_SETTINGS)));
    return { ...sources, people };
  };

  it("a birthday shows with the age it marks and how far off it is, in the date format", () => {
    // PROPERTIES_ONLY has `Birthday: 1990-04-02`; today is 2026-03-25.
    expect(personModel("People/x.md", PROPERTIES_ONLY, withIndex(PROPERTIES_ONLY)).nextDate).toBe("Birthday, turns 36: 2026-04-02 (in 8 days)");
  });

  it("a note the index does not hold, or without key dates, shows none", () => {
    expect(personModel("People/x.md", PROPERTIES_ONLY, sources).nextDate).toBeNull();
    expect(personModel("People/x.md", TYPE_PERSON, withIndex(TYPE_PERSON)).nextDate).toBeNull();
  });
});
