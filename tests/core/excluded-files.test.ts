import { describe, expect, it } from "vitest";
import { excludedFiles } from "../../src/core";

describe("excludedFiles: Obsidian's Excluded files and the template note", () => {
  const excluded = excludedFiles(["Archive/", "/^Daily/\\d{4}/", "/[unclosed/", "", 42, "Templates/Person"], "Templates/Person");
  it.each([
    ["Archive/old.md", true],
    ["Archived.md", false],
    ["Daily/2026/01-02.md", true],
    ["Notes/Daily/2026/x.md", false],
    ["Templates/Person.md", true],
    ["Templates/Person", true],
    ["Templates/Personal.md", true], // "Templates/Person" is also a prefix filter here
    ["People/Dana.md", false],
  ])("%s: %s", (path, expected) => {
    expect(excluded(path)).toBe(expected);
  });

  it("a template path alone excludes that note only, with or without .md", () => {
    const only = excludedFiles([], "/Templates/Person.md");
    expect(["Templates/Person.md", "Templates/Personal.md", "Person.md"].map(only)).toEqual([true, false, false]);
  });
});
