import { describe, expect, it } from "vitest";
import { cleanName, cutOnWord, defaultHandle, KithError, MAX_FILE_NAME_BYTES, MAX_FILE_NAME_LENGTH, nameKey, sameName, toFileName, utf8Length } from "../../../src/core";

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

describe("toFileName refuses names Kith could create but not edit", () => {
  it("refuses a file name over MAX_FILE_NAME_BYTES in UTF-8, saying the limit", () => {
    expect(MAX_FILE_NAME_BYTES).toBe(200);
    const cjk = "山".repeat(80);
    expect(() => toFileName(cjk)).toThrow(
      `"${cjk}" makes a file name of 240 bytes; a file name may have at most 200 bytes in UTF-8 (about 66 Chinese characters or 50 emoji), so that Kith can still edit the note. Use a shorter name.`,
    );
    expect(() => toFileName("😀".repeat(60))).toThrow(expect.objectContaining({ code: "invalid-name" }));
    expect(toFileName("山".repeat(66))).toBe("山".repeat(66));
    expect(toFileName("😀".repeat(50))).toBe("😀".repeat(50));
    expect(utf8Length("a山😀é")).toBe(1 + 3 + 4 + 2);
  });

  it.each([
    ["Dana\u200BOkafor", "U+200B (zero-width space)", '"Dana<U+200B>Okafor"'],
    ["Dana \u202EOkafor", "U+202E (right-to-left override)", '"Dana <U+202E>Okafor"'],
    ["\uFEFFDana", "U+FEFF (zero-width no-break space)", '"<U+FEFF>Dana"'],
    ["Dana\u0007", "U+0007 (a control character)", '"Dana<U+0007>"'],
    ["Dana\u2061", "U+2061 (an invisible format character)", '"Dana<U+2061>"'],
  ])("refuses %j, naming the invisible character", (name, what, shown) => {
    expect(() => toFileName(name)).toThrow(`${shown} cannot be a name: it contains ${what}, which is invisible. Type the name without it.`);
    expect(() => toFileName(name)).toThrow(expect.objectContaining({ code: "invalid-name" }));
  });

  it("keeps the joiners emoji and scripts need, and white space that collapses", () => {
    expect(toFileName("👩🏽‍💻 Dev")).toBe("👩🏽‍💻 Dev"); // ZWJ
    expect(toFileName("می\u200Cخواهم")).toBe("می\u200Cخواهم"); // ZWNJ
    const scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
    expect(toFileName(`${scotland} Fan`)).toBe(`${scotland} Fan`);
    expect(toFileName("Dana\tOkafor\n")).toBe("Dana Okafor");
  });
});
