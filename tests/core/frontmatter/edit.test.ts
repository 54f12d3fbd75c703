import { describe, expect, it } from "vitest";
import { dateQuoteStyle, formatDateScalar, formatScalar, frontmatterEdit, locateFrontmatter, needsQuotes, parseFrontmatter, readScalar } from "../../../src/core";
import { applyTextEdit, type TextEdit } from "../../../src/core/text/text-edit";
import { BOM, crlf, fixture, md, runEditCases, runRefusalCases, type EditCase, type RefusalCase } from "../helpers";

/** An edit with its splice applied, so each case reads the whole note after it. */
function applied<A extends unknown[]>(edit: (text: string, ...rest: A) => TextEdit | null): (text: string, ...rest: A) => string {
  return (text, ...rest) => {
    const splice = edit(text, ...rest);
    return splice ? applyTextEdit(text, splice) : text;
  };
}
const setString = applied(frontmatterEdit.setString);
const setScalar = applied(frontmatterEdit.setScalar);
const removeKey = applied(frontmatterEdit.removeKey);
const addListItem = applied(frontmatterEdit.addListItem);
const removeListItem = applied(frontmatterEdit.removeListItem);

describe("setString keeps quote style, comments, order and line endings", () => {
  const cases: EditCase[] = [
    {
      name: "single quotes stay single",
      before: md("---", "title: 'Dana'", "x: 1", "---", ""),
      after: md("---", "title: 'Dana Okafor'", "x: 1", "---", ""),
      edit: (t) => setString(t, "title", "Dana Okafor"),
    },
    {
      name: "double quotes stay double, the trailing comment stays",
      before: md("---", 'title: "Dana"   # display name', "---", ""),
      after: md("---", 'title: "Dana O."   # display name', "---", ""),
      edit: (t) => setString(t, "title", "Dana O."),
    },
    {
      // A BOM or control character pasted into a value is written as an escape: the note keeps its one BOM, at the start.
      name: "a BOM or a control character in the value is escaped in double quotes",
      before: "\ufeff---\ntitle: 'Dana'\n---\n",
      after: '\ufeff---\ntitle: "Dana\\ufeff\\u0007"\n---\n',
      edit: (t) => setString(t, "title", "Dana\ufeff\u0007"),
    },
    {
      name: "plain stays plain when it can",
      before: md("---", "title: Dana # name", "---", ""),
      after: md("---", "title: Dana Okafor # name", "---", ""),
      edit: (t) => setString(t, "title", "Dana Okafor"),
    },
    {
      name: "plain gets quotes when the value would read as something else",
      before: md("---", "title: Dana", "---", ""),
      after: md("---", "title: 'yes'", "---", ""),
      edit: (t) => setString(t, "title", "yes"),
    },
    {
      name: "a value with a colon-space is quoted",
      before: md("---", "title: Dana", "---", ""),
      after: md("---", "title: 'Re: Dana'", "---", ""),
      edit: (t) => setString(t, "title", "Re: Dana"),
    },
    {
      name: "an apostrophe in single quotes is doubled",
      before: md("---", "title: 'x'", "---", ""),
      after: md("---", "title: 'Dana O''Neil'", "---", ""),
      edit: (t) => setString(t, "title", "Dana O'Neil"),
    },
    {
      name: "the same value is a no-op, whatever the quoting",
      before: md("---", "created: 2026-01-03 # plain date", "---", ""),
      after: md("---", "created: 2026-01-03 # plain date", "---", ""),
      edit: (t) => setString(t, "created", "2026-01-03"),
    },
    {
      name: "an empty key gets its value before the comment",
      before: md("---", "title: # fill me", "---", ""),
      after: md("---", "title: Dana # fill me", "---", ""),
      edit: (t) => setString(t, "title", "Dana"),
    },
    {
      name: "a bare key gets a value",
      before: md("---", "title:", "x: 1", "---", ""),
      after: md("---", "title: Dana", "x: 1", "---", ""),
      edit: (t) => setString(t, "title", "Dana"),
    },
    {
      name: "a new key goes at the end of the block",
      before: md("---", "type: people", "# trailing comment", "---", "body", ""),
      after: md("---", "type: people", "# trailing comment", "title: Dana", "---", "body", ""),
      edit: (t) => setString(t, "title", "Dana"),
    },
    {
      name: "a key that needs quoting is quoted",
      before: md("---", "a: 1", "---", ""),
      after: md("---", "a: 1", '"my key": v', "---", ""),
      edit: (t) => setString(t, "my key", "v"),
    },
    {
      name: "a note without frontmatter gets a block",
      before: md("# Dana", "", "text", ""),
      after: md("---", "title: Dana", "---", "# Dana", "", "text", ""),
      edit: (t) => setString(t, "title", "Dana"),
    },
    {
      name: "an empty note gets a block",
      before: "",
      after: md("---", "title: Dana", "---", ""),
      edit: (t) => setString(t, "title", "Dana"),
    },
    {
      name: "a new block goes after the BOM, in the note's line ending",
      before: BOM + crlf(md("# Dana", "")),
      after: BOM + crlf(md("---", "title: Dana", "---", "# Dana", "")),
      edit: (t) => setString(t, "title", "Dana"),
    },
    {
      name: "CRLF: only the value changes",
      before: crlf(md("---", "title: 'Dana' # c", "x: 1", "---", "")),
      after: crlf(md("---", "title: 'Dana O' # c", "x: 1", "---", "")),
      edit: (t) => setString(t, "title", "Dana O"),
    },
    {
      name: "CRLF: a new key gets CRLF",
      before: crlf(md("---", "x: 1", "---", "")),
      after: crlf(md("---", "x: 1", "title: Dana", "---", "")),
      edit: (t) => setString(t, "title", "Dana"),
    },
    {
      name: "a value with a line break is written double-quoted",
      before: md("---", "note: x", "---", ""),
      after: md("---", 'note: "a\\nb"', "---", ""),
      edit: (t) => setString(t, "note", "a\nb"),
    },
    {
      name: "the yaml-comments fixture: only the title's value changes",
      before: fixture("yaml-comments.md"),
      after: fixture("yaml-comments.md").replace('title: "Lior Ben-Ami"   # display name', 'title: "Lior Ben Ami"   # display name'),
      edit: (t) => setString(t, "title", "Lior Ben Ami"),
    },
  ];
  runEditCases(cases);
});

