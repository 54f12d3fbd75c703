import ICAL from "ical.js";
import Papa from "papaparse";
import { parseFrontmatter } from "../frontmatter";
import { emailsIn, type PersonEntry } from "../people/entry";
import { contactRecord, type ContactField } from "../person/contacts/record";
import { readKeyDate } from "../person/key-date-value";
import { DEFAULT_HEADINGS, type PersonHeadings } from "../person/layout";
import { scanOutline } from "../sections/outline";
import { distinctValues, emptyCard, type ContactCard } from "./card";
import { SPREADSHEET_FORMULA } from "./csv";
import { isLinkedIn, splitValues, unknownFieldValues } from "./fields";

/**
 * A person note as a card: the fields the import fills, read back from where they live, so a
 * file exported and imported again into the same vault changes nothing. A photo kept in the
 * vault (`![[...]]`) is not exported: only a photo address is.
 */
export function cardOfPerson(entry: PersonEntry, text: string, headings: PersonHeadings = DEFAULT_HEADINGS): ContactCard {
  const record = contactRecord(text, scanOutline(text), parseFrontmatter(text), headings);
  const values = (key: string, label: string): string[] => distinctValues(fieldValues(record, key).flatMap((v) => splitValues(label, v)));
  const card = emptyCard("Kith");
  card.name = entry.name;
  // As written (`Bob@Example.org`) in every place, a Markdown mail link as its address; the index's (lower-cased) add any the record lacks.
  const email = record.find((f) => f.key === "email");
  card.emails = distinctValues([...[email, ...(email?.also ?? [])].flatMap((place) => place?.values ?? []).flatMap(emailsIn), ...entry.emails]);
  card.phones = values("phone", "Phone");
  card.company = values("company", "Company")[0] ?? null;
  card.role = values("role", "Role")[0] ?? null;
  const birthday = values("birthday", "Birthday")[0];
  // As people write it (`2 April 1990`, `[[1990-04-02]]`), read as the key dates are.
  card.birthday = birthday === undefined ? null : readKeyDate(birthday);
  card.addresses = values("address", "Address");
  // The LinkedIn field holds a profile's address, or a bare handle, which is no address to export.
  card.urls = distinctValues([...values("linkedin", "LinkedIn").filter(isLinkedIn), ...values("url", "URL")]);
  const photo = values("photo", "Photo")[0];
  card.photo = photo !== undefined && /^https?:\/\//i.test(photo) ? { kind: "url", url: photo } : null;
  card.note = [...values("note", "Note"), ...unknownFieldValues(text, "Note")][0] ?? null;
  return card;
}

function fieldValues(record: readonly ContactField[], key: string): string[] {
  return record.find((f) => f.key === key)?.values ?? [];
}

/** A name as N's parts: the last word the family name, the words before it the given name. */
function nameParts(name: string): { given: string; middle: string; family: string } {
  const words = name.split(" ");
  if (words.length === 1) return { given: name, middle: "", family: "" };
  return { given: words[0] ?? "", middle: words.slice(1, -1).join(" "), family: words.at(-1) ?? "" };
}

/** Cards as one vCard 4.0 file (RFC 6350; CRLF, folded at 75), written by ical.js. */
export function writeVCards(cards: readonly ContactCard[]): string {
  return cards.map((card) => ICAL.stringify(["vcard", vcardProperties(card), []])).join("");
}

function vcardProperties(card: ContactCard): unknown[] {
  const { given, middle, family } = nameParts(card.name);
  const props: unknown[] = [
    ["version", {}, "text", "4.0"],
    ["fn", {}, "text", card.name],
    ["n", {}, "text", [family, given, middle, "", ""]],
  ];
  for (const email of card.emails) props.push(["email", {}, "text", email]);
  for (const phone of card.phones) props.push(["tel", {}, "text", phone]);
  if (card.company) props.push(["org", {}, "text", [card.company]]);
  if (card.role) props.push(["title", {}, "text", card.role]);
  if (card.birthday) props.push(["bday", {}, "date-and-or-time", card.birthday]);
  for (const address of card.addresses) props.push(["adr", {}, "text", ["", "", address, "", "", "", ""]]);
  for (const url of card.urls) props.push(["url", {}, "uri", url]);
  if (card.photo?.kind === "url") props.push(["photo", {}, "uri", card.photo.url]);
  if (card.note) props.push(["note", {}, "text", card.note]);
  return props;
}

/** Google Contacts' CSV header names (its current export), the columns the import reads back. */
export const GOOGLE_CSV_HEADER = [
  "First Name", "Middle Name", "Last Name", "Organization Name", "Organization Title", "Birthday", "Notes", "Photo", "Labels",
  "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Label", "Address 1 - Formatted",
  "Website 1 - Label", "Website 1 - Value",
];


/** Cards as a CSV with Google's header names; several values share a cell, split by ` ::: ` as Google writes them. */
export function writeGoogleCsv(cards: readonly ContactCard[]): string {
  const many = (values: readonly string[]): string => values.join(" ::: ");
  const rows = cards.map((card) => {
    const { given, middle, family } = nameParts(card.name);
    return [
      given, middle, family, card.company ?? "", card.role ?? "", card.birthday ?? "", card.note ?? "",
      card.photo?.kind === "url" ? card.photo.url : "", "* myContacts",
      "", many(card.emails), "", many(card.phones), "", many(card.addresses), "", many(card.urls),
    ];
  });
  return `${Papa.unparse({ fields: GOOGLE_CSV_HEADER, data: rows }, { newline: "\r\n", escapeFormulae: SPREADSHEET_FORMULA })}\r\n`;
}
