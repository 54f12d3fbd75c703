import { FOCUS_KEY } from "./render/parts";

export interface InlineEditOptions {
  value: string | null;
  /** Shown, muted, when there is no value. */
  placeholder: string;
  /** What the control edits, for screen readers ("Edit email"). */
  label: string;
  focusKey: string;
  /** Writes the new value; false keeps the editor open (the write was refused). */
  onSave: (value: string) => Promise<boolean>;
}

/**
 * Text that turns into an input on click, Enter or Space. Enter saves through `onSave`,
 * Escape cancels, and leaving the field cancels too: nothing is written without Enter.
 */
export function inlineEdit(parent: HTMLElement, options: InlineEditOptions): HTMLElement {
  const holder = parent.createDiv({ cls: "kith-inline" });
  showValue(holder, options, false);
  return holder;
}

function showValue(holder: HTMLElement, options: InlineEditOptions, focus: boolean): void {
  holder.empty();
  const button = holder.createEl("button", {
    cls: options.value ? "kith-editable" : "kith-editable is-empty",
    text: options.value ?? options.placeholder,
    attr: { "aria-label": options.label, [FOCUS_KEY]: options.focusKey },
  });
  button.addEventListener("click", () => showInput(holder, options));
  if (focus) button.focus();
}

function showInput(holder: HTMLElement, options: InlineEditOptions): void {
  holder.empty();
  const input = holder.createEl("input", {
    cls: "kith-inline-input",
    type: "text",
    value: options.value ?? "",
    attr: { "aria-label": options.label, placeholder: options.placeholder, [FOCUS_KEY]: `${options.focusKey}:input` },
  });
  let busy = false;
  const cancel = (): void => {
    if (!busy) showValue(holder, options, true);
  };
  input.addEventListener("keydown", (evt) => {
    if (evt.isComposing) return;
    if (evt.key === "Escape") {
      evt.preventDefault();
      evt.stopPropagation();
      cancel();
    } else if (evt.key === "Enter") {
      evt.preventDefault();
      if (input.value.trim() === (options.value ?? "").trim()) return cancel();
      busy = true;
      input.disabled = true;
      void options.onSave(input.value).then((saved) => {
        busy = false;
        input.disabled = false;
        // Saved: the view re-renders from the new note text. Refused: let the user fix it.
        if (!saved) input.focus();
      });
    }
  });
  input.addEventListener("blur", () => {
    // A blur caused by the input being disabled while saving is not the user leaving.
    if (!busy && holder.contains(input)) cancel();
  });
  input.focus();
  input.select();
}

export interface AddInputOptions {
  placeholder: string;
  label: string;
  focusKey: string;
  onAdd: (value: string) => Promise<boolean>;
}

/** A field that adds an item on Enter (or its button) and clears itself once it is written. */
export function addInput(parent: HTMLElement, options: AddInputOptions): HTMLInputElement {
  const row = parent.createDiv({ cls: "kith-add-row" });
  const input = row.createEl("input", {
    cls: "kith-add-input",
    type: "text",
    attr: { placeholder: options.placeholder, "aria-label": options.label, [FOCUS_KEY]: options.focusKey },
  });
  const submit = async (): Promise<void> => {
    if (input.value.trim() === "") return;
    if (await options.onAdd(input.value)) input.value = "";
  };
  input.addEventListener("keydown", (evt) => {
    if (evt.key !== "Enter" || evt.isComposing) return;
    evt.preventDefault();
    void submit();
  });
  return input;
}
