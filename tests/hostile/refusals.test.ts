/**
 * The shapes of note the core refuses by design, as tests/hostile/refusals.ts recognises them
 * (the property tests accept a refusal only for these): each case states the shapes and messages
 * exactly, and what the core does with the note, refused with one of those messages or edited.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addKeyFact, isKithError, setContactField, setLastContact } from "../../src/core";
import { setFrontmatterString } from "../support/frontmatter-edits";
import { designedRefusals, type EditOf, type Shape } from "./refusals";

const CTX = { today: "2026-11-25" } as const;
const RAW = "a\u0001b";

const EDITS = {
  addKeyFact: { of: { kind: "body" }, run: (t: string) => addKeyFact(t, "Prefers email.", CTX) },
  setContactField: { of: { kind: "contact" }, run: (t: string) => setContactField(t, "Role", "CTO", CTX) },
  setLastContact: { of: { kind: "frontmatter", key: "last_contact" }, run: (t: string) => setLastContact(t, "2026-11-20", CTX) },
  setTitle: { of: { kind: "frontmatter", key: "title", value: "Dana O. Okafor" }, run: (t: string) => setFrontmatterString(t, "title", "Dana O. Okafor") },
  setRawTitle: { of: { kind: "frontmatter", key: "title", value: RAW }, run: (t: string) => setFrontmatterString(t, "title", RAW) },
} satisfies Record<string, { of: EditOf; run: (t: string) => string }>;
type EditName = keyof typeof EDITS;

const hostile = (name: string): string => readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), "utf8");

const NEVER_CLOSED = "Malformed frontmatter at line 1: the opening --- is never closed";
const fenceAt = (line: number): string => `Line ${line} opens a code block that is never closed; close it before Kith edits below it.`;
const noSeparatorAt = (line: number): string => `The contact table at line ${line} has no |---| row under its header; fix the table by hand first.`;
const cannotChange = (key: string): string => `Kith cannot change "${key}" here without touching other lines of the frontmatter; change it by hand.`;
/** A frontmatter edit never collapses a value that is not one line into one. */
const notOneScalar = (key: string, shape: string): string => `${key} is ${shape}; Kith only sets a single value there. Change it by hand.`;

interface Case {
  name: string;
  note: string;
  edit: EditName;
  /** The designed refusals, as [shape, message]. */
  designed: Array<[Shape, string]>;
  /** The core's refusal message, or "edited". */
  core: string;
}

