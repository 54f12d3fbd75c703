import type { PersonEntry } from "../people/entry";

/** Text as a search compares it: accents and case folded, spacing collapsed. */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** What a person can be found by, folded, the name first: name, aliases, emails, company, role. */
export function searchFields(entry: PersonEntry): string[] {
  return [entry.name, ...entry.aliases, ...entry.emails, entry.company ?? "", entry.role ?? ""].map(foldForSearch).filter((f) => f !== "");
}
