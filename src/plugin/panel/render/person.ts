import { Keymap } from "obsidian";
import { addInput, inlineEdit } from "../inline-edit";
import type { PersonModel, TaskItem } from "../model/panel-model";
import { emptyLine, firstThenAll, FOCUS_KEY, iconButton, noteLink, section, statusLine, type RenderContext } from "./parts";

/** A person note: the note's own section order, less the prose the note itself shows well. */
export function renderPerson(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  renderHeader(parent, model, ctx);
  renderContact(parent, model, ctx);
  renderTasks(parent, "open-tasks", "Open tasks", model.openTasks, `No open tasks mention ${model.name}`, ctx);
  renderTasks(parent, "owned-tasks", "Tasks they own", model.ownedTasks, `No open tasks for ${model.handle}`, ctx);
  renderKeyFacts(parent, model, ctx);
  renderKeyDecisions(parent, model, ctx);
  renderTopics(parent, model, ctx);
  renderTimeline(parent, model, ctx);
  renderProjects(parent, model, ctx);
}

/** Name, role and company, last contact, and the review badge with its button. */
export function renderHeader(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const header = parent.createDiv({ cls: "kith-header" });
  header.createEl("h2", { cls: "kith-name", text: model.name });
  const subtitle = [model.role, model.company].filter((s): s is string => !!s).join(" · ");
  if (subtitle) header.createDiv({ cls: "kith-subtitle", text: subtitle });
  statusLine(header, model.status);
  if (model.nextDate) header.createDiv({ cls: "kith-next-date", text: model.nextDate });
  if (model.needsReview) {
    const review = header.createDiv({ cls: "kith-review" });
    review.createSpan({ cls: "kith-badge kith-badge-review", text: "Needs review" });
    const button = review.createEl("button", { cls: "kith-review-button", text: "Mark reviewed", attr: { "data-kith-focus": "review" } });
    button.addEventListener("click", () => void ctx.actions.markReviewed(model.path));
  }
}

/** The contact table as label and value rows; a value is edited in place. */
export function renderContact(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const body = section(parent, "contact", "Contact", ctx);
  const list = body.createDiv({ cls: "kith-fields" });
  for (const { field, value, more, href } of model.contact) {
    const row = list.createDiv({ cls: "kith-field" });
    row.createDiv({ cls: "kith-field-name", text: field });
    inlineEdit(row, {
      value,
      placeholder: "Add",
      label: `Edit ${field.toLowerCase()}`,
      focusKey: `contact:${field}`,
      onSave: (next) => ctx.actions.setContactField(model.path, field, next),
    });
    // The value itself is the edit target; the link beside it opens the mail app or the phone.
    if (href) row.createEl("a", { cls: "kith-field-link", text: href.startsWith("tel:") ? "Call" : "Write", href, attr: { "aria-label": `${href.startsWith("tel:") ? "Call" : "Email"} ${value ?? ""}` } });
    if (more?.length) row.createDiv({ cls: "kith-field-more", text: more.join(", ") });
  }
}

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
  if (task.dueInvalid !== null) meta.createSpan({ cls: "kith-due is-invalid", text: `Invalid due date ${task.dueInvalid}` });
  if (task.inProgress) meta.createSpan({ cls: "kith-in-progress", text: "In progress" });
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
  firstThenAll(body, key, tasks.length, FIRST_TASKS, "tasks", ctx, rows);
}

/** Key facts: each editable in place and removable; a field adds one. */
export function renderKeyFacts(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const body = section(parent, "facts", "Key facts", ctx, model.keyFacts.length);
  const list = body.createEl("ul", { cls: "kith-items" });
  model.keyFacts.forEach((fact, i) => {
    const item = list.createEl("li", { cls: "kith-item" });
    inlineEdit(item, {
      value: fact,
      placeholder: "Empty fact",
      label: "Edit fact",
      focusKey: `fact:${i}`,
      onSave: (next) => (next.trim() === "" ? ctx.actions.removeKeyFact(model.path, fact) : ctx.actions.editKeyFact(model.path, fact, next)),
    });
    iconButton(item, "x", "Remove fact", `fact-remove:${i}`, () => void ctx.actions.removeKeyFact(model.path, fact));
  });
  if (model.keyFacts.length === 0) emptyLine(list, "No key facts yet");
  addInput(body, { placeholder: "Add a fact", label: "New key fact", focusKey: "fact-add", onAdd: (fact) => ctx.actions.addKeyFact(model.path, fact) });
}

/** Key decisions: removable; a field adds one (`- ✅ ...`). */
export function renderKeyDecisions(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const body = section(parent, "decisions", "Key decisions", ctx, model.keyDecisions.length);
  const list = body.createEl("ul", { cls: "kith-items kith-decisions" });
  model.keyDecisions.forEach((decision, i) => {
    const item = list.createEl("li", { cls: "kith-item" });
    item.createSpan({ cls: "kith-item-text", text: decision });
    iconButton(item, "x", "Remove decision", `decision-remove:${i}`, () => void ctx.actions.removeKeyDecision(model.path, decision));
  });
  if (model.keyDecisions.length === 0) emptyLine(list, "No key decisions yet");
  addInput(body, {
    placeholder: "Add a decision",
    label: "New key decision",
    focusKey: "decision-add",
    onAdd: (decision) => ctx.actions.addKeyDecision(model.path, decision),
  });
}

export function renderTopics(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const body = section(parent, "topics", "Topics", ctx, model.topics.length);
  if (model.topics.length === 0) return emptyLine(body, "No topics yet");
  const chips = body.createEl("ul", { cls: "kith-chips" });
  for (const topic of model.topics) chips.createEl("li", { cls: "kith-chip", text: topic });
}

/** Recent context, newest first: date, the meeting (opens on click), summary, and via whom. */
export function renderTimeline(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const body = section(parent, "context", "Recent context", ctx, model.timeline.length);
  if (model.timeline.length === 0) return emptyLine(body, "No recent context yet");
  const list = body.createEl("ol", { cls: "kith-timeline" });
  model.timeline.forEach((item, i) => {
    const li = list.createEl("li", { cls: "kith-timeline-item" });
    if (item.date && item.dateText) li.createEl("time", { cls: "kith-timeline-date", text: item.dateText, attr: { datetime: item.date } });
    const content = li.createDiv({ cls: "kith-timeline-content" });
    const { link, linkText } = item;
    if (link && linkText) {
      noteLink(content, linkText, `context:${i}`, (evt) => ctx.actions.openLink(link, model.path, Keymap.isModEvent(evt) !== false));
    }
    if (item.summary) content.createDiv({ cls: "kith-timeline-summary", text: item.summary });
    if (item.via) content.createDiv({ cls: "kith-timeline-via", text: `via ${item.via}` });
  });
}

export function renderProjects(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const body = section(parent, "projects", "Projects", ctx, model.projects.length);
  if (model.projects.length === 0) return emptyLine(body, "No project notes link here");
  const list = body.createEl("ul", { cls: "kith-projects" });
  for (const project of model.projects) {
    noteLink(list.createEl("li"), project.name, `project:${project.path}`, (evt) => ctx.actions.openNote(project.path, Keymap.isModEvent(evt) !== false));
  }
}
