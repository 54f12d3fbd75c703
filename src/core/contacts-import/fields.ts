import { listValue, parseFrontmatter } from "../frontmatter";
import { compactLabel, contactKey, knownContactKey } from "../person/contacts/aliases";
import { readKeyDate } from "../person/key-date-value";
import { valueLine } from "../text/one-line";
import type { ContactCard, ContactPhoto } from "./card";

/** One contact field a card fills: the name it is written under in a note, its values, how values compare. */
export interface CardField {
  label: string;
  values: string[];
  /** A value as compared: two that compare equal are the same (case, spacing, a phone's punctuation). */
  same: (value: string) => string;
}

const plain = (value: string): string => value.toLowerCase().replace(/\s+/g, " ").trim();
/** A phone's digits, with its leading + (`+44 7700 900123` is `+447700900123`). */
const phoneDigits = (value: string): string => value.replace(/[^\d+]/g, "");
/** A LinkedIn profile's address. */
export const isLinkedIn = (url: string): boolean => /^(https?:\/\/)?([a-z]+\.)?linkedin\.com\//i.test(url.trim());
/** A date as people write it (`2 April 1990`) is the card's `1990-04-02`. */
const sameDay = (value: string): string => readKeyDate(value) ?? plain(value);

/**
 * The fields a card fills, in the order a new note gets them. Several values share one field,
 * joined with ", " (a note's Email row, a property); addresses, which hold commas, with "; ".
 * A value of several lines (a note, a two-line job title) is one line, its lines joined with " / ".
 */
export function cardFields(card: ContactCard, photoLink: string | null): CardField[] {
  const one = (value: string | null): string[] => (value === null ? [] : [value]);
  const fields: CardField[] = [
    { label: "Email", values: card.emails, same: plain },
    { label: "Phone", values: card.phones, same: phoneDigits },
    { label: "Company", values: one(card.company), same: plain },
    { label: "Role", values: one(card.role), same: plain },
    { label: "Birthday", values: one(card.birthday), same: sameDay },
    { label: "Address", values: card.addresses, same: plain },
    // A LinkedIn profile goes to the layout's own LinkedIn field; other addresses to URL.
    { label: "LinkedIn", values: card.urls.filter(isLinkedIn), same: plain },
    { label: "URL", values: card.urls.filter((u) => !isLinkedIn(u)), same: plain },
    { label: "Photo", values: one(photoLink), same: plain },
    { label: "Note", values: one(card.note), same: plain },
  ];
  return fields.map((field) => ({ ...field, values: field.values.map(valueLine).filter((v) => v !== "") }));
}

/** The separator a field's values are joined with in one note field. */
export function joinerOf(label: string): string {
  return label === "Address" ? "; " : ", ";
}

/**
 * The fields that hold several values on one line, by key, and what parts them: commas or
 * semicolons; semicolons alone between addresses (they hold commas); between web addresses, only
 * where the next starts with its scheme (one may hold a comma).
 */
const SEPARATORS: Readonly<Record<string, RegExp>> = {
  email: /\s*[,;]\s*/,
  phone: /\s*[,;]\s*/,
  address: /\s*;\s*/,
  url: /\s*[,;]\s*(?=https?:\/\/)/i,
  linkedin: /\s*[,;]\s*(?=https?:\/\/)/i,
};

/** A field's text back as its values (the inverse of joining them), the field named in any spelling. */
export function splitValues(field: string, text: string): string[] {
  const separator = SEPARATORS[contactKey(field)];
  if (!separator) return [text.trim()].filter((v) => v !== "");
  return text.split(separator).filter((v) => v.trim() !== "");
}

/** A photo's file extension from its media type (`image/jpeg` -> `jpg`). */
export function photoExtension(photo: Extract<ContactPhoto, { kind: "inline" }>): string {
  // `image/svg+xml` is an .svg: a suffix after + names the syntax, not the file.
  const sub = photo.mediaType.split("/")[1]?.split("+")[0]?.toLowerCase() ?? "jpeg";
  return sub === "jpeg" ? "jpg" : sub.replace(/[^a-z0-9]/g, "") || "jpg";
}

/**
 * A property of a field Kith does not know as a contact field (Note): the record reads only known
 * keys from Properties, but the user's `note:` is there all the same, and is never replaced.
 */
export function unknownFieldValues(text: string, label: string): string[] {
  if (knownContactKey(label) !== null) return [];
  const data = parseFrontmatter(text).data;
  return Object.keys(data)
    .filter((k) => compactLabel(k) === compactLabel(label))
    .flatMap((k) => listValue(data[k]))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}
