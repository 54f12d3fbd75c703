import { describe, expect, it } from "vitest";
import { thrownBy } from "../helpers";
import {
  checkFrontmatter,
  addKeyFact,
  FrontmatterError,
  KithError,
  listValue,
  locateFrontmatter,
  parseFrontmatter,
  parsePerson,
  readScalar,
  scalarValue,
  setLastContact,
  type FrontmatterData,
} from "../../../src/core";
import { BOM, crlf, fixture, md } from "../helpers";

describe("parseFrontmatter: every scalar stays the string the user wrote", () => {
  const cases: Array<{ name: string; text: string; data: FrontmatterData }> = [
    {
      name: "dates, leading zeros, yes/true, numbers",
      text: md("---", "a: 2026-01-03", "b: 012", "c: yes", "d: true", "f: 1e3", "g: 0x1F", "h: .inf", "---", ""),
      data: { a: "2026-01-03", b: "012", c: "yes", d: "true", f: "1e3", g: "0x1F", h: ".inf" },
    },
    {
      // As Obsidian's Properties read them: `role: ~` is an empty role, not one called "~".
      name: "YAML's nulls are null, quoted they are text",
      text: md("---", "a: ~", "b: null", "c: Null", "d: NULL", "e: 'null'", 'f: "~"', "g: nullable", "h: [~, x]", "---", ""),
      data: { a: null, b: null, c: null, d: null, e: "null", f: "~", g: "nullable", h: [null, "x"] },
    },
    {
      name: "quoted scalars lose their quotes, not their text",
      text: md("---", "a: '2026-01-03'", 'b: "012"', "c: 'it''s'", 'd: "tab\\there"', "---", ""),
      data: { a: "2026-01-03", b: "012", c: "it's", d: "tab\there" },
    },
    {
      name: "an empty value is null",
      text: md("---", "a:", "b: # only a comment", "---", ""),
      data: { a: null, b: null },
    },
    {
      name: "block, indented block and flow lists",
      text: md("---", "a:", "- x", "- 2026-01-01", "b:", "  - y", "c: [z, 'w, v', 10]", "---", ""),
      data: { a: ["x", "2026-01-01"], b: ["y"], c: ["z", "w, v", "10"] },
    },
    {
      name: "comments, full-line and trailing",
      text: md("---", "# a comment", "a: b # trailing", "# another", "c: 'd' # q", "---", ""),
      data: { a: "b", c: "d" },
    },
    {
      name: "nested maps",
      text: md("---", "a:", "  b: 1", "  c: [x]", "---", ""),
      data: { a: { b: "1", c: ["x"] } },
    },
    { name: "an empty block", text: md("---", "---", "body"), data: {} },
    { name: "a block of only comments", text: md("---", "# nothing", "---", ""), data: {} },
    { name: "CRLF", text: crlf(md("---", "a: 012", "b: [x, y]", "---", "")), data: { a: "012", b: ["x", "y"] } },
    { name: "BOM", text: BOM + md("---", "a: 012", "---", ""), data: { a: "012" } },
    { name: "BOM and CRLF", text: BOM + crlf(md("---", "a: yes", "---", "")), data: { a: "yes" } },
    {
      name: "the layout's own block",
      text: md("---", "type: people", "title: Dana Okafor", "created: '2024-04-26'", "auto_created: true", "tags:", "- type/people", "---", ""),
      data: { type: "people", title: "Dana Okafor", created: "2024-04-26", auto_created: "true", tags: ["type/people"] },
    },
    { name: "a flow list with quoted items", text: md("---", "aliases: [Dana, 'Okafor, Dana', \"D. O.\"]", "---", ""), data: { aliases: ["Dana", "Okafor, Dana", "D. O."] } },
    { name: "an empty flow list", text: md("---", "aliases: []", "---", ""), data: { aliases: [] } },
    { name: "a hash without a space is text", text: md("---", "k: a#b", "---", ""), data: { k: "a#b" } },
    { name: "a colon inside a word", text: md("---", "url: https://example.com/a", "http://x: y", "---", ""), data: { url: "https://example.com/a", "http://x": "y" } },
    { name: "quoted keys", text: md("---", "'it''s': a", '"my key": b', "---", ""), data: { "it's": "a", "my key": "b" } },
    { name: "a block scalar", text: md("---", "a: |", "  two", "  lines", "b: >-", "  folded", "  text", "---", ""), data: { a: "two\nlines\n", b: "folded text" } },
    { name: "a plain scalar over two lines", text: md("---", "a: b", "  c", "---", ""), data: { a: "b c" } },
    { name: "a list item holding a map", text: md("---", "a:", "- b: c", "---", ""), data: { a: [{ b: "c" }] } },
    { name: "double-quoted escapes", text: md("---", 'a: "x\\u00e9\\\\y"', "---", ""), data: { a: "x\u00e9\\y" } },
    { name: "a tab after the colon", text: md("---", "a:\tb", "---", ""), data: { a: "b" } },
    { name: "a key named __proto__ is a plain key", text: md("---", "__proto__: x", "---", ""), data: JSON.parse('{"__proto__": "x"}') as FrontmatterData },
    { name: "fence lines with trailing spaces", text: md("---  ", "a: 1", "--- ", ""), data: { a: "1" } },
    { name: "a fence as the last line, no line break", text: md("---", "a: 1", "---"), data: { a: "1" } },
  ];
  it.each(cases)("$name", ({ text, data }) => {
    expect(parseFrontmatter(text).data).toEqual(data);
  });

  it("reports where the block sits, after a BOM", () => {
    const text = BOM + md("---", "a: 1", "---", "body");
    expect(locateFrontmatter(text)).toEqual({ open: 1, contentStart: 5, contentEnd: 10, end: 14 });
  });

  it("finds no block when the note does not start with a fence", () => {
    for (const text of ["", "body", "\n---\na: 1\n---\n", " ---\na: 1\n---\n", "----\na: 1\n----\n", "---"]) {
      expect(parseFrontmatter(text)).toEqual({ block: null, data: {} });
    }
  });

  it("does not share result objects between calls", () => {
    const text = md("---", "tags: [a]", "---", "");
    const first = parseFrontmatter(text).data;
    (first.tags as string[]).push("mutated");
    expect(parseFrontmatter(text).data).toEqual({ tags: ["a"] });
  });
});

