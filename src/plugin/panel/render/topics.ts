import type { PersonModel } from "../model/panel-model";
import type { RenderContext } from "./context";
import { emptyLine } from "./dom";
import { section } from "./section";

export function renderTopics(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const body = section(parent, "topics", "Topics", ctx, model.topics.length);
  if (model.topics.length === 0) return emptyLine(body, "No topics yet");
  const chips = body.createEl("ul", { cls: "kith-chips" });
  for (const topic of model.topics) chips.createEl("li", { cls: "kith-chip", text: topic });
}
