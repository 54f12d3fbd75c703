/**
 * Task lines as the Tasks and Dataview plugins read them. The fixture lines are our own text,
 * written after what these sources state:
 * - obsidian-tasks: src/Statuses/StatusRegistry.ts (default statuses), Status.ts
 *   (`createUnknownStatus`, `getTypeForUnknownSymbol`), tests/Statuses/Status.test.ts;
 *   src/Task/TaskRegularExpressions.ts (`indentationRegex` takes `>`); the sample vault's
 *   "Test Data/blockquote.md", "callout.md", "callouts_nested_issue_2890_unlabelled.md",
 *   "Manual Testing/Callouts and Block Quotes.md", "Manual Testing/Invalid Dates.md" and
 *   "Manual Testing/Testing File Formats/Dataview Format - Tasks to Parse.md";
 *   src/TaskSerializer/DefaultTaskSerializer.ts (DEFAULT_SYMBOLS) and
 *   tests/TaskSerializer/DataviewTaskSerializer.test.ts.
 * - obsidian-dataview: src/data-import/inline-field.ts (key trimmed, `[` or `(` wrapping),
 *   src/data-model/markdown.ts (a task's `due` is the field `due`), src/expression/parse.ts
 *   (dates `YYYY-MM-DD[THH[:mm[:ss[.SSS]]]][zone]`, valid ones only) and
 *   src/test/parse/parse.inline.test.ts.
 */
import { describe, expect, it } from "vitest";
import { parseTaskLine, statusType } from "../../../src/core/tasks";

describe("task statuses: the Tasks plugin's default registry", () => {
  it.each([
    [" ", "todo", true],
    ["/", "in-progress", true],
    ["x", "done", false],
    ["X", "done", false],
    ["-", "cancelled", false],
    // Unknown symbols: Tasks' createUnknownStatus gives them the TODO type.
    [">", "todo", true],
    ["!", "todo", true],
    ["?", "todo", true],
    ["h", "todo", true],
    ["Q", "todo", true],
    ["~", "todo", true],
    ["*", "todo", true],
    ["é", "todo", true],
  ])("[%s] is %s (open: %s)", (symbol, type, open) => {
    const task = parseTaskLine(`- [${symbol}] Call Dana`);
    expect([task?.status, task?.statusType, task?.open]).toEqual([symbol, type, open]);
    expect(statusType(symbol)).toBe(type);
  });
});

describe("tasks in blockquotes and callouts", () => {
  it.each([
    ["> - [ ] Task in a blockquote", 5, "Task in a blockquote"],
    [">- [ ] No space after the marker", 4, "No space after the marker"],
    ["> > - [ ] Callout containing a blockquote", 7, "Callout containing a blockquote"],
    [">> - [/] Nested without spaces", 6, "Nested without spaces"],
    [" >>> - [ ] Three levels, a space first", 8, "Three levels, a space first"],
    [">     - [ ] Indented in a blockquote", 9, "Indented in a blockquote"],
    ["> 1. [ ] Numbered in a callout", 6, "Numbered in a callout"],
    [">\t* [?] Tab after the quote", 5, "Tab after the quote"],
  ])("%j", (line, statusStart, description) => {
    const task = parseTaskLine(line);
    expect([task?.statusStart, task?.description, task?.open]).toEqual([statusStart, description, true]);
  });

  it.each(["> [!note] A callout title", "> text [ ] box", ">", "> - item", "> -[ ] no space"])("%j is no task", (line) => {
    expect(parseTaskLine(line)).toBeNull();
  });
});