describe("parseFrontmatter refuses malformed YAML with the file's 1-based line", () => {
  const cases: Array<{ name: string; text: string; line: number; message: RegExp }> = [
    { name: "a second colon in a plain value", text: md("---", "type: people", "title: Kai: Brandt", "---", ""), line: 3, message: /mapping pair/ },
    { name: "bad indentation", text: md("---", "a: 1", "b: 2", "  c: 3", "---", ""), line: 4, message: /bad indentation/ },
    { name: "a duplicated key", text: md("---", "a: 1", "b: 2", "a: 3", "---", ""), line: 4, message: /duplicated mapping key/ },
    { name: "an indented first line", text: md("---", "  a: 1", "b: 2", "---", ""), line: 3, message: /./ },
    { name: "with a BOM and CRLF", text: BOM + crlf(md("---", "type: people", "title: Kai: Brandt", "---", "")), line: 3, message: /mapping pair/ },
    { name: "a list, not keys", text: md("---", "- a", "- b", "---", ""), line: 2, message: /not a list of keys/ },
    { name: "a lone scalar, not keys", text: md("---", "just words", "---", ""), line: 2, message: /not a list of keys/ },
    { name: "the malformed fixture", text: fixture("malformed-yaml.md"), line: 3, message: /mapping pair/ },
    { name: "an unclosed quote", text: md("---", "a: 'b", "c: d", "---", ""), line: 4, message: /unexpected end of the stream/ },
    { name: "a nested flow list left open", text: md("---", "a: [b, [c]", "---", ""), line: 3, message: /./ },
    { name: "a terminal's colour code in a plain value", text: md("---", "type: people", "role: Lead \u001b[31mred", "---", ""), line: 3, message: /: a character YAML does not allow \(a control character such as a terminal's colour code, or a noncharacter\); delete it$/ },
    { name: "and in a quoted one", text: md("---", "type: people", 'role: "Lead \u001b[31mred"', "---", ""), line: 3, message: /: a character YAML does not allow \(a control character such as a terminal's colour code, or a noncharacter\); delete it$/ },

  ];
  it.each(cases)("$name", ({ text, line, message }) => {
    let error: unknown;
    try {
      parseFrontmatter(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FrontmatterError);
    expect(error).toBeInstanceOf(KithError);
    const fe = error as FrontmatterError;
    expect(fe.code).toBe("malformed-frontmatter");
    expect(fe.line).toBe(line);
    expect(fe.message).toMatch(new RegExp(`^Malformed frontmatter at line ${line}: `));
    expect(fe.message).toMatch(message);
  });

  it("refuses an opening fence that is never closed", () => {
    for (const text of [fixture("unclosed-fence.md"), md("---", "a: 1", ""), crlf(md("---", "a: 1", "")), BOM + md("---", "a: 1")]) {
      expect(() => parseFrontmatter(text)).toThrow(FrontmatterError);
      expect(() => parseFrontmatter(text)).toThrow(/line 1: the opening --- is never closed/);
    }
  });
});

describe("scalarValue and listValue", () => {
  it("read values as the model wants them", () => {
    expect(scalarValue("x")).toBe("x");
    expect(scalarValue(null)).toBeNull();
    expect(scalarValue(undefined)).toBeNull();
    expect(scalarValue(["x"])).toBeNull();
    expect(listValue("x")).toEqual(["x"]);
    expect(listValue("")).toEqual([]);
    expect(listValue(null)).toEqual([]);
    expect(listValue(["a", null, "b", ["c"]])).toEqual(["a", "b"]);
  });
});

describe("readScalar", () => {
  const cases: Array<[string, ReturnType<typeof readScalar>]> = [
    [" plain # c", { start: 1, end: 6, quote: "", value: "plain" }],
    [" 'it''s' # c", { start: 1, end: 8, quote: "'", value: "it's" }],
    [' "a\\"b"', { start: 1, end: 7, quote: '"', value: 'a"b' }],
    [' "\\u00e9\\x41\\U0001F98A\\N\\_\\0\\/\\\\"', { start: 1, end: 33, quote: '"', value: "\u00e9A\u{1F98A}\x85\xa0\0/\\" }],
    [" a#b", { start: 1, end: 4, quote: "", value: "a#b" }],
    ["", { start: 0, end: 0, quote: "", value: "" }],
    [" # only", { start: 1, end: 1, quote: "", value: "" }],
    [" [a, b]", null],
    [" |", null],
    [" 'open", null],
  ];
  it.each(cases)("%j", (raw, expected) => {
    expect(readScalar(raw)).toEqual(expected);
  });
});

describe("parseFrontmatter refuses YAML anchors and aliases", () => {
  /** A "billion laughs": nine levels of nine aliases each expand to 9^9 values. */
  const bomb = md(
    "---",
    "a: &a [x,x,x,x,x,x,x,x,x]",
    ...["b", "c", "d", "e", "f", "g", "h", "i"].map((k, i) => {
      const prev = "abcdefgh"[i] ?? "a";
      return `${k}: &${k} [${Array.from({ length: 9 }, () => `*${prev}`).join(",")}]`;
    }),
    "---",
    "",
  );
  it.each([
    ["a billion laughs", bomb, "&a, *a"],
    ["an anchored scalar and its alias", md("---", "type: people", "first: &d '2026-03-02'", "last_contact: *d", "---", ""), "&d, *d"],
    ["an anchored map merged into another", md("---", "base: &base", "  company: Acme", "me:", "  <<: *base", "---", ""), "&base, *base"],
  ])("%s", (_, text, names) => {
    const thrown = thrownBy(() => parseFrontmatter(text));
    expect(thrown).toBeInstanceOf(FrontmatterError);
    expect((thrown as KithError).code).toBe("unsupported-frontmatter");
    expect((thrown as Error).message).toBe(`The frontmatter uses YAML anchors/aliases (${names}); Kith does not read them. Write the values out in full.`);
  });

  it("a person note with the bomb is refused by every reader and edit, quickly", () => {
    const note = bomb.replace("---\n", "---\ntype: people\n");
    expect(() => parsePerson(note, "x.md")).toThrow(/anchors\/aliases/);
    expect(() => setLastContact(note, "2026-03-15", { today: "2026-11-25" })).toThrow(/anchors\/aliases/);
    expect(() => addKeyFact(note, "x", { today: "2026-11-25" })).toThrow(/anchors\/aliases/);
  });
});

describe("checkFrontmatter", () => {
  it("refuses what parseFrontmatter refuses, with the same message", () => {
    const notes = [md("---", "a: 'b", "---", ""), md("---", "a: b", "a: c", "---", ""), "---\na: b\rc: d\n---\n", md("---", "a: b", ""), md("---", "a: &x b", "---", "")];
    for (const note of notes) {
      const parsing = (() => {
        try {
          parseFrontmatter(note);
          return "read";
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(parsing, note).not.toBe("read");
      expect(() => checkFrontmatter(note), note).toThrow(parsing);
    }
    expect(checkFrontmatter(md("---", "type: people", "where:", "  city: Lagos", "---", ""))).toBeUndefined();
    expect(checkFrontmatter("no frontmatter")).toBeUndefined();
  });
});

describe("a line starting with --- inside the block", () => {
  // gray-matter closes the block at the first line starting with `---`; Obsidian (and Kith's
  // locateFrontmatter) only at a `---` line. Reading on would hide the keys after that line.
  it.each([
    ["a key starting with ---", md("---", "type: people", "---x: 2", "title: Dana", "---", ""), 3],
    ["a fence with a comment", md("---", "type: people", "title: Dana", "--- # not a fence", "---", ""), 4],
  ])("%s is refused, naming its line", (_, text, line) => {
    const thrown = thrownBy(() => parseFrontmatter(text));
    expect(thrown).toBeInstanceOf(FrontmatterError);
    expect((thrown as FrontmatterError).code).toBe("unsupported-frontmatter");
    expect((thrown as FrontmatterError).line).toBe(line);
    expect((thrown as Error).message).toBe(`The frontmatter has a line starting with --- at line ${line} that does not close it; Kith does not read it.`);
  });
});
