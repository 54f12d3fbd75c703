import { setIcon } from "obsidian";
import type { PanelActions } from "../actions";
import type { ContactStatus } from "../model/contact-status";

/** The panel's building blocks: what every rendered part shares. */

export interface RenderContext {
  actions: PanelActions;
  /** Keys of the sections the user collapsed. */
  collapsed: Set<string>;
  /** Keys of the long lists the user asked to see in full. */
  expanded: Set<string>;
}

/** The attribute that names an element across re-renders, so focus can come back to it. */
export const FOCUS_KEY = "data-kith-focus";

/** Makes a non-button element act as one: focusable, Enter and Space activate it. */
export function activatable(el: HTMLElement, label: string | null, onActivate: (evt: MouseEvent | KeyboardEvent) => void): void {
  el.setAttr("role", "button");
  el.setAttr("tabindex", "0");
  if (label) el.setAttr("aria-label", label);
  el.addEventListener("click", (evt) => onActivate(evt));
  el.addEventListener("keydown", (evt) => {
    if (evt.key !== "Enter" && evt.key !== " ") return;
    evt.preventDefault();
    onActivate(evt);
  });
}

/** An icon-only button: the label is what screen readers say and what the tooltip shows. */
export function iconButton(parent: HTMLElement, icon: string, label: string, focusKey: string, onClick: () => void): HTMLButtonElement {
  const button = parent.createEl("button", { cls: "clickable-icon kith-icon-button", attr: { "aria-label": label, [FOCUS_KEY]: focusKey } });
  setIcon(button, icon);
  button.addEventListener("click", (evt) => {
    evt.preventDefault();
    onClick();
  });
  return button;
}

/** A link-looking button that opens a note; Ctrl/Cmd-click opens it in a new tab. */
export function noteLink(parent: HTMLElement, text: string, focusKey: string, open: (evt: MouseEvent | KeyboardEvent) => void): HTMLElement {
  const link = parent.createEl("a", { cls: "internal-link kith-link", text, attr: { href: "#", [FOCUS_KEY]: focusKey } });
  link.addEventListener("click", (evt) => {
    evt.preventDefault();
    open(evt);
  });
  return link;
}

/** The one-line text a section shows when it has nothing in it. */
export function emptyLine(parent: HTMLElement, text: string): void {
  parent.createDiv({ cls: "kith-empty-line", text });
}

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

/** "Last contact 3 weeks ago" with the stale badge when it applies; the date is in the tooltip. */
export function statusLine(parent: HTMLElement, status: ContactStatus): void {
  const line = parent.createDiv({ cls: "kith-status" });
  if (!status.lastContact || !status.relative) {
    line.createSpan({ cls: "kith-last-contact", text: "No contact recorded" });
    return;
  }
  line.createSpan({ cls: "kith-last-contact", text: `Last contact ${status.relative}`, attr: { title: status.lastContact } });
  if (status.stale) {
    line.createSpan({
      cls: "kith-badge kith-badge-stale",
      text: "Stale",
      attr: { title: `No contact for more than ${status.threshold} days` },
    });
  }
}

/**
 * A long list drawn `first` rows at a time: the rest behind a "Show all N <what>" button, which
 * the panel remembers (ctx.expanded) across re-renders. `rows(from, to)` draws those rows.
 */
export function firstThenAll(body: HTMLElement, key: string, total: number, first: number, what: string, ctx: RenderContext, rows: (from: number, to: number) => void): void {
  if (ctx.expanded.has(key) || total <= first) return rows(0, total);
  rows(0, first);
  const more = body.createEl("button", { cls: "kith-show-all", text: `Show all ${total} ${what}`, attr: { [FOCUS_KEY]: `${key}:more` } });
  more.addEventListener("click", () => {
    ctx.expanded.add(key);
    more.remove();
    rows(first, total);
  });
}
