import { addInput, inlineEdit } from "../inline-edit";
import type { PersonModel } from "../model/panel-model";
import type { RenderContext } from "./context";
import { emptyLine, iconButton } from "./dom";
import { section } from "./section";

/** Key facts: each editable in place and removable; a field adds one. */
export function renderKeyFacts(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const body = section(parent, "facts", "Key facts", ctx, model.keyFacts.length);
  const list = body.createEl("ul", { cls: "kith-items" });
  model.keyFacts.forEach((fact, i) => {
    const item = list.createEl("li", { cls: "kith-item" });
    inlineEdit(item, {
      value: fact,
      placeholder: "Empty fact",
      label: "Edit fact",
      focusKey: `fact:${i}`,
      onSave: (next) => (next.trim() === "" ? ctx.actions.removeKeyFact(model.path, fact) : ctx.actions.editKeyFact(model.path, fact, next)),
    });
    iconButton(item, "x", "Remove fact", `fact-remove:${i}`, () => void ctx.actions.removeKeyFact(model.path, fact));
  });
  if (model.keyFacts.length === 0) emptyLine(list, "No key facts yet");
  addInput(body, { placeholder: "Add a fact", label: "New key fact", focusKey: "fact-add", onAdd: (fact) => ctx.actions.addKeyFact(model.path, fact) });
}

/** Key decisions: removable; a field adds one (`- ✅ ...`). */
export function renderKeyDecisions(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const body = section(parent, "decisions", "Key decisions", ctx, model.keyDecisions.length);
  const list = body.createEl("ul", { cls: "kith-items kith-decisions" });
  model.keyDecisions.forEach((decision, i) => {
    const item = list.createEl("li", { cls: "kith-item" });
    item.createSpan({ cls: "kith-item-text", text: decision });
    iconButton(item, "x", "Remove decision", `decision-remove:${i}`, () => void ctx.actions.removeKeyDecision(model.path, decision));
  });
  if (model.keyDecisions.length === 0) emptyLine(list, "No key decisions yet");
  addInput(body, {
    placeholder: "Add a decision",
    label: "New key decision",
    focusKey: "decision-add",
    onAdd: (decision) => ctx.actions.addKeyDecision(model.path, decision),
  });
}
