import { setIcon } from "obsidian";

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