describe("due dates", () => {
  it.each<[string, string | null, string | null]>([
    // Tasks' emoji format.
    ["- [ ] a 📅 2026-03-01", "2026-03-01", null],
    ["- [ ] a 📅2021-08-22 in the middle", "2021-08-22", null],
    ["- [ ] a 📆 2026-03-02", "2026-03-02", null],
    ["- [ ] a 🗓️ 2026-03-03", "2026-03-03", null],
    ["- [ ] a 🗓2026-03-04", "2026-03-04", null],
    // Dates no calendar has: never a due date.
    ["- [ ] Invalid due date 📅 2022-02-29", null, "2022-02-29"],
    ["- [ ] a 📅 2026-13-01", null, "2026-13-01"],
    ["- [ ] a 📅 2026-04-31", null, "2026-04-31"],
    ["- [ ] a 📅 2026-00-10", null, "2026-00-10"],
    ["- [ ] a leap day 📅 2024-02-29", "2024-02-29", null],
    // Dataview's inline fields, as the Tasks sample vault's "Dataview Format - Tasks to Parse" writes them.
    ["- [ ] B 1 [due:: 2021-08-22]", "2021-08-22", null],
    ["- [ ] B 2 (due:: 2021-08-22)", "2021-08-22", null],
    ["- [ ] B 3 [due::2021-08-22]", "2021-08-22", null],
    ["- [ ] B 4 (due::2021-08-22)", "2021-08-22", null],
    ["- [ ] B 5 [  due::2021-08-22]", "2021-08-22", null],
    ["- [ ] B 6 (  due::2021-08-22)", "2021-08-22", null],
    ["- [ ] B 7 [due::2021-08-22  ]", "2021-08-22", null],
    ["- [ ] B 8 (due::2021-08-22  )", "2021-08-22", null],
    ["- [ ] spaces around the key [ due :: 2021-08-22]", "2021-08-22", null],
    // Un-bracketed: Dataview reads no field on a task line.
    ["- [ ] C 1 due:: 2021-08-22", null, null],
    ["- [ ] C 2 due: 2021-08-22", null, null],
    // Dates with a time: the due date is the day.
    ["- [ ] a [due:: 2021-08-22T10:30]", "2021-08-22", null],
    ["- [ ] a [due:: 2021-08-22T10]", "2021-08-22", null],
    ["- [ ] a (due:: 2021-08-22T10:30:15.250Z)", "2021-08-22", null],
    ["- [ ] a [due:: 2021-08-22T10:30+02:00]", "2021-08-22", null],
    // Dataview values that are no date.
    ["- [ ] a [due:: 2022-02-29]", null, "2022-02-29"],
    ["- [ ] a [due:: 2022-02-29T10:30]", null, "2022-02-29T10:30"],
    ["- [ ] a [due:: 2021-08-22 10:30]", null, "2021-08-22 10:30"],
    ["- [ ] a [due:: next week]", null, "next week"],
    ["- [ ] a [due:: ]", null, null],
    // Dataview's task `due` is the field named `due`: other keys are other fields.
    ["- [ ] a [Due:: 2021-08-22]", null, null],
    ["- [ ] a [overdue:: 2021-08-22]", null, null],
    ["- [ ] a ⏳ 2026-03-08", null, null],
    // The first one written.
    ["- [ ] a [due:: 2026-03-06] 📅 2026-01-01", "2026-03-06", null],
    ["- [ ] a 📅 2026-02-30 [due:: 2026-03-06]", null, "2026-02-30"],
  ])("%j: due %s, invalid %s", (line, due, dueInvalid) => {
    const task = parseTaskLine(line);
    expect([task?.due, task?.dueInvalid]).toEqual([due, dueInvalid]);
  });
});

describe("the description leaves out every field", () => {
  it.each([
    ["Send the sizing @DanaOkafor 📅 2026-03-10 ^abc", "Send the sizing @DanaOkafor"],
    ["Do X 🆔 abcdef", "Do X"],
    ["Do Y ⛔ abcdef,ghijkl", "Do Y"],
    ["Do Y ⛔ ab , CD ,EF then more", "Do Y then more"],
    ["Do Z 🏁 delete", "Do Z"],
    ["Do Z 🏁 keep 🆔 a1 ⛔ b2 ⏫", "Do Z"],
    ["Wobble 🔺 🔼 🔽 ⏬ ⏫️ #tag", "Wobble #tag"],
    ["Dates ➕ 2026-01-01 🛫 2026-01-02 ⏳ 2026-01-03 ⌛ 2026-01-04 📅 2026-01-05 ✅ 2026-01-06 ❌ 2026-01-07", "Dates"],
    ["Repeat 🔁 every week on Monday when done 📅 2026-01-05", "Repeat"],
    ["Invalid date stays out 📅 2022-02-29", "Invalid date stays out"],
    ["Wobble [priority::high] #tag1 [completion:: 2024-09-04] #tag2  [due::2025-10-05] [repeat::every day]", "Wobble #tag1 #tag2"],
    ["Dataview keys of any case [Due:: 2021-08-22] (Owner:: Dana) [  id::abc]", "Dataview keys of any case"],
    ["Brackets kept [[Dana Okafor]] and [a link](x.md) (an aside)", "Brackets kept [[Dana Okafor]] and [a link](x.md) (an aside)"],
  ])("%j", (text, description) => {
    expect(parseTaskLine(`- [ ] ${text}`)?.description).toBe(description);
  });
});
