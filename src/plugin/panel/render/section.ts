import type { RenderContext } from "./context";

/**
 * A collapsible section (`<details>`: keyboard and screen readers know it). Whether it is
 * collapsed survives re-renders through the context.
 */
export function section(parent: HTMLElement, key: string, title: string, ctx: RenderContext, count?: number): HTMLElement {
  const details = parent.createEl("details", { cls: `kith-section kith-section-${key}` });
  details.open = !ctx.collapsed.has(key);
  const summary = details.createEl("summary", { cls: "kith-section-title", attr: { "data-kith-focus": `section:${key}` } });
  summary.createSpan({ text: title });
  if (count !== undefined) summary.createSpan({ cls: "kith-count", text: String(count) });
  details.addEventListener("toggle", () => {
    if (details.open) ctx.collapsed.delete(key);
    else ctx.collapsed.add(key);
  });
  return details.createDiv({ cls: "kith-section-body" });
}
