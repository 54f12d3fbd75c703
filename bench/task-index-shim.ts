/**
 * The task index, when src/core/tasks/task-index.ts exists. bench/run.mjs swaps this module for
 * `export const TaskIndex = null` when it does not, and the task rows are then marked pending.
 */
export { TaskIndex } from "../src/core/tasks/task-index";
