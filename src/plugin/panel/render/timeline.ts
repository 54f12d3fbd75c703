import { Keymap } from "obsidian";
import type { PersonModel } from "../model/panel-model";
import type { RenderContext } from "./context";
import { emptyLine, noteLink } from "./dom";
import { section } from "./section";

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
