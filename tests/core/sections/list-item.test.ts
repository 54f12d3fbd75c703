import { describe, expect, it } from "vitest";
import { isListItemLine } from "../../../src/core/sections/section";

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
    ["-\r", false],
    ["\t- a", false],
    ["0)", true],
  ];
  it.each(cases)("%j is a list item: %s", (line, expected) => {
    expect(isListItemLine(line)).toBe(expected);
  });
});
