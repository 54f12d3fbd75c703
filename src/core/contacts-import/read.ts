import type { ContactsFile } from "./card";
import { readContactsCsv } from "./csv";
import { looksLikeVCard, readVCards } from "./vcard";

/** A contacts file's text, vCard or CSV (told apart by its first line), as cards; an unreadable file throws, naming why. */
export function readContactsFile(text: string): ContactsFile {
  return looksLikeVCard(text) ? readVCards(text) : readContactsCsv(text);
}
