/** Kith's pure core: strings and plain data in and out, shared by the plugin and the CLI. */
export * from "./errors";
export * from "./dates";
export type { NoteStore, NoteEdit, ProcessResult } from "./note-store";
export * from "./frontmatter";
export * from "./sections";
export * from "./person";
export * from "./people";
export { readDay, readKeyDate } from "./person/key-date-value";
export { keyDatesOf, nextOccurrence, yearsPhrase, type KeyDate, type Occurrence } from "./person/key-dates";
export * from "./settings";
export { MemoryNoteStore } from "./store/memory-store";
export { excludedFiles } from "./excluded-files";
export { truncateOnWord } from "./text/truncate";
export { detectEol, type Eol } from "./text/lines";
export { minimalChange, textChanges, changedLines, type DiffLine } from "./text/diff";
export * from "./recap";
export { parseTaskLine, formatTaskLine, type TaskLine } from "./tasks/task-line";
export { unifiedDiff, type UnifiedDiffOptions } from "./text/unified-diff";
export * from "./links";
export { revertChanges, type ChangeRecord, type NoteChange, type RevertResult } from "./undo";
// Types only: the calendar code loads ical.js, so hosts import "./calendar" where they read a calendar.
export type { CalendarEvent, CalendarAttendee, MatchedAttendee } from "./calendar";
// Types only: contacts import and export load ical.js and papaparse, so hosts import "./contacts-import" where they read or write contacts.
export type { ContactCard, ContactPhoto, ContactsFile, ContactsPlan, PlannedContact, ContactsApplyResult } from "./contacts-import";