const CASES: Case[] = [
  { name: "base.md", note: hostile("base.md"), edit: "addKeyFact", designed: [], core: "edited" },
  { name: "base.md", note: hostile("base.md"), edit: "setContactField", designed: [], core: "edited" },
  { name: "base.md", note: hostile("base.md"), edit: "setTitle", designed: [], core: "edited" },
  // A value YAML cannot hold raw is written escaped ("a\u0001b"), not refused.
  { name: "base.md, a control character in the value", note: hostile("base.md"), edit: "setRawTitle", designed: [], core: "edited" },
  { name: "truncated-file.md", note: hostile("truncated-file.md"), edit: "addKeyFact", designed: [["frontmatter-never-closed", NEVER_CLOSED]], core: NEVER_CLOSED },
  { name: "a --- line and its line break", note: "---\n", edit: "setLastContact", designed: [["frontmatter-never-closed", NEVER_CLOSED]], core: NEVER_CLOSED },
  // One `---` line with no line break is not frontmatter; a body edit would make it an opening fence.
  { name: "a lone --- line", note: "---", edit: "addKeyFact", designed: [["lone-fence-line", NEVER_CLOSED]], core: NEVER_CLOSED },
  { name: "a lone --- line", note: "---", edit: "setLastContact", designed: [["lone-fence-line", NEVER_CLOSED]], core: "edited" },
  {
    name: "a lone --- line, a control character in the value",
    note: "---",
    edit: "setRawTitle",
    designed: [["lone-fence-line", NEVER_CLOSED]],
    core: "edited",
  },
  {
    name: "lone-cr-yaml.md",
    note: hostile("lone-cr-yaml.md"),
    edit: "setContactField",
    designed: [["lone-cr-in-frontmatter", "The frontmatter has a line break Kith does not edit (a lone CR) at line 3."]],
    core: "The frontmatter has a line break Kith does not edit (a lone CR) at line 3.",
  },
  { name: "a CRLF in LF frontmatter is no lone CR", note: "---\na: 1\r\n---\n", edit: "setLastContact", designed: [], core: "edited" },
  {
    name: "malformed-yaml.md",
    note: hostile("malformed-yaml.md"),
    edit: "addKeyFact",
    designed: [["yaml-refused", "Malformed frontmatter at line 3: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"]],
    core: "Malformed frontmatter at line 3: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line",
  },
  {
    name: "unclosed-fence.md (the footer's rule closes the block)",
    note: hostile("unclosed-fence.md"),
    edit: "setTitle",
    designed: [["yaml-refused", "Malformed frontmatter at line 13: end of the stream or a document separator is expected"]],
    core: "Malformed frontmatter at line 13: end of the stream or a document separator is expected",
  },
  {
    name: "a list for frontmatter",
    note: "---\n- a\n---\n",
    edit: "addKeyFact",
    designed: [["yaml-refused", "Malformed frontmatter at line 2: the block is not a list of keys"]],
    core: "Malformed frontmatter at line 2: the block is not a list of keys",
  },
  { name: "frontmatter of only a comment", note: "---\n# only a comment\n---\n", edit: "setLastContact", designed: [], core: "edited" },
  { name: "unclosed-code-fence.md", note: hostile("unclosed-code-fence.md"), edit: "addKeyFact", designed: [["code-fence-never-closed", fenceAt(22)]], core: fenceAt(22) },
  // The edit is above the fence: allowed, and done.
  { name: "unclosed-code-fence.md", note: hostile("unclosed-code-fence.md"), edit: "setContactField", designed: [["code-fence-never-closed", fenceAt(22)]], core: "edited" },
  { name: "unclosed-code-fence.md", note: hostile("unclosed-code-fence.md"), edit: "setLastContact", designed: [], core: "edited" },
  { name: "a fence after a BOM, CRLF frontmatter", note: "\uFEFF---\r\ntitle: x\r\n---\r\n```\r\ncode\r\n", edit: "addKeyFact", designed: [["code-fence-never-closed", fenceAt(4)]], core: fenceAt(4) },
  { name: "a shorter run does not close a fence", note: "````\n```\n", edit: "addKeyFact", designed: [["code-fence-never-closed", fenceAt(1)]], core: fenceAt(1) },
  { name: "a fence whose info string holds U+2028", note: "```\u2028x\n", edit: "addKeyFact", designed: [["code-fence-never-closed", fenceAt(1)]], core: fenceAt(1) },
  { name: "a fence opened on a last line that ends in a CR", note: "# A\n\n```\r", edit: "addKeyFact", designed: [["code-fence-never-closed", fenceAt(3)]], core: fenceAt(3) },
  { name: "``` inside a ~~~ fence", note: "~~~\n```\n~~~\n", edit: "addKeyFact", designed: [], core: "edited" },
  { name: "a backtick in a backtick fence's info string: no fence", note: "```js `x`\n", edit: "addKeyFact", designed: [], core: "edited" },
  { name: "four spaces of indent: no fence", note: "    ```\n", edit: "addKeyFact", designed: [], core: "edited" },
  { name: "contact-no-separator.md", note: hostile("contact-no-separator.md"), edit: "setContactField", designed: [["contact-table-without-separator", noSeparatorAt(14)]], core: noSeparatorAt(14) },
  { name: "contact-no-separator.md", note: hostile("contact-no-separator.md"), edit: "addKeyFact", designed: [], core: "edited" },
  {
    // The frontmatter is read first: a contact field may live there.
    name: "a contact table without its separator, under malformed YAML (the YAML is refused first)",
    note: '---\nquoted: "open\n---\n## Contact Information\n| **** |  |\n',
    edit: "setContactField",
    designed: [["yaml-refused", "Malformed frontmatter at line 3: unexpected end of the stream within a double quoted scalar"], ["contact-table-without-separator", noSeparatorAt(5)]],
    core: "Malformed frontmatter at line 3: unexpected end of the stream within a double quoted scalar",
  },
  // A |---| line set apart from the header (a blank line, a line of text) is no part of the
  // table: Markdown reads neither as a table, and Kith reads no rows from it.
  {
    name: "a |---| line a blank line below the header",
    note: "## Contact Information\n| Field | Value |\n\n|-------|-------|\n",
    edit: "setContactField",
    designed: [["contact-table-without-separator", noSeparatorAt(2)]],
    core: noSeparatorAt(2),
  },
  {
    name: "a |---| line a line of text below the header, CRLF, after a BOM",
    note: "\uFEFF# Dana\r\n\r\n## Contact Information\r\n\r\n| Field | Value |\r\nrows below\r\n|---|---|\r\n| **Role** | Eng |\r\n",
    edit: "setContactField",
    designed: [["contact-table-without-separator", noSeparatorAt(5)]],
    core: noSeparatorAt(5),
  },
  { name: "a |---| row right under the header, no rows yet", note: "## Contact Information\n| Field | Value |\n|---|---|\n", edit: "setContactField", designed: [], core: "edited" },
  { name: "a contact table with its separator", note: "## Contact Information\n\n| Field | Value |\n|---|---|\n| **Role** | Eng |\n", edit: "setContactField", designed: [], core: "edited" },
  { name: "a contact heading inside code is no section", note: "```\n## Contact Information\n| a |\n```\n", edit: "setContactField", designed: [], core: "edited" },
  { name: "yaml-tab-key.md", note: hostile("yaml-tab-key.md"), edit: "setLastContact", designed: [["value-not-one-scalar", "last_contact is a map; Kith only sets a single date there. Change it by hand."], ["yaml-misread-by-lines", cannotChange("last_contact")]], core: "last_contact is a map; Kith only sets a single date there. Change it by hand." },
  { name: "multiline-quoted-yaml.md", note: hostile("multiline-quoted-yaml.md"), edit: "setTitle", designed: [["yaml-misread-by-lines", cannotChange("title")]], core: cannotChange("title") },
  { name: "an indented mapping", note: "---\n  a: 1\n  b: 2\n---\n", edit: "setLastContact", designed: [["yaml-misread-by-lines", cannotChange("last_contact")]], core: cannotChange("last_contact") },
  // Misread, but the new key's line goes in without touching the others: allowed, and done.
  { name: "a key after a tab", note: "---\na: 1\n\tb: 2\n---\n", edit: "setLastContact", designed: [["yaml-misread-by-lines", cannotChange("last_contact")]], core: "edited" },
  // A flow mapping over two lines: its second line looks like a key of its own.
  { name: "a flow mapping over two lines", note: "---\ntitle: {a: 1,\nb: 2}\n---\n", edit: "setTitle", designed: [["value-not-one-scalar", notOneScalar("title", "a map")], ["yaml-misread-by-lines", cannotChange("title")]], core: notOneScalar("title", "a map") },
  { name: "a key after a tab", note: "---\na: 1\n\tb: 2\n---\n", edit: "setTitle", designed: [["yaml-misread-by-lines", cannotChange("title")]], core: "edited" },
  { name: "a key after a tab", note: "---\ntitle: a\n\tb: 2\n---\n", edit: "setTitle", designed: [["value-not-one-scalar", notOneScalar("title", "a map")], ["yaml-misread-by-lines", cannotChange("title")]], core: notOneScalar("title", "a map") },
];

