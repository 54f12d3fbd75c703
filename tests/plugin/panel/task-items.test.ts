import { describe, expect, it } from "vitest";
import { TaskIndex } from "../../../src/core/tasks";
import { taskItem } from "../../../src/plugin/panel/model/task-items";

describe("taskItem: what a panel task row shows of statuses and dates", () => {
  it.each([
    ["- [ ] Call Dana 📅 2026-03-01", { due: "2026-03-01", dueText: "2026-03-01", overdue: true, dueInvalid: null, inProgress: false }],
    ["- [/] Call Dana 📅 2026-04-01", { due: "2026-04-01", dueText: "2026-04-01", overdue: false, dueInvalid: null, inProgress: true }],
    ["> - [>] Call Dana 📅 2022-02-29", { due: null, dueText: null, overdue: false, dueInvalid: "2022-02-29", inProgress: false }],
    ["- [?] Call Dana [due:: 2026-13-01]", { due: null, dueText: null, overdue: false, dueInvalid: "2026-13-01", inProgress: false }],
  ])("%j", (line, expected) => {
    const index = new TaskIndex();
    index.setNote("Inbox.md", line);
    const [task] = index.tasksIn("Inbox.md");
    if (!task) throw new Error("no task");
    const { due, dueText, overdue, dueInvalid, inProgress } = taskItem(task, "2026-03-15", "YYYY-MM-DD");
    expect({ due, dueText, overdue, dueInvalid, inProgress }).toEqual(expected);
  });
});
