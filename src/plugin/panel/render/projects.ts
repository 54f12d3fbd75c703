import { Keymap } from "obsidian";
import type { PersonModel } from "../model/panel-model";
import type { RenderContext } from "./context";
import { emptyLine, noteLink } from "./dom";
import { section } from "./section";

export function renderProjects(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const body = section(parent, "projects", "Projects", ctx, model.projects.length);
  if (model.projects.length === 0) return emptyLine(body, "No project notes link here");
  const list = body.createEl("ul", { cls: "kith-projects" });
  for (const project of model.projects) {
    noteLink(list.createEl("li"), project.name, `project:${project.path}`, (evt) => ctx.actions.openNote(project.path, Keymap.isModEvent(evt) !== false));
  }
}
