/** The unified diff `recap apply --dry-run` prints: exact shape, and a strict applier gets the new text back. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/core";

/** Lines with their line breaks. */
function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * Applies a one-file unified diff as `patch` would, strictly: every context and removed line
 * must match, counts must agree with the header, and hunks must come in order.
 */
function applyPatch(before: string, patch: string): string {
  const old = lines(before);
  const out: string[] = [];
  const rows = lines(patch).slice(2);
  let at = 0;
  let r = 0;
  while (r < rows.length) {
    const header = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@\n$/.exec(rows[r++] ?? "");
    if (!header) throw new Error(`bad hunk header ${rows[r - 1]}`);
    const [oldStart, oldCount, newStart, newCount] = header.slice(1).map(Number) as [number, number, number, number];
    const first = oldCount === 0 ? oldStart : oldStart - 1;
    if (first < at) throw new Error("hunks overlap");
    out.push(...old.slice(at, first));
    if ((newCount === 0 ? newStart : newStart - 1) !== out.length) throw new Error("new start is off");
    at = first;
    let seenOld = 0;
    let seenNew = 0;
    while (r < rows.length && !rows[r]?.startsWith("@@")) {
      let row = rows[r++] ?? "";
      if (rows[r] === "\\ No newline at end of file\n") {
        row = row.slice(0, -1);
        r++;
      }
      const mark = row[0];
      const text = row.slice(1);
      if (mark === " " || mark === "-") {
        if (old[at] !== text) throw new Error(`line ${at + 1} does not match: ${JSON.stringify(old[at])} vs ${JSON.stringify(text)}`);
        at++;
        seenOld++;
      }
      if (mark === " " || mark === "+") {
        out.push(text);
        seenNew++;
      }
    }
    if (seenOld !== oldCount || seenNew !== newCount) throw new Error("counts do not match the header");
  }
  out.push(...old.slice(at));
  return out.join("");
}

describe("unifiedDiff", () => {
  it("prints hunks with three lines of context, merged when close", () => {
    const before = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", ""].join("\n");
    const after = before.replace("2\n", "two\n").replace("8\n", "eight\n").replace("16\n", "16\n17\n");
    expect(unifiedDiff("People/A B.md", before, after)).toBe(
      [
        "--- a/People/A B.md",
        "+++ b/People/A B.md",
        "@@ -1,11 +1,11 @@",
        " 1",
        "-2",
        "+two",
        " 3",
        " 4",
        " 5",
        " 6",
        " 7",
        "-8",
        "+eight",
        " 9",
        " 10",
        " 11",
        "@@ -14,3 +14,4 @@",
        " 14",
        " 15",
        " 16",
        "+17",
        "",
      ].join("\n"),
    );
  });

  it("marks a last line without a line break, keeps CRs, and diffs a new file against /dev/null", () => {
    expect(unifiedDiff("a.md", "x\r\ny", "x\r\nz\r\n")).toBe("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n x\r\n-y\n\\ No newline at end of file\n+z\r\n");
    expect(unifiedDiff("n.md", null, "one\ntwo")).toBe("--- /dev/null\n+++ b/n.md\n@@ -0,0 +1,2 @@\n+one\n+two\n\\ No newline at end of file\n");
    expect(unifiedDiff("same.md", "a\n", "a\n")).toBe("");
  });

  it("turns any text into any other (a strict applier agrees)", () => {
    const line = fc.constantFrom("a", "b", "", "- x", "## H", "ü", "a\r");
    const text = fc.tuple(fc.array(line, { maxLength: 14 }), fc.boolean()).map(([ls, open]) => ls.join("\n") + (open || ls.length === 0 ? "" : "\n"));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const patch = unifiedDiff("f.md", before, after);
        expect(patch === "" ? before : applyPatch(before, patch)).toBe(after);
      }),
      { numRuns: 2000 },
    );
  });
});
