import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  hasTemplateSyntax,
  inlineMarkerTags,
  isPersonNote,
  notAPersonMessage,
  locateFrontmatter,
  personMarks,
  personRules,
  templateFolders,
  templateSyntaxIn,
  type PersonRules,
} from "../../../src/core";

const md = (...lines: string[]): string => lines.join("\n");
const RULES: PersonRules = personRules(DEFAULT_SETTINGS, [], ["Templates", "Extras/Templater"]);

// Fixtures written after the shapes public vaults and template collections show: Properties-only
// people tagged `Person` (kepano's vault templates), `type: person` notes, `category: "[[People]]"`
// links, Templater person templates (`<% tp.file.title %>`, `<%* ... -%>` blocks in the frontmatter)
// and core templates (`{{date:YYYY-MM-DD}}`, `{{title}}`).
describe("isPersonNote under the default settings", () => {
  const cases: Array<[string, string, string, boolean]> = [
    ["type: person", "Notes/Ana.md", md("---", "type: person", "---", "# Ana"), true],
    ["type: people (the layout's own)", "Notes/Ana.md", md("---", "type: people", "---", ""), true],
    ["type: Contact, any case", "Notes/Ana.md", md("---", "type: Contact", "---", ""), true],
    ["category: contact", "Notes/Ana.md", md("---", "category: contact", "---", ""), true],
    ["category as a link", "Notes/Ana.md", md("---", 'category: "[[People]]"', "---", ""), true],
    ["categories list with a link and an alias", "Notes/Ana.md", md("---", "category:", '  - "[[Person|folks]]"', "---", ""), true],
    ["type list", "Notes/Ana.md", md("---", "type: [friend, person]", "---", ""), true],
    ["tags: [Person]", "Notes/Ana.md", md("---", "tags: [Person]", "---", ""), true],
    ["tags list with type/people", "Notes/Ana.md", md("---", "tags:", "- type/people", "- needs-review", "---", ""), true],
    ["tags as one string", "Notes/Ana.md", md("---", "tags: friend, Person", "---", ""), true],
    ["a # after a space starts a YAML comment, not a tag", "Notes/Ana.md", md("---", "tags: friend #Person", "---", ""), false],
    ["nested tag person/work", "Notes/Ana.md", md("---", "tags: [person/work]", "---", ""), true],
    ["inline #person in the body", "Notes/Ana.md", md("# Ana", "", "Met at the fair. #person"), true],
    ["inline #Type/People, no frontmatter", "Notes/Ana.md", "#Type/People\n", true],
    ["inline nested #contact/work", "Notes/Ana.md", md("---", "aliases: [A]", "---", "Works with us #contact/work."), true],
    ["People folder, no type", "People/Ana.md", md("# Ana", ""), true],
    ["People folder, a marker type", "People/Ana.md", md("---", "type: person", "---", ""), true],
    ["People folder, another type", "People/Ana.md", md("---", "type: meeting", "---", ""), false],
    ["a tag that only starts like a marker", "Notes/Ana.md", md("---", "tags: [personal]", "---", "#peoplesoft #contacts"), false],
    ["inline tag inside fenced code", "Notes/Ana.md", md("# Ana", "```", "#person", "```", ""), false],
    ["inline tag inside inline code", "Notes/Ana.md", "Write `#person` to mark one.\n", false],
    ["a heading is no tag", "Notes/Ana.md", "# person\n", false],
    ["type: project", "Notes/Ana.md", md("---", "type: project", "---", ""), false],
    ["a person template in the Templates folder", "Templates/Person.md", md("---", "type: person", "---", ""), false],
    ["a note in the Templater folder", "Extras/Templater/People/New.md", md("---", "tags: [Person]", "---", ""), false],
    ["Templater title in the frontmatter", "Notes/New.md", md("---", "type: person", "title: <% tp.file.title %>", "---", ""), false],
    ["Templater block in the frontmatter", "People/New.md", md("---", '<%* const name = await tp.system.prompt("Name") -%>', "type: person", "---", ""), false],
    ["core template date", "Notes/New.md", md("---", "tags: [Person]", "created: {{date:YYYY-MM-DD}}", "---", ""), false],
    ["core template bare date (YAML reads an object)", "People/New.md", md("---", "created: {{date}}", "---", ""), false],
    ["template syntax in the body only is a rendered note's business", "Notes/Ana.md", md("---", "type: person", "---", "Use {{title}} in templates."), true],
  ];
  it.each(cases)("%s", (_name, path, text, expected) => {
    expect(isPersonNote(text, path, RULES)).toBe(expected);
  });
});