describe("setScalar writes the given YAML and places new keys", () => {
  const cases: EditCase[] = [
    {
      name: "after the first placement key the note has, before its trailing comment",
      before: md("---", "type: people", "created: '2026-01-01'", "# about tags", "tags: []", "---", ""),
      after: md("---", "type: people", "created: '2026-01-01'", "last_contact: '2026-02-02'", "# about tags", "tags: []", "---", ""),
      edit: (t) => setScalar(t, "last_contact", "'2026-02-02'", { after: ["created", "type"] }),
    },
    {
      name: "after a list key's last item",
      before: md("---", "tags:", "- a", "- b", "x: 1", "---", ""),
      after: md("---", "tags:", "- a", "- b", "k: 2", "x: 1", "---", ""),
      edit: (t) => setScalar(t, "k", "2", { after: ["tags"] }),
    },
    {
      name: "at the end when no placement key is there",
      before: md("---", "x: 1", "---", ""),
      after: md("---", "x: 1", "k: 2", "---", ""),
      edit: (t) => setScalar(t, "k", "2", { after: ["created"] }),
    },
    {
      name: "a new key YAML 1.1 would read as a boolean or null is quoted",
      before: md("---", "x: 1", "---", ""),
      after: md("---", "x: 1", '"n": 2', "---", ""),
      edit: (t) => setScalar(t, "n", "2"),
    },
    {
      name: "an existing key keeps its place and comment",
      before: md("---", "a: 1 # one", "b: 2", "---", ""),
      after: md("---", "a: 3 # one", "b: 2", "---", ""),
      edit: (t) => setScalar(t, "a", "3", { after: ["b"] }),
    },
  ];
  runEditCases(cases);
});

