import type { MeetingModel } from "../model/panel-model";
import type { RenderContext } from "./context";
import { emptyLine } from "./dom";
import { renderCard } from "./person-card";
import { section } from "./section";

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
