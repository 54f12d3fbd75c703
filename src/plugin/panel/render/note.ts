import type { NoteModel } from "../model/panel-model";
import type { RenderContext } from "./context";
import { emptyLine } from "./dom";
import { renderCard } from "./person-card";
import { section } from "./section";

/** Any other note: the people it links to or names. */
export function renderNote(parent: HTMLElement, model: NoteModel, ctx: RenderContext): void {
  const body = section(parent, "people", "People in this note", ctx, model.people.length);
  if (model.people.length === 0) return emptyLine(body, "This note does not link to or name anyone with a person note.");
  const cards = body.createDiv({ cls: "kith-cards" });
  for (const card of model.people) renderCard(cards, card, ctx);
}
