import { AbstractInputSuggest, type App } from "obsidian";

/**
 * Type-ahead for a settings field that holds a vault path (a folder, a template note): the
 * paths containing what was typed, case ignored. Picking one writes it into the field as if
 * typed, so the field's own change handler checks and saves it.
 */
export class PathSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    private readonly inputEl: HTMLInputElement,
    private readonly paths: () => string[],
  ) {
    super(app, inputEl);
  }

  protected override getSuggestions(query: string): string[] {
    const wanted = query.trim().toLowerCase();
    return this.paths()
      .filter((p) => p.toLowerCase().includes(wanted))
      .sort((a, b) => a.localeCompare(b))
      .slice(0, this.limit || undefined);
  }

  override renderSuggestion(path: string, el: HTMLElement): void {
    el.setText(path);
  }

  override selectSuggestion(path: string): void {
    this.setValue(path);
    this.inputEl.dispatchEvent(new Event("input"));
    this.close();
  }
}
