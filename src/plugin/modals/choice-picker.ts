import { prepareFuzzySearch, type App } from "obsidian";
import { foldForSearch } from "../../core";
import { PromisedSuggestModal } from "./promised-suggest";
import type { Choice } from "./ui";

/** Asks for one of a few options (a contact field, say), fuzzy on their labels. */
export class ChoicePickerModal<T> extends PromisedSuggestModal<Choice<T>> {
  constructor(
    app: App,
    placeholder: string,
    private readonly choices: Choice<T>[],
  ) {
    super(app, placeholder);
  }

  override getSuggestions(query: string): Choice<T>[] {
    const folded = foldForSearch(query);
    if (folded === "") return this.choices;
    const fuzzy = prepareFuzzySearch(folded);
    return this.choices.filter((c) => fuzzy(foldForSearch(c.label)) !== null);
  }

  override renderSuggestion(choice: Choice<T>, el: HTMLElement): void {
    el.createDiv({ text: choice.label });
    if (choice.detail) el.createEl("small", { text: choice.detail });
  }
}
