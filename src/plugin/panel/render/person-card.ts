import { Keymap } from "obsidian";
import type { PersonCard } from "../model/panel-model";
import type { RenderContext } from "./context";
import { activatable, FOCUS_KEY } from "./dom";
import { statusLine } from "./status-line";

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
