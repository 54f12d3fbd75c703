import { KithError } from "../errors";
import { frontmatterEdit, parseFrontmatter } from "../frontmatter";
import type { NoteStore } from "../note-store";
import { personEntry } from "../people/entry";
import type { PeopleIndex } from "../people/people-index";
import type { ContactFieldOptions } from "../person/contact";
import { contactRecord } from "../person/contacts/record";
import { setContactField } from "../person/contacts/set-field";
import { contactKey } from "../person/contacts/aliases";
import { headingsOf } from "../person/context";
import { nameKey, personFileName, toFileName } from "../person/names";
import { newPersonNote, type NewPersonOptions } from "../person/new-note";
import { scanOutline } from "../sections/outline";
import { applyTextEdit } from "../text/text-edit";
import { distinctValues, type ContactCard, type ContactsFile } from "./card";
import { cardFields, joinerOf, photoExtension, splitValues, unknownFieldValues, type CardField } from "./fields";
import { matchCard } from "./match";

/** The frontmatter line a note made by an import carries: where the person came from. */
export const SOURCE_LINE = "source: contacts import";

export interface ContactsPlanOptions extends ContactFieldOptions {
  peopleFolder: string;
  /** Obsidian's attachments folder (app.json attachmentFolderPath); "" or "/" is the vault root. */
  attachmentFolder: string;
  /** How a new note is written (the new-note settings). */
  newNote: Pick<NewPersonOptions, "contacts" | "personType" | "projectFolders" | "includeDataview">;
  /** Whether a file (a note or a picture) is at a path already: a new note or photo never takes one. */
  exists: (path: string) => boolean;
  /** Your own names and emails (settings myName, myAliases, myEmails): your own card is not imported, as you are no attendee in recaps. */
  self?: { names: readonly string[]; emails: readonly string[] };
  /** Called after each card, for a host's progress line on a large file. */
  onCard?: (done: number, total: number) => void;
}

export interface FilledField {
  field: string;
  value: string;
}

/** A field the note and the card both have, with other values: left as the note has it, for the user to pick. */
export interface DifferentField {
  field: string;
  note: string;
  card: string;
}

export type ContactStatus = "new" | "updated" | "unchanged" | "ambiguous" | "skipped";

/** What the import does with one card. */
export interface PlannedContact {
  position: string;
  name: string;
  status: ContactStatus;
  /** The note the card goes to (null: ambiguous or skipped). */
  path: string | null;
  filled: FilledField[];
  differs: DifferentField[];
  /** Ambiguous: the people it could be. */
  candidates: Array<{ name: string; path: string }>;
  /** Skipped: why. */
  reason: string | null;
}

/** One file the import writes: a note's text before (null: new) and after. */
export interface PlannedNote {
  path: string;
  before: string | null;
  after: string;
}

/** A photo the import writes to the attachments folder (base64 bytes). */
export interface PlannedPhoto {
  path: string;
  base64: string;
}

export interface ContactsPlan {
  contacts: PlannedContact[];
  /** Each note once, with all its cards' fields (two cards of one person make one write). */
  notes: PlannedNote[];
  photos: PlannedPhoto[];
  /** The file's warnings: cards it could not give (skipped before planning), and what to check in others. */
  warnings: string[];
  /** How many cards the file could not give. */
  unread: number;
}

const joinPath = (folder: string, file: string): string => {
  const clean = folder.replace(/^\/+|\/+$/g, "");
  return clean === "" ? file : `${clean}/${file}`;
};

/**
 * The import's plan: each card matched to a person (see matchCard); a match gets only the fields
 * its note lacks, and the fields it has with other values are listed, not written; no match
 * becomes a new note in the new-note layout, marked `source: contacts import`. Nothing is
 * written: the index learns the planned new notes, so a second card of the same person in the
 * file fills the same note.
 */
export async function planContactsImport(file: ContactsFile, index: PeopleIndex, store: NoteStore, options: ContactsPlanOptions): Promise<ContactsPlan> {
  const plan: ContactsPlan = { contacts: [], notes: [], photos: [], warnings: [...file.warnings], unread: file.skipped };
  const notes = new Map<string, PlannedNote>();
  const knownEmails = new Set([...index.entries()].flatMap((e) => e.emails));
  const taken = (path: string): boolean => options.exists(path) || notes.has(path) || plan.photos.some((p) => p.path.toLowerCase() === path.toLowerCase());
  const selfNames = new Set((options.self?.names ?? []).map(nameKey).filter((k) => k !== ""));
  const selfEmails = new Set((options.self?.emails ?? []).map((e) => e.trim().toLowerCase()));
  for (const { position, card } of file.cards) {
    const planned: PlannedContact = { position, name: card.name, status: "skipped", path: null, filled: [], differs: [], candidates: [], reason: null };
    plan.contacts.push(planned);
    const photosBefore = plan.photos.length;
    try {
      if (selfNames.has(nameKey(card.name)) || card.emails.some((e) => selfEmails.has(e.toLowerCase()))) {
        throw new KithError("invalid-value", "this is you (your name or email in Kith's settings); not imported");
      }
      const { person, candidates } = matchCard(card, index, knownEmails);
      if (candidates.length > 0) {
        planned.status = "ambiguous";
        planned.candidates = candidates.map((c) => ({ name: c.name, path: c.path }));
        continue;
      }
      const photoLink = (): string | null => photoFor(card, options.attachmentFolder, taken, plan);
      if (person) {
        // An earlier card of this person in the file planned their note already: this one adds to it.
        const pending = notes.get(person.path);
        const before = pending ? pending.before : await store.read(person.path);
        const current = pending?.after ?? before;
        if (current === null) throw new KithError("not-found", `${person.path} could not be read`);
        const { text, filled, differs } = fillFields(current, card, photoLink, options);
        planned.path = person.path;
        planned.filled = filled;
        planned.differs = differs;
        planned.status = pending?.before === null ? "new" : text === current ? "unchanged" : "updated";
        if (text !== current) notes.set(person.path, { path: person.path, before, after: text });
        continue;
      }
      const path = joinPath(options.peopleFolder, `${personFileName(card.name)}.md`);
      if (taken(path)) throw new KithError("exists", `${path} already exists and is not ${card.name}'s person note`);
      const filled = newNoteFields(card, photoLink);
      const text = newNoteText(card.name, filled, options);
      planned.path = path;
      planned.status = "new";
      planned.filled = filled;
      notes.set(path, { path, before: null, after: text });
      const entry = personEntry(path, text, { personType: options.newNote.personType, headings: options.headings });
      index.set(path, entry);
      for (const email of entry?.emails ?? []) knownEmails.add(email);
    } catch (error) {
      planned.status = "skipped";
      planned.reason = error instanceof Error ? error.message : String(error);
      // A skipped card's photo is not saved either.
      plan.photos.length = photosBefore;
    } finally {
      options.onCard?.(plan.contacts.length, file.cards.length);
    }
  }
  plan.notes = [...notes.values()];
  return plan;
}

