/** Contacts in and out: vCard and CSV files read as cards, planned against the people, applied with one undo; people written back as vCard or CSV. */
export { readContactsFile } from "./read";
export { decodeContactsFile } from "./decode";
export { planContactsImport, SOURCE_LINE, type ContactsPlan, type ContactsPlanOptions, type PlannedContact, type PlannedNote, type PlannedPhoto, type ContactStatus } from "./plan";
export { applyContactsImport, type ContactsApplyResult } from "./apply";
export { contactsCounts, contactsNoteCounts, contactsSummary } from "./counts";
export type { ContactCard, ContactPhoto, ContactsFile, PositionedCard } from "./card";
export { cardOfPerson, writeVCards, writeGoogleCsv, GOOGLE_CSV_HEADER } from "./export";
export { savedPhotoLine, undoPhotos, type PhotoFiles } from "./photos";
