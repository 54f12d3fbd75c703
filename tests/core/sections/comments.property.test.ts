import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addKeyDecision, addKeyFact, addRecentContext, mergeTopics, scanOutline, setContactField } from "../../../src/core";
import { tasksOfNote } from "../../../src/core/tasks";
import { CTX } from "../helpers";
import { fuzzRuns } from "../../support/fuzz-runs";

/** Lines person notes hold, comment markers among them, so comments open and close anywhere. */
const line = fc.constantFrom(
  "## Key Facts",
  "## Key Decisions",
  "## Topics Discussed",
  "## Recent Context",
  "## Contact Information",
  "Key Facts",
  "---",
  "- Prefers email.",
  "- [ ] Call back",
  "- ✅ Ship.",
  "| **Email** | _Unknown_ |",
  "Go, Rust",
  "Go %% why",
  "%%",
  "%% aside %%",
  "- Fact %% why",
  "<!--",
  "-->",
  "<!-- note -->",
  "```",
  "",
  "text",
  "*Last updated: *",
);
const note = fc.array(line, { maxLength: 16 }).map((lines) => ["---", "type: people", "---", "# Ada", ...lines, ""].join("\n"));

const edits: Array<[string, (text: string) => string]> = [
  ["addKeyFact", (t) => addKeyFact(t, "Knows Rust.", CTX)],
  ["addKeyDecision", (t) => addKeyDecision(t, "Test first.", CTX)],
  ["mergeTopics", (t) => mergeTopics(t, ["Zig"], CTX)],
  ["addRecentContext", (t) => addRecentContext(t, { date: "2026-03-02", link: "Call", summary: "Talked.", via: null }, CTX)],
  ["setContactField", (t) => setContactField(t, "Email", "ada@example.org", CTX)],
];

/** Each comment's text, in order: what an edit must leave as it was. */
const comments = (text: string): string[] => scanOutline(text).comments.map(([start, end]) => text.slice(start, end));

describe("what is inside a comment never changes under a person edit", () => {
  it.each(edits)("%s", (_name, edit) => {
    fc.assert(
      fc.property(note, (before) => {
        let after: string;
        try {
          after = edit(before);
        } catch {
          return; // refused: nothing written
        }
        expect(comments(after), JSON.stringify(before)).toEqual(comments(before));
        const hiddenTasks = (text: string) => tasksOfNote(text).length;
        expect(hiddenTasks(after)).toBe(hiddenTasks(before));
      }),
      { numRuns: fuzzRuns(400) },
    );
  });
});
