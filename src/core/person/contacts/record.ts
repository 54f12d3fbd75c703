import type { PersonHeadings } from "../layout";
import type { ParsedFrontmatter } from "../../frontmatter";
import type { Outline } from "../../sections/outline";
import { contactPlaces, type ContactPlace, type ContactSource } from "./places";

/** Another place the same field is written, which did not win. */
export interface OtherPlace {
  label: string;
  values: string[];
  source: ContactSource;
  line: number;
}

/** One contact field of a person, as `kith person show --json` and the panel show it. */
export interface ContactField extends OtherPlace {
  /** Canonical key (`email`, `phone`, `company`, ...), else the label lower-cased. */
  key: string;
  /** The same field written elsewhere in the note (rarely any). */
  also: OtherPlace[];
}

/**
 * The place a field lives, among the places it is written: the first with a value, else the
 * first. Places come in source order (table, Properties, inline fields, bold labels), so an
 * empty `_Unknown_` row does not hide an email kept as a property.
 */
export function livingPlace(places: readonly ContactPlace[]): ContactPlace | undefined {
  return places.find((p) => p.values.length > 0) ?? places[0];
}

const placeOf = ({ label, values, source, line }: ContactPlace): OtherPlace => ({ label, values, source, line });

/** One field a key, in the order the keys first appear; each from the place it lives. */
export function recordOf(places: readonly ContactPlace[]): ContactField[] {
  const keys = [...new Set(places.map((p) => p.key))];
  return keys.flatMap((key) => {
    const same = places.filter((p) => p.key === key);
    const lives = livingPlace(same);
    return lives ? [{ key, ...placeOf(lives), also: same.filter((p) => p !== lives).map(placeOf) }] : [];
  });
}

/** A note's contact record: the table, Properties, Dataview inline fields and bold-label lines. */
export function contactRecord(text: string, outline: Outline, parsed: ParsedFrontmatter, headings: PersonHeadings): ContactField[] {
  return recordOf(contactPlaces(text, outline, parsed, headings));
}

/** The first value of a field, or null. */
export function contactValueOf(record: readonly ContactField[], key: string): string | null {
  return record.find((f) => f.key === key)?.values[0] ?? null;
}
