import { describe, expect, it } from "vitest";
import { cleanName, cutOnWord, defaultHandle, KithError, MAX_FILE_NAME_LENGTH, nameKey, sameName, toFileName } from "../../../src/core";

const FORBIDDEN_IN_VAULT = /[\\/:*?"<>|#^[\]]/;
const hasControl = (s: string): boolean => [...s].some((c) => c.charCodeAt(0) < 0x20);

describe("toFileName", () => {
  it.each([
    ["Dana Okafor", "Dana Okafor"],
    ["../etc/passwd", "etc passwd"],
    ["..\\..\\windows\\system32", "windows system32"],
    ["a|b#c^d", "a b c d"],
    ['What? "Really" <no>: *yes*', "What Really no yes"],
    ["[[Dana]]", "Dana"],
    ["CON", "CON (person)"],
    ["con.txt", "con.txt (person)"],
    ["Lpt1", "Lpt1 (person)"],
    ["nul ", "nul (person)"],
    ["Connor", "Connor"],
    ["  .hidden name.  ", "hidden name"],
    ["Dana\tOkafor\n", "Dana Okafor"],
    ["🦊 Fox Mulder", "🦊 Fox Mulder"],
    ["👩🏽‍💻", "👩🏽‍💻"],
    ["مريم العلي", "مريم العلي"],
    ["דנה אוקפור", "דנה אוקפור"],
    ["Zoe\u0308 Ban\u0303o", "Zoë Baño"],
  ])("%j -> %j", (name, file) => {
    expect(toFileName(name)).toBe(file);
    expect(file).not.toMatch(FORBIDDEN_IN_VAULT);
    expect(hasControl(file)).toBe(false);
  });

  it.each(["", "   ", "///", "?*:", "...", "[[]]", "#^|"])("refuses %j: nothing is left", (name) => {
    expect(() => toFileName(name)).toThrow(KithError);
    expect(() => toFileName(name)).toThrow(/cannot be a file name/);
    try {
      toFileName(name);
    } catch (e) {
      expect((e as KithError).code).toBe("invalid-name");
    }
  });

  it("cuts a long name on a word boundary", () => {
    const name = `${"word ".repeat(40)}end`;
    const file = toFileName(name);
    expect(file.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(file).toMatch(/^(word )*word$/);
  });

  it("never splits an emoji when a single long word has to be cut", () => {
    const file = toFileName(`${"a".repeat(119)}😀`);
    expect(file).toBe("a".repeat(119));
    expect(toFileName(`${"a".repeat(118)}😀b`)).toBe(`${"a".repeat(118)}😀`);
    expect(file).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe("cutOnWord", () => {
  it.each([
    ["short", 10, "short"],
    ["one two three", 9, "one two"],
    ["one two three", 7, "one two"],
    ["onetwothree", 5, "onetw"],
    ["ab😀", 3, "ab"],
  ])("%j at %i -> %j", (text, max, cut) => {
    expect(cutOnWord(text, max)).toBe(cut);
  });
});

describe("nameKey", () => {
  it.each([
    ["Dana Okafor", "dana okafor"],
    ["  DANA   okafor ", "dana okafor"],
    ["Okafor, Dana", "dana okafor"],
    ["Okafor,Dana", "dana okafor"],
    ["José Álvarez", "jose alvarez"],
    ["Jose\u0301 A\u0301lvarez", "jose alvarez"],
    ["Zoë Ñandú", "zoe nandu"],
    ["Łukasz", "łukasz"],
    ["مريم العلي", "مريم العلي"],
  ])("%j -> %j", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("sameName ignores accents, case, spacing and Last, First order", () => {
    expect(sameName("Álvarez, José", "jose alvarez")).toBe(true);
    expect(sameName("Dana Okafor", "Dana Okafor-Reyes")).toBe(false);
  });
});

describe("cleanName and defaultHandle", () => {
  it("cleans and derives the handle", () => {
    expect(cleanName("  Dana \n Okafor ")).toBe("Dana Okafor");
    expect(cleanName("Zoe\u0308")).toBe("Zoë");
    expect(defaultHandle("Dana Okafor")).toBe("@DanaOkafor");
    expect(defaultHandle(" Mary  Jane Watson ")).toBe("@MaryJaneWatson");
  });
});
