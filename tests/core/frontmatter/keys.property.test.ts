import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyOf } from "../../../src/core/frontmatter/keys";
import { fuzzRuns } from "../../support/fuzz-runs";

/** The reading keyOf makes by hand for plain keys: the pattern it keeps for the others. */
const KEY_LINE =
  /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"\-?:,[\]{}&*!|>%@`][^#\r\n]*?|-[^\s#][^#\r\n]*?))[ \t]*:(?=[ \t\r]|$)/;

function byPattern(line: string): { key: string; colonEnd: number } | null {
  const m = KEY_LINE.exec(line);
  if (!m) return null;
  return { key: m[1] ?? (m[2] !== undefined ? m[2].replace(/''/g, "'") : (m[3] ?? "")), colonEnd: m[0].length };
}

describe("keyOf", () => {
  const cases: Array<[string, { key: string; colonEnd: number } | null]> = [
    ["type: people", { key: "type", colonEnd: 5 }],
    ["last_contact: '2026-01-02'", { key: "last_contact", colonEnd: 13 }],
    ["first name \t: Dana", { key: "first name", colonEnd: 13 }],
    ["url: https://example.com", { key: "url", colonEnd: 4 }],
    ["http://x: y", { key: "http://x", colonEnd: 9 }],
    ["tags:", { key: "tags", colonEnd: 5 }],
    ["key:\r", { key: "key", colonEnd: 4 }],
    ["a#b: c", null],
    ["a:b", null],
    ["  - item", null],
    ["'quoted key': x", { key: "quoted key", colonEnd: 13 }],
    ["-dash: x", { key: "-dash", colonEnd: 6 }],
  ];
  it.each(cases)("%j", (line, expected) => {
    expect(keyOf(line)).toEqual(expected);
    expect(byPattern(line)).toEqual(expected);
  });

  it("reads every line as the pattern does", () => {
    const piece = fc.constantFrom("a", "Z", "_", "0", "9", " ", "\t", ":", ": ", ":\t", ":\r", "#", " #", "\r", "\n", "-", "'", '"', "é", "\u00a0", "[", "x y", "//");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join("")), (line) => {
        expect(keyOf(line), JSON.stringify(line)).toEqual(byPattern(line));
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
