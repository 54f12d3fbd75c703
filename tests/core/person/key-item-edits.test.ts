import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { removeKeyDecision, removeKeyFact, replaceKeyFact } from "../../../src/core";

const DANA = readFileSync("tests/fixtures/people/Dana Okafor.md", "utf8");
const CTX = { today: "2026-11-25" };
const stamped = (text: string): string => text.replace("*Last updated: *", "*Last updated: 2026-11-25*");

describe("key fact and decision edits", () => {
  it("removes one fact line, matched as duplicates are (case, trailing punctuation)", () => {
    expect(removeKeyFact(DANA, "runs two data centres active-active, 40 ms apart", CTX)).toBe(
      stamped(DANA.replace("- Runs two data centres active-active, 40 ms apart.\n", "")),
    );
  });

  it("rewrites a fact in place", () => {
    expect(replaceKeyFact(DANA, "Wants an S3-compatible endpoint first; GCS API later.", "Wants S3 first.", CTX)).toBe(
      stamped(DANA.replace("- Wants an S3-compatible endpoint first; GCS API later.", "- Wants S3 first.")),
    );
    expect(replaceKeyFact(DANA, "Wants an S3-compatible endpoint first; GCS API later.", "Wants an S3-compatible endpoint first; GCS API later.", CTX)).toBe(DANA);
  });

  it("a numbered fact is rewritten and removed like a bulleted one, its number kept", () => {
    const note = "## Key Facts\n\n1. Runs Spark.\n2. Prefers email.\n";
    expect(replaceKeyFact(note, "prefers email", "Prefers calls.", CTX)).toBe("## Key Facts\n\n1. Runs Spark.\n2. Prefers calls.\n");
    expect(removeKeyFact(note, "Runs Spark.", CTX)).toBe("## Key Facts\n\n2. Prefers email.\n");
  });

  it("refuses a rewrite into another fact, an empty fact and a fact that is gone", () => {
    expect(() => replaceKeyFact(DANA, "Wants an S3-compatible endpoint first; GCS API later.", "runs two data centres active-active, 40 ms apart", CTX)).toThrow(
      expect.objectContaining({ code: "exists" }),
    );
    expect(() => replaceKeyFact(DANA, "Wants an S3-compatible endpoint first; GCS API later.", "  ", CTX)).toThrow(
      expect.objectContaining({ code: "invalid-value" }),
    );
    expect(() => removeKeyFact(DANA, "Never said this", CTX)).toThrow(expect.objectContaining({ code: "not-found" }));
  });

  it("removes a decision with or without its check mark, and its continuation lines", () => {
    const expected = stamped(DANA.replace("- ✅ Run the pilot on real workloads, not synthetic benchmarks.\n", ""));
    expect(removeKeyDecision(DANA, "Run the pilot on real workloads, not synthetic benchmarks.", CTX)).toBe(expected);
    expect(removeKeyDecision(DANA, "✅ Run the pilot on real workloads, not synthetic benchmarks", CTX)).toBe(expected);
    const nested = DANA.replace("- ✅ Send consolidated", "  - why: time zones\n- ✅ Send consolidated");
    expect(removeKeyDecision(nested, "Run the pilot on real workloads, not synthetic benchmarks.", CTX)).toBe(
      stamped(nested.replace("- ✅ Run the pilot on real workloads, not synthetic benchmarks.\n  - why: time zones\n", "")),
    );
  });
});
