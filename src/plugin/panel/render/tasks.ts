import type { TaskItem } from "../model/panel-model";
import type { RenderContext } from "./context";
import { emptyLine, FOCUS_KEY, noteLink } from "./dom";
import { section } from "./section";

function taskRow(list: HTMLElement, task: TaskItem, key: string, ctx: RenderContext): void {
  const row = list.createEl("li", { cls: "kith-task" });
  const label = task.recurring ? `Open recurring task in ${task.source}` : `Complete task: ${task.description}`;
  // The label is the tap target (44 px on phones); the click reaches the box inside it.
  const box = row.createEl("label", { cls: "kith-check" }).createEl("input", {
    cls: "task-list-item-checkbox kith-task-checkbox",
    type: "checkbox",
    attr: { "aria-label": label, [FOCUS_KEY]: `${key}:check` },
  });
  box.addEventListener("click", (evt) => {
    // The box is checked only once the note says so (after the write and re-render).
    evt.preventDefault();
    if (task.recurring) ctx.actions.openTask(task);
    else void ctx.actions.completeTask(task);
  });
  const body = row.createDiv({ cls: "kith-task-body" });
  body.createDiv({ cls: "kith-task-text", text: task.description });
  const meta = body.createDiv({ cls: "kith-task-meta" });
  if (task.due && task.dueText) {
    meta.createEl("time", {
      cls: task.overdue ? "kith-due is-overdue" : "kith-due",
      text: task.overdue ? `Overdue ${task.dueText}` : `Due ${task.dueText}`,
      attr: { datetime: task.due },
    });
  }
  if (task.recurring) meta.createSpan({ cls: "kith-recurring", text: "Recurring" });
  noteLink(meta, task.source, `${key}:source`, () => ctx.actions.openTask(task));
}

/** Tasks shown before "Show all": the soonest due, and a panel that stays quick to draw. */
const FIRST_TASKS = 10;

/** A task list with checkboxes, soonest due first (the index sorts). */
export function renderTasks(parent: HTMLElement, key: string, title: string, tasks: TaskItem[], empty: string, ctx: RenderContext): void {
  const body = section(parent, key, title, ctx, tasks.length);
  if (tasks.length === 0) return emptyLine(body, empty);
  const list = body.createEl("ul", { cls: "kith-tasks" });
  const rows = (from: number, to: number): void => {
    tasks.slice(from, to).forEach((task, i) => taskRow(list, task, `${key}:${task.path}:${task.line}:${from + i}`, ctx));
  };
  if (ctx.expanded.has(key) || tasks.length <= FIRST_TASKS) return rows(0, tasks.length);
  rows(0, FIRST_TASKS);
  const more = body.createEl("button", { cls: "kith-show-all", text: `Show all ${tasks.length} tasks`, attr: { [FOCUS_KEY]: `${key}:more` } });
  more.addEventListener("click", () => {
    ctx.expanded.add(key);
    more.remove();
    rows(FIRST_TASKS, tasks.length);
  });
}
