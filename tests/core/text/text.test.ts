import { describe, expect, it } from "vitest";
import { detectEol, truncateOnWord } from "../../../src/core";
import { atLineStart, lineStart, removeLine } from "../../../src/core/text/lines";
import { sliceWhole } from "../../../src/core/text/truncate";

describe("truncateOnWord", () => {
  it.each([
    ["short enough", 20, "short enough"],
    ["Scoped the pilot to two clusters and real Spark jobs", 25, "Scoped the pilot to..."],
    ["one,   two;  three", 12, "one, two..."],
    ["  spaces\n\tfolded  ", 50, "spaces folded"],
    ["Supercalifragilistic", 10, "Superca..."],
    ["aaaaaaaaa😀😀😀", 13, "aaaaaaaaa..."],
  ])("%j at %i -> %j", (text, max, out) => {
    expect(truncateOnWord(text, max)).toBe(out);
    expect(truncateOnWord(text, max).length).toBeLessThanOrEqual(max);
  });

  it("never leaves half an emoji", () => {
    expect(sliceWhole("ab😀", 3)).toBe("ab");
    expect(sliceWhole("ab😀", 4)).toBe("ab😀");
  });
});

describe("line starts", () => {
  it.each([
    ["\nab", 0, 0],
    ["\nab", 2, 1],
    ["a\nb", 3, 2],
    ["ab", 1, 0],
  ])("lineStart(%j, %i) is %i", (text, pos, start) => {
    expect(lineStart(text, pos)).toBe(start);
  });
  it.each([
    ["a\nb", 0, true],
    ["a\nb", 1, false],
    ["a\nb", 2, true],
    ["a\nb", 3, true],
  ])("atLineStart(%j, %i) is %s", (text, at, starts) => {
    expect(atLineStart(text, at)).toBe(starts);
  });
});

describe("line helpers", () => {
  it("detectEol: the first line break decides", () => {
    expect(detectEol("a\r\nb\n")).toBe("\r\n");
    expect(detectEol("a\nb\r\n")).toBe("\n");
    expect(detectEol("no break")).toBe("\n");
    expect(detectEol("\r\n")).toBe("\r\n");
  });

  it("removeLine keeps a missing final line break missing", () => {
    expect(removeLine("a\nb\nc", { start: 4, end: 5, next: 5 })).toBe("a\nb");
    expect(removeLine("a\r\nb\r\nc", { start: 6, end: 7, next: 7 })).toBe("a\r\nb");
    expect(removeLine("a\nb\nc\n", { start: 2, end: 3, next: 4 })).toBe("a\nc\n");
    expect(removeLine("only", { start: 0, end: 4, next: 4 })).toBe("");
  });
});
