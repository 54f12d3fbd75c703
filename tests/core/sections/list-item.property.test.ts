import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isListItemLine } from "../../../src/core/sections/section";
import { fuzzRuns } from "../../support/fuzz-runs";

/** The pattern isListItemLine reads by hand. */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

describe("isListItemLine", () => {
  const cases: Array<[string, boolean]> = [
    ["- a", true],
    ["-", true],
    ["   * a", true],
    ["    - a", false],
    ["+\ta", true],
    ["-a", false],
    ["1. a", true],
    ["123456789) a", true],
    ["1234567890. a", false],
    ["1.a", false],
    [". a", false],
    ["", false],
    ["\u00a0- a", false],
  ];
  it.each(cases)("%j is a list item: %s", (line, expected) => {
    expect(isListItemLine(line)).toBe(expected);
    expect(LIST_ITEM.test(line)).toBe(expected);
  });

  it("reads every line as the pattern does", () => {
    const piece = fc.constantFrom(" ", "  ", "\t", "-", "*", "+", "1", "0", "9", "12345", ".", ")", "a", "\r", "\u00a0", "#");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join("")), (line) => {
        expect(isListItemLine(line), JSON.stringify(line)).toBe(LIST_ITEM.test(line));
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
