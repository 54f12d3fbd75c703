import { prepareFuzzySearch, type App } from "obsidian";
import { foldForSearch, searchFields, type PersonEntry } from "../../core";
import { PromisedSuggestModal } from "./promised-suggest";

const byName = (a: PersonEntry, b: PersonEntry): number => a.name.localeCompare(b.name);

/**
 * People matching a query, best first: fuzzy over name, aliases, emails, company and role,
 * accents and case ignored (both sides are folded before Obsidian's fuzzy match).
 */
export function rankPeople(people: Iterable<PersonEntry>, query: string): PersonEntry[] {
  const folded = foldForSearch(query);
  if (folded === "") return [...people].sort(byName);
  const fuzzy = prepareFuzzySearch(folded);
  const scored: Array<{ entry: PersonEntry; score: number }> = [];
  for (const entry of people) {
    const scores = searchFields(entry).flatMap((field) => fuzzy(field)?.score ?? []);
    if (scores.length > 0) scored.push({ entry, score: Math.max(...scores) });
  }
  return scored.sort((a, b) => b.score - a.score || byName(a.entry, b.entry)).map((s) => s.entry);
}

/** What a person is shown with under their name: role, company, where the note is. */
export function personDetail(entry: PersonEntry): string {
  return [entry.role, entry.company, entry.path].filter((part) => part).join(" · ");
}

/** Asks for a person from the people index. */
export class PersonPickerModal extends PromisedSuggestModal<PersonEntry> {
  constructor(
    app: App,
    placeholder: string,
    private readonly people: () => PersonEntry[],
  ) {
    super(app, placeholder);
  }

  override getSuggestions(query: string): PersonEntry[] {
    return rankPeople(this.people(), query);
  }

  override renderSuggestion(entry: PersonEntry, el: HTMLElement): void {
    el.createDiv({ text: entry.name });
    el.createEl("small", { text: personDetail(entry) });
  }
}
