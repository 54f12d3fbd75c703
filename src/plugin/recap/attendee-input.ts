import { AbstractInputSuggest, prepareFuzzySearch, setIcon, type App } from "obsidian";
import { nameKey, type PeopleIndex } from "../../core";

/** A suggestion: a known person, or the typed name as a new person. */
interface NameSuggestion {
  name: string;
  detail: string;
}

const MAX_SUGGESTIONS = 8;

/**
 * Names matching the query: the typed text itself first (so Enter never swaps in someone
 * else), then known people by fuzzy match over name, aliases and email, accents ignored.
 */
export function suggestNames(index: PeopleIndex, query: string): NameSuggestion[] {
  const typed = query.trim();
  if (typed === "") return [];
  const search = prepareFuzzySearch(nameKey(typed));
  const scored: Array<{ s: NameSuggestion; score: number }> = [];
  for (const person of index.entries()) {
    const haystack = [person.name, ...person.aliases, ...person.emails].map(nameKey).join(" ");
    const match = search(haystack);
    if (match) scored.push({ s: { name: person.name, detail: [person.role, person.company].filter(Boolean).join(", ") }, score: match.score });
  }
  scored.sort((a, b) => b.score - a.score);
  const known = scored.slice(0, MAX_SUGGESTIONS).map((x) => x.s);
  const exact = known.find((s) => nameKey(s.name) === nameKey(typed));
  return exact ? [exact, ...known.filter((s) => s !== exact)] : [{ name: typed, detail: "New person" }, ...known];
}

class NameSuggest extends AbstractInputSuggest<NameSuggestion> {
  constructor(
    app: App,
    inputEl: HTMLInputElement,
    private readonly index: () => PeopleIndex,
  ) {
    super(app, inputEl);
  }

  protected getSuggestions(query: string): NameSuggestion[] {
    return suggestNames(this.index(), query);
  }

  renderSuggestion(value: NameSuggestion, el: HTMLElement): void {
    el.createDiv({ text: value.name });
    if (value.detail) el.createDiv({ text: value.detail, cls: "kith-suggest-detail" });
  }
}

/** A text input with people suggestions; `onPick` gets the chosen or typed name. */
export function attachNameSuggest(app: App, input: HTMLInputElement, index: () => PeopleIndex, onPick: (name: string) => void): void {
  const suggest = new NameSuggest(app, input, index);
  suggest.onSelect((value) => {
    onPick(value.name);
    suggest.close();
  });
}

/**
 * Attendees as removable chips with an input: pick a suggestion or press Enter to add the
 * typed name; Backspace in the empty input removes the last one.
 */
export class AttendeeInput {
  private readonly chipsEl: HTMLElement;
  readonly inputEl: HTMLInputElement;

  constructor(
    app: App,
    parent: HTMLElement,
    private readonly names: string[],
    index: () => PeopleIndex,
    /** The input's accessible name: the form has one list of attendees and one of people mentioned. */
    label = "Add attendee",
  ) {
    const box = parent.createDiv({ cls: "kith-attendees" });
    this.chipsEl = box.createDiv({ cls: "kith-chips" });
    this.inputEl = box.createEl("input", { type: "text", cls: "kith-attendee-input", attr: { "aria-label": label, placeholder: "Add a name" } });
    attachNameSuggest(app, this.inputEl, index, (name) => this.add(name));
    this.inputEl.addEventListener("keydown", (event) => {
      // The suggestion popover handles Enter while it is open; this is Enter with it closed.
      if (event.key === "Enter" && !event.defaultPrevented && this.inputEl.value.trim() !== "") {
        event.preventDefault();
        this.add(this.inputEl.value);
      } else if (event.key === "Backspace" && this.inputEl.value === "" && this.names.length > 0) {
        this.names.pop();
        this.render();
      }
    });
    this.render();
  }

  add(name: string): void {
    const clean = name.replace(/\s+/g, " ").trim();
    if (clean !== "" && !this.names.some((n) => nameKey(n) === nameKey(clean))) this.names.push(clean);
    this.inputEl.value = "";
    this.render();
    this.inputEl.focus();
  }

  private render(): void {
    this.chipsEl.empty();
    for (const name of this.names) {
      const chip = this.chipsEl.createSpan({ cls: "kith-chip", text: name });
      const remove = chip.createEl("button", { cls: "kith-chip-remove clickable-icon", attr: { "aria-label": `Remove ${name}` } });
      setIcon(remove, "x");
      remove.addEventListener("click", () => {
        this.names.splice(this.names.indexOf(name), 1);
        this.render();
        this.inputEl.focus();
      });
    }
  }
}