describe("addListItem in block and flow lists", () => {
  const cases: EditCase[] = [
    {
      name: "block list: after the last item",
      before: md("---", "tags:", "- type/people", "x: 1", "---", ""),
      after: md("---", "tags:", "- type/people", "- needs-review", "x: 1", "---", ""),
      edit: (t) => addListItem(t, "tags", "needs-review"),
    },
    {
      name: "indented block list: the same indent",
      before: md("---", "tags:", "  - type/people", "aliases:", "  - Piet", "---", ""),
      after: md("---", "tags:", "  - type/people", "  - needs-review", "aliases:", "  - Piet", "---", ""),
      edit: (t) => addListItem(t, "tags", "needs-review"),
    },
    {
      name: "block list followed by a comment: the comment stays after",
      before: md("---", "tags:", "- a # first", "# note", "x: 1", "---", ""),
      after: md("---", "tags:", "- a # first", "- b", "# note", "x: 1", "---", ""),
      edit: (t) => addListItem(t, "tags", "b"),
    },
    {
      name: "flow list: at the end, same separator",
      before: md("---", "tags: [type/people, x]", "---", ""),
      after: md("---", "tags: [type/people, x, needs-review]", "---", ""),
      edit: (t) => addListItem(t, "tags", "needs-review"),
    },
    {
      name: "YAML's null (~) is no item: the list is the new one",
      before: md("---", "aliases: ~", "---", ""),
      after: md("---", "aliases: [Bob]", "---", ""),
      edit: (t) => addListItem(t, "aliases", "Bob"),
    },
    {
      name: "a quoted 'null' is an item",
      before: md("---", "aliases: 'null'", "---", ""),
      after: md("---", "aliases: ['null', Bob]", "---", ""),
      edit: (t) => addListItem(t, "aliases", "Bob"),
    },
    {
      name: "flow list without spaces stays without",
      before: md("---", "tags: [a,b]", "---", ""),
      after: md("---", "tags: [a,b,c]", "---", ""),
      edit: (t) => addListItem(t, "tags", "c"),
    },
    {
      name: "flow list with a trailing comment holding brackets",
      before: md("---", "tags: [a, b] # see [x]", "---", ""),
      after: md("---", "tags: [a, b, c] # see [x]", "---", ""),
      edit: (t) => addListItem(t, "tags", "c"),
    },
    {
      name: "flow list with a quoted item holding a bracket",
      before: md("---", "tags: ['a]b', c]", "---", ""),
      after: md("---", "tags: ['a]b', c, d]", "---", ""),
      edit: (t) => addListItem(t, "tags", "d"),
    },
    {
      name: "a flow item with a comma or brackets is quoted, so it stays one item and the list stays valid",
      before: md("---", "tags: [a]", "---", ""),
      after: md("---", "tags: [a, 'x]y']", "---", ""),
      edit: (t) => addListItem(t, "tags", "x]y"),
    },
    {
      name: "a flow item with a comma",
      before: md("---", "tags: []", "---", ""),
      after: md("---", "tags: ['a, b']", "---", ""),
      edit: (t) => addListItem(t, "tags", "a, b"),
    },
    {
      name: "a lone plain scalar with a comma is quoted when it becomes a flow list",
      before: md("---", "tags: a,b # c", "---", ""),
      after: md("---", "tags: ['a,b', '{c}'] # c", "---", ""),
      edit: (t) => addListItem(t, "tags", "{c}"),
    },
    {
      name: "a block item with a comma needs no quotes",
      before: md("---", "tags:", "- a", "---", ""),
      after: md("---", "tags:", "- a", "- a, b", "---", ""),
      edit: (t) => addListItem(t, "tags", "a, b"),
    },
    {
      name: "empty flow list",
      before: md("---", "tags: []", "---", ""),
      after: md("---", "tags: [x]", "---", ""),
      edit: (t) => addListItem(t, "tags", "x"),
    },
    {
      name: "an item that needs quotes",
      before: md("---", "tags: [a]", "---", ""),
      after: md("---", "tags: [a, '#b']", "---", ""),
      edit: (t) => addListItem(t, "tags", "#b"),
    },
    {
      name: "a lone scalar becomes a flow list",
      before: md("---", "tags: a # c", "---", ""),
      after: md("---", "tags: [a, b] # c", "---", ""),
      edit: (t) => addListItem(t, "tags", "b"),
    },
    {
      name: "a bare key gets its first block item",
      before: md("---", "tags:", "x: 1", "---", ""),
      after: md("---", "tags:", "- b", "x: 1", "---", ""),
      edit: (t) => addListItem(t, "tags", "b"),
    },
    {
      name: "a missing key goes at the end, with the note's dash style",
      before: md("---", "aliases:", "  - Piet", "---", ""),
      after: md("---", "aliases:", "  - Piet", "tags:", "  - b", "---", ""),
      edit: (t) => addListItem(t, "tags", "b"),
    },
    {
      name: "no frontmatter: a new block",
      before: md("body", ""),
      after: md("---", "tags:", "- x", "---", "body", ""),
      edit: (t) => addListItem(t, "tags", "x"),
    },
    {
      name: "an item already there is a no-op",
      before: md("---", "tags: [a, b]", "---", ""),
      after: md("---", "tags: [a, b]", "---", ""),
      edit: (t) => addListItem(t, "tags", "b"),
    },
    {
      name: "CRLF block list",
      before: crlf(md("---", "tags:", "- a", "---", "")),
      after: crlf(md("---", "tags:", "- a", "- b", "---", "")),
      edit: (t) => addListItem(t, "tags", "b"),
    },
    {
      name: "CRLF bare key",
      before: crlf(md("---", "tags:", "x: 1", "---", "")),
      after: crlf(md("---", "tags:", "- b", "x: 1", "---", "")),
      edit: (t) => addListItem(t, "tags", "b"),
    },
  ];
  runEditCases(cases);
});

