import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { isSimpleYaml, readSimpleYaml } from "../../../src/core/frontmatter/fast-yaml";
import { checkFrontmatter, parseFrontmatter } from "../../../src/core/frontmatter/parse";
import { fuzzRuns } from "../../support/fuzz-runs";

function jsYaml(source: string): unknown {
  return yaml.load(source, { schema: yaml.FAILSAFE_SCHEMA }) ?? {};
}

describe("readSimpleYaml: the shapes it reads", () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ["the layout's own block", "type: people\ntitle: Dana Okafor\ncreated: '2024-04-26'\nauto_created: true\ntags:\n- type/people\n", { type: "people", title: "Dana Okafor", created: "2024-04-26", auto_created: "true", tags: ["type/people"] }],
    ["indented list items", "tags:\n  - a\n  - b", { tags: ["a", "b"] }],
    ["a flow list", "aliases: [Dana, 'Okafor, Dana', \"D. O.\"]", { aliases: ["Dana", "Okafor, Dana", "D. O."] }],
    ["an empty flow list", "aliases: []", { aliases: [] }],
    ["an empty value", "last_contact:\nnext: x", { last_contact: null, next: "x" }],
    ["comments", "# top\ntype: people # kept\nname: 'a' # b\n", { type: "people", name: "a" }],
    ["a hash without a space is text", "k: a#b", { k: "a#b" }],
    ["doubled single quotes", "k: 'it''s'", { k: "it's" }],
    ["YAML 1.1 words stay strings", "a: yes\nb: 012\nc: null\nd: ~", { a: "yes", b: "012", c: "null", d: "~" }],
    ["CRLF", "a: 1\r\nb:\r\n- x\r\n", { a: "1", b: ["x"] }],
    ["a colon inside a word", "url: https://example.com/a", { url: "https://example.com/a" }],
    ["nothing", "", {}],
  ];
  it.each(cases)("%s", (_name, source, expected) => {
    expect(readSimpleYaml(source)).toEqual(expected);
    expect(isSimpleYaml(source)).toBe(true);
    expect(jsYaml(source)).toEqual(expected);
  });

  const leftToJsYaml: Array<[string, string]> = [
    ["a nested mapping", "a:\n  b: c"],
    ["a block scalar", "a: |\n  text"],
    ["a multi-line plain scalar", "a: b\n  c"],
    ["a duplicate key", "a: 1\na: 2"],
    ["a tab", "a:\tb"],
    ["escapes in double quotes", 'a: "x\\ty"'],
    ["an anchor", "a: &x b"],
    ["a quoted key", "'a': b"],
    ["a value after a list key", "a: b\n- c"],
    ["a list item holding a mapping", "a:\n- b: c"],
    ["an unclosed quote", "a: 'b"],
    ["a colon and space in a plain value", "a: b: c"],
    ["a nested flow list", "a: [b, [c]]"],
    ["a flow mapping", "a: {b: c}"],
    ["mixed item indents", "a:\n  - b\n- c"],
    ["a lone CR inside a line", "a: b\rc: d"],
    ["NBSP-only spacing", "a:\u00a0b"],
    ["__proto__", "__proto__: x"],
  ];
  it.each(leftToJsYaml)("%s goes to js-yaml", (_name, source) => {
    expect(readSimpleYaml(source)).toBeNull();
    expect(isSimpleYaml(source)).toBe(false);
  });

  it("checkFrontmatter refuses what parseFrontmatter refuses, with the same message", () => {
    const notes = ["---\na: 'b\n---\n", "---\na: b\na: c\n---\n", "---\na: b\rc: d\n---\n", "---\na: b\n"];
    for (const note of notes) {
      const parsing = (() => {
        try {
          parseFrontmatter(note);
          return "read";
        } catch (error) {
          return String(error);
        }
      })();
      expect(parsing, note).not.toBe("read");
      expect(() => checkFrontmatter(note), note).toThrow(parsing.replace(/^\w+: /, ""));
    }
    expect(checkFrontmatter("---\ntype: people\nwhere:\n  city: Lagos\n---\n")).toBeUndefined();
  });

  it("parseFrontmatter gives the same data on both paths", () => {
    const note = "---\ntype: people\naliases: [Dana]\ntags:\n  - a\n---\n# Dana\n";
    expect(parseFrontmatter(note).data).toEqual({ type: "people", aliases: ["Dana"], tags: ["a"] });
    const nested = "---\ntype: people\nwhere:\n  city: Lagos\n---\n";
    expect(parseFrontmatter(nested).data).toEqual({ type: "people", where: { city: "Lagos" } });
  });
});

// Fragments close to the edges of the shapes: quotes, comments, colons, brackets, indents.
const word = fc.constantFrom("a", "Dana", "yes", "012", "~", "null", "é", "🙂", "a b", "x:y", "it's", "#", "a #b", "a#b", "\u00a0", "-", "?", ":", ",", "[", "]", "{", "}", "&x", "*x", "!t", "|", ">", "%", "@", "`", "\\", "''", '""', "'", '"', " ", "  ", "...", "---", "__proto__", "\r");
const piece = fc.array(word, { minLength: 0, maxLength: 4 }).map((w) => w.join(""));
const keyName = fc.constantFrom("a", "b", "type", "tags", "first name", "x.y", "k-1", "_k", "a ", "'q'", "-a", "a:b");
const line = fc.oneof(
  fc.tuple(keyName, fc.constantFrom(": ", ":", ":  ", ": '", ': "', ": [", ":\t"), piece, fc.constantFrom("", "'", '"', "]", " # c", "  ", ", x]", "''")).map((p) => p.join("")),
  fc.tuple(fc.constantFrom("- ", "  - ", "    - ", "-", "-  ", "  -"), piece).map((p) => p.join("")),
  fc.constantFrom("", "  ", "# comment", "  # indented comment", "  continued", "   "),
  piece,
);
const block = fc.array(line, { minLength: 0, maxLength: 8 }).map((lines) => lines.join("\n"));

describe("readSimpleYaml agrees with js-yaml", () => {
  it("returns js-yaml's reading, or null, for near-YAML blocks", () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(block, (source) => {
        runs++;
        const fast = readSimpleYaml(source);
        // The check-only walk must give the same verdict as the reading.
        expect(isSimpleYaml(source), JSON.stringify(source)).toBe(fast !== null);
        if (fast === null) return;
        read++;
        let reference: unknown;
        expect(() => (reference = jsYaml(source)), source).not.toThrow();
        expect(fast, JSON.stringify(source)).toEqual(reference);
      }),
      { numRuns: fuzzRuns(2000) },
    );
    // The property says little unless a fair share of the blocks take the fast path.
    expect(read / runs).toBeGreaterThan(0.1);
  });

  it("reads the blocks Kith itself writes", () => {
    const value = fc.oneof(fc.constantFrom("Dana", "2026-11-25", "'2026-11-25'", '"x"', "[a, b]", "[]", "type/people"), fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ./-]{0,20}[A-Za-z0-9]$/));
    const entry = fc.tuple(fc.stringMatching(/^[a-z][a-z_]{0,10}$/), value);
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e[0], maxLength: 8 }), (entries) => {
        const source = entries.map(([k, v]) => `${k}: ${v}`).join("\n");
        const fast = readSimpleYaml(source);
        expect(fast, source).not.toBeNull();
        expect(fast).toEqual(jsYaml(source));
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
