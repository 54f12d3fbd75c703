import type { PanelModel } from "../model/panel-model";
import { renderMeeting, renderNote } from "./linked-people";
import type { RenderContext } from "./parts";
import { renderPerson } from "./person";

/** Renders a model into the (emptied) panel element. */
export function renderPanel(root: HTMLElement, model: PanelModel, ctx: RenderContext): void {
  root.empty();
  switch (model.kind) {
    case "person":
      return renderPerson(root, model, ctx);
    case "meeting":
      return renderMeeting(root, model, ctx);
    case "note":
      return renderNote(root, model, ctx);
    case "unreadable": {
      const box = root.createDiv({ cls: "kith-empty-state" });
      box.createDiv({ text: "This note's frontmatter cannot be read, so the panel leaves it alone." });
      box.createDiv({ cls: "kith-empty-detail", text: model.message });
      return;
    }
    case "empty": {
      const box = root.createDiv({ cls: "kith-empty-state" });
      box.createDiv({ text: "Open a note to see its people here." });
      box.createDiv({ cls: "kith-empty-detail", text: "A person note shows their details, tasks and recent context; a meeting note shows its attendees." });
    }
  }
}
