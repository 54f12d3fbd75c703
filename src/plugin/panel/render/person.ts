import type { PersonModel } from "../model/panel-model";
import { renderContact } from "./contact";
import type { RenderContext } from "./context";
import { renderHeader } from "./header";
import { renderKeyDecisions, renderKeyFacts } from "./key-lists";
import { renderProjects } from "./projects";
import { renderTasks } from "./tasks";
import { renderTimeline } from "./timeline";
import { renderTopics } from "./topics";

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