describe("isPersonNote under other settings", () => {
  it("reads the markers from the settings, the personType among them", () => {
    const rules = personRules({ ...DEFAULT_SETTINGS, personMarkers: ["Kontakt"], personType: "crm" });
    expect(isPersonNote(md("---", "type: kontakt", "---", ""), "a.md", rules)).toBe(true);
    expect(isPersonNote(md("---", "type: crm", "---", ""), "a.md", rules)).toBe(true);
    expect(isPersonNote("#Kontakt\n", "a.md", rules)).toBe(true);
    expect(isPersonNote(md("---", "type: person", "---", ""), "a.md", rules)).toBe(false);
  });

  it("leaves the people folder out when the setting is off, and reads no folder rule for the vault root", () => {
    const off = personRules({ ...DEFAULT_SETTINGS, peopleFolderMarksPeople: false });
    expect(isPersonNote("# Ana\n", "People/Ana.md", off)).toBe(false);
    expect(isPersonNote("# Ana\n", "Ana.md", personRules({ ...DEFAULT_SETTINGS, peopleFolder: "" }))).toBe(false);
  });

  it("throws malformed frontmatter of a note that holds no template syntax", () => {
    expect(() => isPersonNote(md("---", "type: person", "title: [Broken", "---", ""), "a.md", RULES)).toThrow(/Malformed frontmatter/);
  });
});

describe("notAPersonMessage: why a note is refused, in words", () => {
  // Before: every refusal said 'is not a person note (no "type: people")', a template with `type: person` too.
  it.each([
    ["Templates/Person.md", md("---", "type: person", "---", ""), "Templates/Person.md is in the template folder Templates: a template, not a person note."],
    ["Inbox/Untitled.md", md("---", "type: person", "created: {{date}}", "---", ""), "Inbox/Untitled.md has template syntax in its frontmatter ({{date}}): a template nobody rendered, not a person note."],
    ["Meetings/Sync.md", md("---", "type: meeting", "---", ""), "Meetings/Sync.md is not a person note: no type, category or tag of person, people, contact, and not in the people folder (People)."],
    ["People/Sync.md", md("---", "type: meeting", "---", ""), "People/Sync.md is in the people folder, but its type or category (meeting) says it is no person note."],
  ])("%s", (path, text, message) => {
    expect(isPersonNote(text, path, RULES)).toBe(false);
    expect(notAPersonMessage(text, path, RULES)).toBe(message);
  });

  it("without the people folder rule, only the markers are named", () => {
    expect(notAPersonMessage("# x\n", "a.md", { markers: ["kontakt"], personType: "crm" })).toBe("a.md is not a person note: no type, category or tag of kontakt, crm.");
  });
});

describe("personMarks", () => {
  it("names every rule a note matches, tags from the frontmatter and from the body", () => {
    expect(personMarks("People/Ana.md", { type: "person", tags: ["x"] }, RULES, () => ["#person"])).toEqual(["folder", "property", "tag"]);
    expect(personMarks("Notes/Ana.md", { category: "[[Contact]]" }, RULES)).toEqual(["property"]);
    expect(personMarks("Notes/Ana.md", {}, RULES, () => ["#Person/friends"])).toEqual(["tag"]);
    expect(personMarks("Templates/Person.md", { type: "person" }, RULES)).toEqual([]);
    expect(personMarks("Notes/Ana.md", { type: 3, tags: null }, RULES)).toEqual([]);
  });
});

describe("inlineMarkerTags", () => {
  it("finds marker tags outside fenced code, nested and prefixed ones included", () => {
    const text = md("---", "a: b", "---", "#person and #Type/People", "```", "#contact", "```", "x #contact/work, #personal");
    expect(inlineMarkerTags(text, locateFrontmatter(text), RULES)).toEqual(["#person", "#Type/People", "#contact/work"]);
  });

  it("leaves out tags inside %% and HTML comments, which Obsidian hides and does not index (before: the note was a person)", () => {
    const text = md("# Standup", "", "%% #person %%", "<!-- moved from", "#people -->", "%%", "#contact", "%%", "Met #person/work");
    expect(inlineMarkerTags(text, locateFrontmatter(text), RULES)).toEqual(["#person/work"]);
    expect(isPersonNote(md("# Standup", "", "%% #person %%", "<!-- #people -->", ""), "Notes/Standup.md", RULES)).toBe(false);
  });
});

describe("template syntax", () => {
  const cases: Array<[string, string | null]> = [
    ["title: <% tp.file.title %>", "<% tp.file.title %>"],
    ['<%* let n = await tp.system.prompt("Name") -%>', '<%* let n = await tp.system.prompt("Name") -%>'],
    ["created: {{date:YYYY-MM-DD}}", "{{date:YYYY-MM-DD}}"],
    ["# {{title}}", "{{title}}"],
    ["created: 2026-01-02", null],
    ["cost: 5 % of {budget}", null],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(templateSyntaxIn(text)).toBe(expected);
    expect(hasTemplateSyntax(text)).toBe(expected !== null);
  });
});

describe("templateFolders", () => {
  const cases: Array<[string, string | null, string | null, string[]]> = [
    ["both configs", '{"folder": "Templates"}', '{"templates_folder": "/Extras/Templater/"}', ["Templates", "Extras/Templater"]],
    ["the same folder twice", '{"folder": "Templates"}', '{"templates_folder": "Templates"}', ["Templates"]],
    ["missing files", null, null, []],
    ["invalid JSON and a BOM", "{folder: Templates", '\uFEFF{"templates_folder": "T"}', ["T"]],
    ["no folder set, a folder not text", '{"folder": ""}', '{"templates_folder": 3}', []],
    ["JSON that is no object", "null", "[1]", []],
  ];
  it.each(cases)("%s", (_name, templates, templater, expected) => {
    expect(templateFolders(templates, templater)).toEqual(expected);
  });
});
