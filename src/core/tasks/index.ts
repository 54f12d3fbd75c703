/** Tasks in notes: parsing, the open-task index, completion. */
export { parseTaskLine, formatTaskLine, type TaskLine } from "./task-line";
export { statusType, isOpenStatus, type TaskStatusType } from "./task-status";
export { tasksOfNote, type NoteTask } from "./note-tasks";
export { TaskIndex, compareTasks, type IndexedTask, type PersonTasks } from "./task-index";
export { completeTask } from "./complete-task";
