import { fileNameOf, formatDisplayDate } from "../../../core";
import type { IndexedTask } from "../../../core/tasks";
import type { TaskItem } from "./panel-model";

export function taskItem(task: IndexedTask, today: string, dateFormat: string): TaskItem {
  return {
    path: task.path,
    line: task.line,
    raw: task.raw,
    description: task.description,
    due: task.due,
    dueText: task.due === null ? null : formatDisplayDate(task.due, dateFormat),
    overdue: task.due !== null && task.due < today,
    dueInvalid: task.dueInvalid,
    inProgress: task.statusType === "in-progress",
    recurring: task.recurring,
    source: fileNameOf(task.path),
  };
}
