import { describe, expect, it } from "vitest";
import { checkPersonNote, DEFAULT_SETTINGS, newPersonNote, personRules, type PersonRules } from "../../../src/core";

const md = (...lines: string[]): string => lines.join("\n");
const RULES: PersonRules = personRules(DEFAULT_SETTINGS, [], ["Templates"]);
const MISSING = "missing sections: Contact Information, Relationship, Background, Projects, Open Tasks, Tasks They Own, Topics Discussed, Recent Context, Profile, Key Decisions, Related";
const UNRENDERED = "a template nobody rendered, not a person; render it, or move it to the templates folder";

// Templates written after what Templater's and the core Templates plugin's documentation show.
describe("checkPersonNote: unrendered templates", () => {
  const cases: Array<[string, string, string, string[]]> = [
    ["Templater title", "Notes/New.md", md("---", "type: person", "title: <% tp.file.title %>", "---", ""), [`template syntax in frontmatter (<% tp.file.title %>): ${UNRENDERED}`]],
    [
      "a Templater block that breaks the YAML: the template, not a YAML error",
      "Notes/New.md",
      md("---", '<%* const name = await tp.system.prompt("Name of the person") -%>', "tags: [Person]", "---", ""),
      [`template syntax in frontmatter (<%* const name = await tp.system.prompt…): ${UNRENDERED}`],
    ],
    ["created: {{date}} in the people folder", "People/New.md", md("---", "created: {{date}}", "---", ""), [`template syntax in frontmatter ({{date}}): ${UNRENDERED}`]],
    ["core date format, category contact", "Notes/New.md", md("---", "category: contact", "created: {{date:YYYY-MM-DD}}", "---", ""), [`template syntax in frontmatter ({{date:YYYY-MM-DD}}): ${UNRENDERED}`]],
    ["a meeting template is no person's business", "Notes/Meeting.md", md("---", "type: meeting", "date: {{date}}", "---", ""), []],
    ["a template in the template folder is a template", "Templates/Person.md", md("---", "type: person", "created: {{date}}", "---", ""), []],
    ["a name that is still template syntax", "Notes/New.md", md("---", "type: person", "---", "# <% tp.file.title %>", ""), ["template syntax in the name (<% tp.file.title %>): a template nobody rendered, not a person"]],
  ];
  it.each(cases)("%s", (_name, path, text, problems) => {
    expect(checkPersonNote(path, text, RULES).map((f) => f.problem)).toEqual(problems);
  });
});

describe("checkPersonNote: the people folder and markers follow the rules", () => {
  const cases: Array<[string, string, string, PersonRules, string[]]> = [
    ["an empty note in the people folder", "People/Ana.md", "", RULES, ["empty note (0 bytes): fill it in or delete it"]],
    ["an empty note where the folder marks no one", "People/Ana.md", "\n", { ...RULES, peopleFolderMarksPeople: false }, []],
    ["a note of no type in the people folder is a person", "People/Ana.md", "# Ana\n\n## Key Facts\n", RULES, [MISSING]],
    ["a person note of another layout lacks no sections", "People/Ana.md", "# Ana\n", RULES, []],
    ["malformed YAML tagged Person outside the folder", "Notes/Ana.md", md("---", "tags: [Person", "---", ""), RULES, ["Malformed frontmatter at line 3: unexpected end of the stream within a flow collection"]],
    ["malformed YAML of another kind", "Notes/Plan.md", md("---", "type: plan", "title: [x", "---", ""), RULES, []],
    ["an inline #person tag", "Notes/Ana.md", "# Ana\n\n#person\n\n## Key Facts\n", RULES, [MISSING]],
    [
      "a new note that keeps its contact details in Properties needs no contact table",
      "People/Ana.md",
      newPersonNote("Ana", { today: "2026-03-10", contacts: "properties" }),
      RULES,
      [],
    ],
    ["contact properties, and a section gone", "People/Ana.md", newPersonNote("Ana", { today: "2026-03-10", contacts: "properties" }).replace("## Related\n", ""), RULES, ["missing sections: Related"]],
    ["contact properties and none of the layout's sections: another layout", "People/Ana.md", md("---", "email: ana@x.example", "---", "# Ana", ""), RULES, []],
    [
      "a table note that lost its table, with a birthday property: still missing it",
      "People/Ana.md",
      newPersonNote("Ana", { today: "2026-03-10" }).replace(/## Contact Information\n[^#]*/, "").replace("---\n\n#", "birthday: 1990-01-01\n---\n\n#"),
      RULES,
      ["missing sections: Contact Information"],
    ],
    [
      "only a contact table, with an email property: the other sections are missing",
      "People/Ana.md",
      md("---", "email: b@x.example", "---", "## Contact Information", "", "| Field | Value |", "|---|---|", ""),
      RULES,
      ["missing sections: Relationship, Background, Projects, Open Tasks, Tasks They Own, Key Facts, Topics Discussed, Recent Context, Profile, Key Decisions, Related"],
    ],
  ];
  it.each(cases)("%s", (_name, path, text, rules, problems) => {
    expect(checkPersonNote(path, text, rules).map((f) => f.problem)).toEqual(problems);
  });
});
