import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, checkPersonNote, isPersonNote, personRules, type PersonRules } from "../../../src/core";
import { personPrecheck } from "../../../src/core/person/person-precheck";

const md = (...lines: string[]): string => lines.join("\n");
const RULES: PersonRules = personRules(DEFAULT_SETTINGS, [], []);

/** The full rules' answer; malformed frontmatter is no person (the full rules throw, the precheck may say anything). */
function fullRules(text: string, path: string, rules: PersonRules): boolean {
  try {
    return isPersonNote(text, path, rules);
  } catch {
    return false;
  }
}

describe("personPrecheck", () => {
  // Shapes from is-person.test.ts's fixtures (public vaults' people, meetings, templates).
  const cases: Array<[string, string, string, boolean]> = [
    ["type: person", "Notes/Ana.md", md("---", "type: person", "---", "# Ana"), true],
    ["a link category", "Notes/Ana.md", md("---", 'category: "[[People|folks]]"', "---"), true],
    ["a tag list", "Notes/Ana.md", md("---", "tags: [Person]", "---"), true],
    ["a type/ tag", "Notes/Ana.md", md("---", "tags:", "  - type/PEOPLE", "---"), true],
    ["a body tag", "Notes/Ana.md", md("# Ana", "", "Met at the fair #contact/work"), true],
    ["the people folder", "People/Ana.md", md("# Ana"), true],
    ["a YAML escape could spell a marker", "Notes/Ana.md", md("---", 'type: "\\x70erson"', "---"), true],
    ["a frontmatter that never closes", "Notes/Ana.md", md("---", "type: meeting"), true],
    ["a meeting", "Meetings/2024-01-01 - Sync.md", md("---", "type: meeting", "attendees:", '- "[[Ana Lima]]"', "tags:", "- meeting/internal", "---", "# Sync", "", "We met."), false],
    ["a marker inside a longer word", "Notes/Sales.md", md("---", "type: salesperson", "tags: [contacts]", "---", "Peoples of the north."), false],
    ["a backslash in the body only", "Notes/Paths.md", md("---", "type: note", "---", "C:\\Users\\ana"), false],
    ["a people folder prefix that is another folder", "Peoplex/Ana.md", md("# Ana"), false],
  ];
  it.each(cases)("%s", (_name, path, text, maybe) => {
    expect(personPrecheck(RULES)(text, path)).toBe(maybe);
  });

  it("says maybe to every note when a marker is empty or not ASCII (the check could not be sure)", () => {
    const meeting = md("---", "type: meeting", "---", "# Sync");
    expect(personPrecheck({ markers: [" "] })(meeting, "a.md")).toBe(true);
    expect(personPrecheck({ markers: ["persön"] })(meeting, "a.md")).toBe(true);
  });

  it("finds a marker that overlaps a refused match of itself", () => {
    expect(personPrecheck({ markers: ["b.b"] })("xb.b.b", "a.md")).toBe(true);
    expect(personPrecheck({ markers: ["b.b"] })("xb.bb", "a.md")).toBe(false);
  });

  it("a marker with a space matches the space folded from a line break", () => {
    const rules: PersonRules = { markers: ["key person"] };
    const text = md("---", "type: key", "  person", "---");
    expect(fullRules(text, "a.md", rules)).toBe(true);
    expect(personPrecheck(rules)(text, "a.md")).toBe(true);
  });

  it("the iu flags fold every character that toLowerCase makes an ASCII letter", () => {
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const lower = char.toLowerCase();
      if (/^[a-z]$/.test(lower)) expect(new RegExp(lower, "iu").test(char), `U+${code.toString(16)}`).toBe(true);
    }
  });
});

describe("personPrecheck never says no to a person (property)", () => {
  const markerWord = fc.constantFrom("person", "people", "contact", "client", "key person", "crm-contact", "a.b", "k");
  /** A word as people write it: any case per letter; the Kelvin sign for k. */
  const cased = (word: fc.Arbitrary<string>): fc.Arbitrary<string> =>
    fc.tuple(word, fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), fc.boolean()).map(([w, upper, kelvin]) =>
      [...w].map((c, i) => (kelvin && c === "k" ? "\u212A" : upper[i] ? c.toUpperCase() : c)).join(""),
    );
  const noise = fc.constantFrom("meeting", "Ana Lima", "salesperson", "contacts", "x", "", " ", "/", "#", "[[", "]]", "|", "type/", "é", "_", "{{date}}", "<% tp.file.title %>", "[unclosed", "{a: ", "&anchor", ": :");
  const token = fc.oneof(cased(markerWord), noise, fc.string({ maxLength: 6 }));
  const word = fc.array(token, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(""));
  const escaped = word.map((w) => [...w].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join(""));
  const value = fc.oneof(
    word,
    word.map((w) => `'${w}'`),
    word.map((w) => `"${w}"`),
    escaped.map((w) => `"${w}"`),
    word.map((w) => `"[[${w}]]"`),
    fc.tuple(word, word).map(([a, b]) => `"[[${a}|${b}]]"`),
    fc.array(word, { maxLength: 3 }).map((ws) => `[${ws.join(", ")}]`),
    fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.map((w) => `\n  - ${w}`).join("")),
    fc.tuple(word, word).map(([a, b]) => `>\n  ${a}\n  ${b}`),
  );
  const key = fc.constantFrom("type", "category", "tags", "tag", "Type", "aliases", "title");
  const frontmatter = fc.array(fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`), { maxLength: 4 });
  const bodyLine = fc.oneof(word, word.map((w) => `#${w}`), word.map((w) => `text #type/${w}/sub`), fc.constant("```"), fc.constant("%%"));
  const note = fc.tuple(fc.boolean(), frontmatter, fc.array(bodyLine, { maxLength: 4 })).map(([hasFrontmatter, fm, body]) =>
    [...(hasFrontmatter ? ["---", ...fm, "---"] : []), ...body].join("\n"),
  );
  const path = fc.tuple(fc.constantFrom("People/", "people/", "Peoplex/", "Notes/", "", "People/sub/"), word).map(([f, n]) => `${f}${n.replace(/[\\/]/g, "") || "n"}.md`);
  const rules = fc.record({
    markers: fc.option(fc.array(markerWord, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    personType: fc.option(markerWord, { nil: undefined }),
    peopleFolder: fc.constantFrom("People", "/People/", "", "Notes"),
    peopleFolderMarksPeople: fc.boolean(),
  });

  it("the precheck's maybe covers every note the full rules call a person", () => {
    fc.assert(
      fc.property(note, path, rules, (text, notePath, r) => {
        if (fullRules(text, notePath, r)) expect(personPrecheck(r)(text, notePath)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("the precheck's maybe covers every note kith doctor reports (it skips the others)", () => {
    fc.assert(
      fc.property(note, path, rules, (text, notePath, r) => {
        if (checkPersonNote(notePath, text, r).length > 0) expect(personPrecheck(r)(text, notePath)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("finds people at all (the generator is not vacuous)", () => {
    const people = fc.sample(fc.tuple(note, path, rules), 2000).filter(([t, p, r]) => fullRules(t, p, r) && !p.startsWith("People/"));
    expect(people.length).toBeGreaterThan(50);
  });
});