describe("removeListItem in block and flow lists", () => {
  const cases: EditCase[] = [
    {
      name: "block list: the item's line goes",
      before: md("---", "tags:", "- type/people", "- needs-review", "x: 1", "---", ""),
      after: md("---", "tags:", "- type/people", "x: 1", "---", ""),
      edit: (t) => removeListItem(t, "tags", "needs-review"),
    },
    {
      name: "a comment line between items stays",
      before: md("---", "tags:", "- a # one", "# about b", "- b", "- c", "---", ""),
      after: md("---", "tags:", "# about b", "- b", "- c", "---", ""),
      edit: (t) => removeListItem(t, "tags", "a"),
    },
    {
      name: "the last item, with a comment after the list",
      before: md("---", "tags:", "- a", "- b", "# trailing", "x: 1", "---", ""),
      after: md("---", "tags:", "- a", "# trailing", "x: 1", "---", ""),
      edit: (t) => removeListItem(t, "tags", "b"),
    },
    {
      name: "indented block list",
      before: md("---", "tags:", "  - a", "  - b", "x: 1", "---", ""),
      after: md("---", "tags:", "  - b", "x: 1", "---", ""),
      edit: (t) => removeListItem(t, "tags", "a"),
    },
    {
      name: "flow list, comment kept",
      before: md("---", "tags: [type/people, needs-review] # q", "---", ""),
      after: md("---", "tags: [type/people] # q", "---", ""),
      edit: (t) => removeListItem(t, "tags", "needs-review"),
    },
    {
      name: "flow list, the middle item",
      before: md("---", "tags: [a,b,c]", "---", ""),
      after: md("---", "tags: [a,c]", "---", ""),
      edit: (t) => removeListItem(t, "tags", "b"),
    },
    {
      name: "flow list, the only item",
      before: md("---", "tags: [a]", "---", ""),
      after: md("---", "tags: []", "---", ""),
      edit: (t) => removeListItem(t, "tags", "a"),
    },
    {
      name: "a lone scalar becomes an empty list",
      before: md("---", "tags: a # c", "---", ""),
      after: md("---", "tags: [] # c", "---", ""),
      edit: (t) => removeListItem(t, "tags", "a"),
    },
    {
      name: "an item not there is a no-op",
      before: md("---", "tags:", "- a", "---", ""),
      after: md("---", "tags:", "- a", "---", ""),
      edit: (t) => removeListItem(t, "tags", "z"),
    },
    {
      name: "CRLF",
      before: crlf(md("---", "tags:", "- a", "- b", "---", "")),
      after: crlf(md("---", "tags:", "- b", "---", "")),
      edit: (t) => removeListItem(t, "tags", "a"),
    },
  ];
  runEditCases(cases);

  it("uses the sameness it is given", () => {
    const text = md("---", "tags: ['#Needs-Review', x]", "---", "");
    const same = (a: string, b: string): boolean => a.replace(/^#/, "").toLowerCase() === b.toLowerCase();
    expect(removeListItem(text, "tags", "needs-review", same)).toBe(md("---", "tags: [x]", "---", ""));
  });
});

describe("removeKey", () => {
  const cases: EditCase[] = [
    {
      name: "a list key and its items, not the comment after",
      before: md("---", "a: 1", "tags:", "- x", "# c", "b: 2", "---", ""),
      after: md("---", "a: 1", "# c", "b: 2", "---", ""),
      edit: (t) => removeKey(t, "tags"),
    },
    {
      name: "a missing key is a no-op",
      before: md("---", "a: 1", "---", ""),
      after: md("---", "a: 1", "---", ""),
      edit: (t) => removeKey(t, "b"),
    },
  ];
  runEditCases(cases);
});

describe("frontmatter edits refuse bad input and change nothing", () => {
  const malformed = md("---", "a: 1", "  b: 2", "---", "");
  const cases: RefusalCase[] = [
    { name: "set on malformed YAML", before: malformed, error: /line 3/, code: "malformed-frontmatter", edit: (t) => setString(t, "a", "x") },
    { name: "add item on malformed YAML", before: malformed, error: /line 3/, edit: (t) => addListItem(t, "tags", "x") },
    { name: "remove item on malformed YAML", before: malformed, error: /line 3/, edit: (t) => removeListItem(t, "tags", "x") },
    { name: "set on an unclosed fence", before: md("---", "a: 1", "body"), error: /never closed/, edit: (t) => setString(t, "a", "x") },
    { name: "add on an unclosed fence", before: fixture("unclosed-fence.md"), error: /never closed/, edit: (t) => addListItem(t, "tags", "x") },
    // A value over more lines than the one scalar Kith sets is refused, never collapsed into it.
    { name: "set a block list", before: md("---", "title:", "- a", "- b", "# kept", "x: 1", "---", ""), error: /^title is a list; Kith only sets a single value/, code: "unsupported-frontmatter", edit: (t) => setString(t, "title", "Dana") },
    { name: "set a one-line flow list", before: md("---", "title: [a, b]", "---", ""), error: /^title is a list;/, edit: (t) => setString(t, "title", "Dana") },
    { name: "set a map", before: md("---", "title:", "  first: a", "---", ""), error: /^title is a map;/, edit: (t) => setString(t, "title", "Dana") },
    { name: "set a flow map", before: md("---", "title: {first: a}", "---", ""), error: /^title is a map;/, edit: (t) => setString(t, "title", "Dana") },
    { name: "set a folded scalar", before: md("---", "title: >-", "  Dana", "  Okafor", "---", ""), error: /^title is a multi-line text \(>-\);/, edit: (t) => setString(t, "title", "Dana") },
    { name: "set a literal scalar", before: md("---", "title: |", "  Dana", "---", ""), error: /^title is a multi-line text \(\|\);/, edit: (t) => setString(t, "title", "Dana") },
    { name: "set a plain scalar over two lines", before: md("---", "title: Dana", "  Okafor", "---", ""), error: /^title is a value over several lines;/, edit: (t) => setString(t, "title", "Dana") },
    { name: "set an anchored value", before: md("---", "title: &t Dana", "---", ""), error: /^The frontmatter uses YAML anchors\/aliases \(&t, \*t\)/, edit: (t) => setString(t, "title", "Ana") },
    { name: "set a tagged value", before: md("---", "title: !!str Dana", "---", ""), error: /^title is a value with a YAML anchor, alias or tag;/, edit: (t) => setString(t, "title", "Ana") },
    { name: "set a plain scalar whose next line starts with a dash", before: md("---", "title: Dana", "  - Okafor", "---", ""), error: /^title is a value over several lines;/, edit: (t) => setString(t, "title", "Ana") },
    { name: "set a block list after a comment", before: md("---", "title: # names", "  - Dana", "---", ""), error: /^title is a list;/, edit: (t) => setString(t, "title", "Ana") },
    { name: "set a quoted scalar over two lines", before: md("---", "title: 'Dana", "  Okafor'", "---", ""), error: /^title is a value over several lines;/, edit: (t) => setScalar(t, "title", "Ana") },
    { name: "add to a nested flow list", before: md("---", "tags: [a, [b]]", "---", ""), error: /^The value of "tags" is not a list Kith can edit/, edit: (t) => addListItem(t, "tags", "x") },
    { name: "add to a flow map", before: md("---", "tags: {a: b}", "---", ""), error: /^The value of "tags" is not a list Kith can edit/, edit: (t) => addListItem(t, "tags", "x") },
    { name: "remove from a nested flow list", before: md("---", "tags: [a, [b]]", "---", ""), error: /^The value of "tags" is not a list Kith can edit/, edit: (t) => removeListItem(t, "tags", "a") },
    {
      name: "add to a map",
      before: md("---", "tags:", "  a: 1", "---", ""),
      error: /not a list Kith can edit/,
      code: "unsupported-frontmatter",
      edit: (t) => addListItem(t, "tags", "x"),
    },
  ];
  runRefusalCases(cases);
});

describe("scalar formatting", () => {
  it.each([
    ["plain", "plain"],
    ["2026-01-03", "'2026-01-03'"],
    ["012", "'012'"],
    ["yes", "'yes'"],
    ["True", "'True'"],
    ["null", "'null'"],
    ["a: b", "'a: b'"],
    ["a #b", "'a #b'"],
    ["#tag", "'#tag'"],
    ["- x", "'- x'"],
    [" pad", "' pad'"],
    ["", "''"],
    ["it's", "it's"],
    ["'q'", "'''q'''"],
    ["Zoë Ñandú", "Zoë Ñandú"],
  ])("formatScalar(%j) is %s", (value, yaml) => {
    expect(formatScalar(value)).toBe(yaml);
    expect(needsQuotes(value)).toBe(yaml !== value);
  });

  // What YAML must not hold raw is escaped in double quotes, and reads back (YAML's reading and Kith's) as the value.
  it.each([
    ["\ufeff", '"\\ufeff"'],
    ["a\ufeffb", '"a\\ufeffb"'],
    ["a\u0001b", '"a\\u0001b"'],
    ["del\x7f", '"del\\u007f"'],
    ["nel\x85", '"nel\\u0085"'],
    ["x\uffff", '"x\\uffff"'],
    ["lone \ud800", '"lone \\ud800"'],
    ["tab\tquote\"", '"tab\\tquote\\""'],
    ["🦊 pair", "🦊 pair"],
  ])("formatScalar(%j) is %s", (value, yaml) => {
    expect(formatScalar(value)).toBe(yaml);
    expect(parseFrontmatter(`---\ntitle: ${yaml}\n---\n`).data.title).toBe(value);
    expect(readScalar(` ${yaml}`)?.value).toBe(value);
  });

  it("dates keep the note's quote style", () => {
    expect(formatDateScalar("2026-01-03", "")).toBe("2026-01-03");
    expect(formatDateScalar("2026-01-03", "'")).toBe("'2026-01-03'");
    expect(formatDateScalar("2026-01-03", '"')).toBe('"2026-01-03"');
    const plain = md("---", "created: 2026-01-01", "last_contact: '2026-01-02'", "---", "");
    expect(dateQuoteStyle(plain, locateFrontmatter(plain))).toBe("");
    expect(dateQuoteStyle(plain, locateFrontmatter(plain), "last_contact")).toBe("'");
    const none = md("---", "title: x", "---", "");
    expect(dateQuoteStyle(none, locateFrontmatter(none))).toBe("'");
    expect(dateQuoteStyle("body", null)).toBe("'");
  });
});