/** A new note with the card's fields: the new-note layout, and SOURCE_LINE after `created`. */
function newNoteText(name: string, fields: readonly FilledField[], options: ContactsPlanOptions): string {
  const text = newPersonNote(name, { ...options.newNote, today: options.today, headings: options.headings, fields });
  return text.replace(/^(created: .*)$/m, `$1\n${SOURCE_LINE}`);
}

/** The card's fields that have values, each joined into one field's value, in cardFields' order; a photo linked or saved. */
function newNoteFields(card: ContactCard, photoLink: () => string | null): FilledField[] {
  const photo = card.photo?.kind === "url" ? card.photo.url : photoLink();
  return cardFields(card, photo)
    .filter((field) => field.values.length > 0)
    .map((field) => ({ field: field.label, value: field.values.join(joinerOf(field.label)) }));
}

/**
 * The card's fields written where the note lacks them (setContactField writes where a field
 * lives); the ones it has with other values, listed. A value the note holds among others (one
 * of its emails) is no difference.
 */
function fillFields(text: string, card: ContactCard, photoLink: () => string | null, options: ContactsPlanOptions): { text: string; filled: FilledField[]; differs: DifferentField[] } {
  const record = contactRecord(text, scanOutline(text), parseFrontmatter(text), headingsOf(options));
  const filled: FilledField[] = [];
  const differs: DifferentField[] = [];
  let after = text;
  for (const field of cardFields(card, null)) {
    const values = field.label === "Photo" ? photoValues(card, record, photoLink) : field.values;
    if (values.length === 0) continue;
    const has = distinctValues([...(record.find((f) => f.key === contactKey(field.label))?.values ?? []), ...unknownFieldValues(after, field.label)]);
    const joined = values.join(joinerOf(field.label));
    if (has.length === 0) {
      after = setValues(after, field.label, values, options);
      filled.push({ field: field.label, value: joined });
      continue;
    }
    const missing = missingValues(field, values, has);
    if (missing.length > 0) differs.push({ field: field.label, note: has.join(joinerOf(field.label)), card: joined });
  }
  return { text: after, filled, differs };
}

/**
 * Values for a field the note has none for: one item each where it keeps the field as a property
 * list (`Email: []`), else joined on one line (`a@x, b@y`), as set-field writes a value.
 */
function setValues(text: string, label: string, values: readonly string[], options: ContactsPlanOptions): string {
  const parsed = parseFrontmatter(text);
  const key = contactKey(label);
  const list = contactRecord(text, scanOutline(text), parsed, headingsOf(options)).find((f) => f.key === key && f.source === "property" && Array.isArray(parsed.data[f.label]));
  if (!list) return setContactField(text, label, values.join(joinerOf(label)), options);
  const [first = "", ...rest] = values;
  return rest.reduce((note, value) => applyTextEdit(note, frontmatterEdit.addListItem(note, list.label, value)), setContactField(text, label, first, options));
}

/** The card's values the note's values do not hold. */
function missingValues(field: CardField, values: readonly string[], has: readonly string[]): string[] {
  const held = new Set(has.flatMap((h) => splitValues(field.label, h)).map(field.same));
  return values.filter((v) => !held.has(field.same(v)));
}

/** A photo URL is compared like any value; an inline photo is saved and linked only when the note has no photo. */
function photoValues(card: ContactCard, record: ReturnType<typeof contactRecord>, photoLink: () => string | null): string[] {
  if (!card.photo) return [];
  if (card.photo.kind === "url") return [card.photo.url];
  const has = record.find((f) => f.key === "photo")?.values ?? [];
  if (has.length > 0) return [];
  const link = photoLink();
  return link === null ? [] : [link];
}

/** An inline photo's file in the attachments folder, named after the person (` 2`, ` 3` when taken), planned; its embed link. */
function photoFor(card: ContactCard, folder: string, taken: (path: string) => boolean, plan: ContactsPlan): string | null {
  if (card.photo?.kind !== "inline" || card.photo.base64 === "") return null;
  const stem = toFileName(card.name);
  const extension = photoExtension(card.photo);
  let path = joinPath(folder, `${stem}.${extension}`);
  for (let n = 2; taken(path); n++) path = joinPath(folder, `${stem} ${n}.${extension}`);
  plan.photos.push({ path, base64: card.photo.base64 });
  return `![[${path}]]`;
}
