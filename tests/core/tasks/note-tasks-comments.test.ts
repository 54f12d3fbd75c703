import { describe, expect, it } from "vitest";
import { tasksOfNote } from "../../../src/core/tasks";
import { md } from "../helpers";

describe("tasksOfNote: task lines inside comments are not tasks", () => {
  const cases: Array<{ name: string; text: string; lines: number[] }> = [
    { name: "a %% block", text: md("- [ ] a", "%%", "- [ ] hidden", "%%", "- [ ] b"), lines: [0, 4] },
    { name: "an HTML block", text: md("<!--", "- [ ] hidden", "-->", "- [ ] b"), lines: [3] },
    { name: "a comment opened on a task's line hides the next lines", text: md("- [ ] a %% why", "- [ ] hidden %%", "- [ ] b"), lines: [0, 2] },
    { name: "a one-line comment", text: md("%% - [ ] hidden %%", "<!-- - [ ] hidden -->", "- [ ] b"), lines: [2] },
    { name: "in a quote inside a comment", text: md("%%", "> - [ ] hidden", "%%", "> - [ ] b"), lines: [3] },
    { name: "an unclosed comment hides the rest", text: md("- [ ] a", "%%", "- [ ] hidden"), lines: [0] },
    { name: "%% in inline code opens nothing", text: md("Type `%%` to comment", "- [ ] a"), lines: [1] },
  ];
  it.each(cases)("$name", ({ text, lines }) => {
    expect(tasksOfNote(text).map((t) => t.line)).toEqual(lines);
  });
});
