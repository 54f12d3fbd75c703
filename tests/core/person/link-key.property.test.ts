import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkTargetKey } from "../../../src/core";
import { fuzzRuns } from "../../support/fuzz-runs";

/** The reading linkTargetKey makes with indexOf: splits and a regex. */
function bySplitting(link: string): string {
  return ((link.split("|")[0] ?? "").split("#")[0]?.replace(/\.md$/i, "").trim() ?? "").normalize("NFC").toLowerCase();
}

describe("linkTargetKey", () => {
  const cases: Array<[string, string]> = [
    ["2026-11-25 - Sync", "2026-11-25 - sync"],
    ["Sync.md", "sync"],
    ["Sync.MD|alias", "sync"],
    ["Sync#Notes|alias", "sync"],
    ["Sync|a#b", "sync"],
    ["Sync.md ", "sync.md"],
    [" Café ", "café"],
    ["Cafe\u0301.md", "café"],
    [".md", ""],
    ["", ""],
  ];
  it.each(cases)("%j is %j", (link, key) => {
    expect(linkTargetKey(link)).toBe(key);
    expect(bySplitting(link)).toBe(key);
  });

  it("reads every link as the splitting did", () => {
    const piece = fc.constantFrom("a", "Sync", " ", "|", "#", ".", "md", "MD", "Md", ".md", "e\u0301", "Σ", "\u212a", "-", "\t");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 7 }).map((p) => p.join("")), (link) => {
        expect(linkTargetKey(link), JSON.stringify(link)).toBe(bySplitting(link));
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
