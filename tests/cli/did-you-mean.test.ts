import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closest, didYouMean, editDistance } from "../../src/cli/did-you-mean";

describe("editDistance", () => {
  it.each([
    ["doctor", "doctor", 0],
    ["docter", "doctor", 1],
    ["shwo", "show", 1], // two neighbours swapped: one edit
    ["persn", "person", 1],
    ["", "abc", 3],
    ["kitten", "sitting", 3],
    ["Ana Lúcia", "Ana Lucia", 1],
  ])("%s -> %s: %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it("is zero only for equal strings, and at most the longer length", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
      }),
    );
  });
});

describe("closest and didYouMean", () => {
  const commands = ["list", "show", "new", "add-fact", "add-decision", "add-topic", "set-field", "touch"];
  it.each([
    ["shwo", ["show"]],
    ["add-fcat", ["add-fact"]],
    ["add-topc", ["add-topic"]],
    ["frob", []],
    ["x", []],
  ])("%s -> %j", (typed, expected) => {
    expect(closest(typed, commands, (c) => [c])).toEqual(expected);
  });

  it.each([
    [[], ""],
    [["doctor"], ' Did you mean "doctor"?'],
    [["a", "b"], ' Did you mean "a" or "b"?'],
    [["a", "b", "c"], ' Did you mean "a", "b" or "c"?'],
  ])("%j -> %j", (guesses, sentence) => {
    expect(didYouMean(guesses)).toBe(sentence);
  });
});
