import type { PersonModel } from "../model/panel-model";
import type { RenderContext } from "./context";
import { statusLine } from "./status-line";

/** Name, role and company, last contact, and the review badge with its button. */
export function renderHeader(parent: HTMLElement, model: PersonModel, ctx: RenderContext): void {
  const header = parent.createDiv({ cls: "kith-header" });
  header.createEl("h2", { cls: "kith-name", text: model.name });
  const subtitle = [model.role, model.company].filter((s): s is string => !!s).join(" · ");
  if (subtitle) header.createDiv({ cls: "kith-subtitle", text: subtitle });
  statusLine(header, model.status);
  if (model.needsReview) {
    const review = header.createDiv({ cls: "kith-review" });
    review.createSpan({ cls: "kith-badge kith-badge-review", text: "Needs review" });
    const button = review.createEl("button", { cls: "kith-review-button", text: "Mark reviewed", attr: { "data-kith-focus": "review" } });
    button.addEventListener("click", () => void ctx.actions.markReviewed(model.path));
  }
}
