import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bulletText, itemKey, mayHaveItemKey } from "../../../src/core/person/bullets";
import { fuzzRuns } from "../../support/fuzz-runs";

describe("itemKey", () => {
  it.each([
    ["Prefers email to calls.", "prefers email to calls"],
    ["  Prefers   EMAIL\tto calls!?  ", "prefers email to calls"],
    ["Café…", "café"],
    ["Cafe\u0301", "café"],
    ["...", ""],
    ["a.b.c.", "a.b.c"],
    // Lowercased before the spaces are collapsed, as a final sigma reads by what follows it.
    ["ΑΣ\uFEFFΒ", "ασ β"],
    ["Α\uFEFFΣ", "α ς"],
  ])("%j -> %j", (item, key) => {
    expect(itemKey(item)).toBe(key);
  });
});

describe("mayHaveItemKey", () => {
  it.each([
    ["Prefers email", "prefers email", true],
    ["  prefers email", "prefers email", true],
    ["Likes tea", "prefers email", false],
    ["!!!", "", true],
    ["Éclair", "éclair", true],
    ["e\u0301clair", "éclair", true],
    ["=\u0338 ten", "\u2260 ten", true],
    ["\u00a0prefers email", "prefers email", true],
  ])("%j may have %j: %s", (item, key, expected) => {
    expect(mayHaveItemKey(item, key)).toBe(expected);
  });

  it("never rules out an item whose key is the same", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "A", "b", " ", "  ", "\t", ".", "!", "…", "é", "e\u0301", ",", "Z"), maxLength: 12 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        if (itemKey(a) === itemKey(b)) expect(mayHaveItemKey(a, itemKey(b)), JSON.stringify([a, b])).toBe(true);
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });

  it("never rules out a respelling of the same item", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "B", " ", "\t", ".", "é", "Ä", "x"), minLength: 1, maxLength: 12 });
    const respell = fc.tuple(fc.boolean(), fc.constantFrom("", " ", "  ", "\t"), fc.constantFrom("", ".", "!?", " …"));
    fc.assert(
      fc.property(text, respell, (a, [upper, lead, tail]) => {
        const b = lead + (upper ? a.toUpperCase() : a.toLowerCase()) + tail;
        expect(itemKey(b)).toBe(itemKey(a));
        expect(mayHaveItemKey(b, itemKey(a)), JSON.stringify([a, b])).toBe(true);
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});

describe("bulletText", () => {
  it("captures what /^ {0,3}[-*+][ \\t]+(.*)$/ captures, trimmed, on every line of up to five pieces", () => {
    const reference = (line: string): string => /^ {0,3}[-*+][ \t]+(.*)$/.exec(line)?.[1]?.trim() ?? "";
    const pieces = [" ", "\t", "-", "*", "+", "1.", "a", "\r", "\u2028", "\u00a0"];
    let lines = [""];
    const all: string[] = [""];
    for (let length = 1; length <= 5; length++) {
      lines = lines.flatMap((line) => pieces.map((piece) => line + piece));
      all.push(...lines);
    }
    expect(all.filter((line) => bulletText(line) !== reference(line))).toEqual([]);
  });
});
