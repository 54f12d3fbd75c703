import { Keymap } from "obsidian";
import type { MeetingModel, NoteModel, PersonCard } from "../model/panel-model";
import { activatable, emptyLine, FOCUS_KEY, section, statusLine, type RenderContext } from "./parts";

/** A meeting note: its attendees as cards, and the recap button while it is not applied. */
export function renderMeeting(parent: HTMLElement, model: MeetingModel, ctx: RenderContext): void {
  const header = parent.createDiv({ cls: "kith-header" });
  header.createEl("h2", { cls: "kith-name", text: model.title });
  if (model.date) header.createDiv({ cls: "kith-subtitle", text: `Meeting on ${model.date}` });
  if (model.applied) {
    header.createDiv({ cls: "kith-applied", text: "Recap applied to every attendee" });
  } else if (model.canApply) {
    const button = header.createEl("button", { cls: "mod-cta kith-apply", text: "Apply recap", attr: { "data-kith-focus": "apply" } });
    button.addEventListener("click", () => void ctx.actions.applyRecap(model.path));
    if (model.pending.length > 0) header.createDiv({ cls: "kith-pending", text: `Not yet in the recent context of ${model.pending.join(", ")}` });
  }
  const body = section(parent, "attendees", "Attendees", ctx, model.attendees.length);
  if (model.attendees.length === 0) emptyLine(body, "No attendee has a person note yet");
  const cards = body.createDiv({ cls: "kith-cards" });
  for (const card of model.attendees) renderCard(cards, card, ctx);
  if (model.unmatched.length > 0) {
    body.createDiv({ cls: "kith-unmatched", text: `Without a person note: ${model.unmatched.join(", ")}` });
  }
}

/** Any other note: the people it links to or names. */
export function renderNote(parent: HTMLElement, model: NoteModel, ctx: RenderContext): void {
  const body = section(parent, "people", "People in this note", ctx, model.people.length);
  if (model.people.length === 0) return emptyLine(body, "This note does not link to or name anyone with a person note.");
  const cards = body.createDiv({ cls: "kith-cards" });
  for (const card of model.people) renderCard(cards, card, ctx);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A compact person card; the whole card opens the person note. */
export function renderCard(parent: HTMLElement, card: PersonCard, ctx: RenderContext): void {
  const el = parent.createDiv({ cls: "kith-card", attr: { [FOCUS_KEY]: `card:${card.path}` } });
  activatable(el, `Open ${card.name}`, (evt) => ctx.actions.openNote(card.path, Keymap.isModEvent(evt) !== false));
  el.createDiv({ cls: "kith-card-name", text: card.name });
  const subtitle = [card.role, card.company].filter((s): s is string => !!s).join(" · ");
  if (subtitle) el.createDiv({ cls: "kith-card-role", text: subtitle });
  const meta = el.createDiv({ cls: "kith-card-meta" });
  statusLine(meta, card.status);
  meta.createDiv({ cls: "kith-card-tasks", text: card.openTasks === 0 ? "No open tasks" : plural(card.openTasks, "open task", "open tasks") });
}
