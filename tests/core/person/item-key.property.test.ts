import { describe, expect, it } from "vitest";
import { bulletText, itemKey } from "../../../src/core/person/bullets";

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

describe("bulletText", () => {
  it("captures what /^ {0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]+(.*)$/ captures, trimmed, on every line of up to five pieces", () => {
    const reference = (line: string): string => /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/.exec(line)?.[1]?.trim() ?? "";
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
