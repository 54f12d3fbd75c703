import { describe, expect, it } from "vitest";
import { completeTask } from "../../../src/core/tasks";

const TODAY = "2026-11-25";

describe("completeTask", () => {
  it("checks the box and appends the Tasks done date; nothing else changes", () => {
    const text = "# Notes\n- [ ] Send the sizing @DanaOkafor 📅 2026-03-09\n- [ ] Other\n";
    expect(completeTask(text, 1, "- [ ] Send the sizing @DanaOkafor 📅 2026-03-09", TODAY)).toBe(
      "# Notes\n- [x] Send the sizing @DanaOkafor 📅 2026-03-09 ✅ 2026-11-25\n- [ ] Other\n",
    );
  });

  it("puts the done date before a trailing block id", () => {
    expect(completeTask("- [/] Draft ^abc-1\n", 0, "- [/] Draft ^abc-1", TODAY)).toBe("- [x] Draft ✅ 2026-11-25 ^abc-1\n");
  });

  it("handles Dataview dates, numbered items, indentation and CRLF", () => {
    expect(completeTask("a\r\n  1. [ ] Call [due:: 2026-03-10]\r\nb", 1, "  1. [ ] Call [due:: 2026-03-10]", TODAY)).toBe(
      "a\r\n  1. [x] Call [due:: 2026-03-10] ✅ 2026-11-25\r\nb",
    );
  });

  it("completes the first line of a note that starts with a BOM (the index reads the line after it)", () => {
    expect(completeTask("\uFEFF> - [ ] Task\n", 0, "> - [ ] Task", TODAY)).toBe("\uFEFF> - [x] Task ✅ 2026-11-25\n");
  });

  it("finds the line when lines above it moved", () => {
    expect(completeTask("new line\n- [ ] Task\n", 0, "- [ ] Task", TODAY)).toBe("new line\n- [x] Task ✅ 2026-11-25\n");
  });

  it("refuses a task that changed or appears twice, and a recurring task", () => {
    expect(() => completeTask("- [ ] Task edited\n", 0, "- [ ] Task", TODAY)).toThrow(expect.objectContaining({ code: "conflict" }));
    expect(() => completeTask("- [ ] Task\n- [ ] Task\n", 5, "- [ ] Task", TODAY)).toThrow(expect.objectContaining({ code: "conflict" }));
    expect(() => completeTask("- [ ] Water 🔁 every week\n", 0, "- [ ] Water 🔁 every week", TODAY)).toThrow(
      expect.objectContaining({ code: "invalid-value" }),
    );
  });

  it("leaves a done task alone", () => {
    expect(completeTask("- [x] Done ✅ 2026-01-01\n", 0, "- [x] Done ✅ 2026-01-01", TODAY)).toBe("- [x] Done ✅ 2026-01-01\n");
  });

  // Blockquote and callout tasks as the Tasks sample vault writes them ("Test Data/callout.md",
  // "callouts_nested_issue_2890_unlabelled.md"): the `>` prefix stays exactly as written.
  it.each([
    ["> - [ ] Task in a blockquote", "> - [x] Task in a blockquote ✅ 2026-11-25"],
    [">- [ ] No space", ">- [x] No space ✅ 2026-11-25"],
    ["> > - [/] Callout in a blockquote 📅 2026-03-01 ^id-1", "> > - [x] Callout in a blockquote 📅 2026-03-01 ✅ 2026-11-25 ^id-1"],
    [" >>> - [ ] #task Correction1", " >>> - [x] #task Correction1 ✅ 2026-11-25"],
    [">\t  1. [?] Question", ">\t  1. [x] Question ✅ 2026-11-25"],
    ["- [>] Deferred", "- [x] Deferred ✅ 2026-11-25"],
    ["- [!] Important", "- [x] Important ✅ 2026-11-25"],
    ["- [ ]\tTab after the box", "- [x]\tTab after the box ✅ 2026-11-25"],
    // Not open: left as it is.
    ["> - [-] Cancelled", "> - [-] Cancelled"],
    ["> - [X] Done", "> - [X] Done"],
  ])("%j", (line, done) => {
    const text = `> [!note] Title\n${line}\r\n> tail`;
    expect(completeTask(text, 1, line, TODAY)).toBe(`> [!note] Title\n${done}\r\n> tail`);
  });
});
