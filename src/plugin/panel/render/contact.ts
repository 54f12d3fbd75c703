import { inlineEdit } from "../inline-edit";
import type { PersonModel } from "../model/panel-model";
import type { RenderContext } from "./context";
import { section } from "./section";

/** The contact table as label and value rows; a value is edited in place. */
export function renderContact(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const body = section(parent, "contact", "Contact", ctx);
  const list = body.createDiv({ cls: "kith-fields" });
  for (const { field, value } of model.contact) {
    const row = list.createDiv({ cls: "kith-field" });
    row.createDiv({ cls: "kith-field-name", text: field });
    inlineEdit(row, {
      value,
      placeholder: "Add",
      label: `Edit ${field.toLowerCase()}`,
      focusKey: `contact:${field}`,
      onSave: (next) => ctx.actions.setContactField(model.path, field, next),
    });
  }
}
