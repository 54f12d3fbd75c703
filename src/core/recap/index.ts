export { emptyRecap, type Recap, type ActionItem, type PastedRecap } from "./recap";
export { readMeetingNote, renderMeetingNote, meetingFileName, isMeetingNote, linkText, MEETING_TYPE, type RenderMeetingOptions } from "./meeting-note";
export { attributeItem, itemsFor, type AttributedItem } from "./attribution";
export { recapEdit, recapEditOptions, type RecapEditOptions } from "./apply-to-person";
export { resolveAttendees, type AttendeeResolution, type AttendeeStatus, type ResolveOptions } from "./resolve";
export { planRecap, validateRecap, type RecapPlan, type PlannedNote, type PlanOptions } from "./plan";
export { applyPlan, undoRecap, isUndoRecord, journalOfRecord, type ApplyResult, type UndoRecord, type UndoEntry, type UndoResult } from "./apply";
export { recapFromFields, fieldsFromRecap, actionFromLine, type RecapFields } from "./form";
export { distinctAttendees } from "./distinct";
export {
  parseJournal,
  journalLine,
  changeToUndo,
  MemoryJournal,
  type JournalHeader,
  type JournalStep,
  type JournalWrite,
  type JournalWriter,
  type RecapJournal,
} from "./journal";
