import { describe, expect, it } from "vitest";
import { isAscii, oneLine, toNfc } from "../../../src/core/text/unicode";

describe("oneLine", () => {
  it.each([
    ["Dana Okafor", "Dana Okafor"],
    ["  Dana   Okafor ", "Dana Okafor"],
    ["Dana\tOkafor\r\nLagos", "Dana Okafor Lagos"],
    ["Cafe\u0301 au lait", "Café au lait"],
    ["\u00a0Dana\u00a0", "Dana"],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });
});

describe("toNfc and isAscii", () => {
  it.each([
    ["plain", "plain", true],
    ["Cafe\u0301", "Café", false],
    ["\u212a", "K", false],
    ["🙂", "🙂", false],
  ])("%j -> %j (ASCII: %s)", (input, nfc, ascii) => {
    expect(toNfc(input)).toBe(nfc);
    expect(isAscii(input)).toBe(ascii);
  });
});