function coreOutcome(edit: EditName, note: string): string {
  try {
    EDITS[edit].run(note);
    return "edited";
  } catch (error) {
    return isKithError(error) ? error.message : `not a KithError: ${String(error)}`;
  }
}

describe("shapes of note the core refuses by design", () => {
  it.each(CASES)("$name: $edit", ({ note, edit, designed, core }) => {
    expect(designedRefusals(note, EDITS[edit].of).map((r) => [r.shape, r.message])).toEqual(designed);
    expect(coreOutcome(edit, note)).toBe(core);
  });

  it("the why of each names the shape and, for a fence or a table, its line", () => {
    expect(designedRefusals(hostile("unclosed-code-fence.md"), { kind: "body" }).map((r) => r.why)).toEqual(["a code fence never closed at line 22"]);
    expect(designedRefusals("## Contact Information\n| a |\n\n|---|\n", { kind: "contact" }).map((r) => r.why)).toEqual(["a contact table without its |---| row at line 2"]);
    expect(designedRefusals("---\na: 1\n\tb: 2\n---\n", { kind: "frontmatter", key: "x" }).map((r) => r.why)).toEqual(["a line indented with a tab"]);
    expect(designedRefusals('---\ntitle: "a\nb"\n---\n', { kind: "frontmatter", key: "x" }).map((r) => r.why)).toEqual(["a quoted scalar over two lines"]);
    expect(designedRefusals("---\nx: 1\n&anchor a: 1\n---\n", { kind: "frontmatter", key: "x" }).map((r) => r.why)).toEqual(["YAML js-yaml refuses, or anchors it reads"]);
    expect(designedRefusals("---\nx: &anchor a\n---\n", { kind: "frontmatter", key: "x" }).map((r) => r.why)).toEqual(["YAML js-yaml refuses, or anchors it reads"]);
    expect(designedRefusals("---\nx: {a: 1,\nb: 2}\n---\n", { kind: "frontmatter", key: "x" }).map((r) => r.why)).toEqual(["x is a map", 'keys read line by line ["x","b"], YAML\'s ["x"]']);
    expect(designedRefusals("---\nx: 1\n...\n---\n", { kind: "frontmatter", key: "x" }).map((r) => r.why)).toEqual(["x is a value over several lines", 'a line starting with "..."']);
    expect(designedRefusals("---\n? complex\n---\n", { kind: "frontmatter", key: "x" }).map((r) => r.why)).toEqual(['a line starting with "? c"']);
    expect(designedRefusals("---\nb: *anchor\n---\n", { kind: "frontmatter", key: "x" }).map((r) => [r.why, r.message])).toEqual([
      ["YAML js-yaml refuses, or anchors it reads", 'Malformed frontmatter at line 2: unidentified alias "anchor"'],
    ]);
  });
});
