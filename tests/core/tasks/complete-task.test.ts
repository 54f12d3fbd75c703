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
});
