import { hidesOwnLines } from "../sections/outline";
import { controlCharacterCount } from "../text/control-characters";
import { KithError } from "../errors";
import { isIsoDate } from "../dates";
import { checkFrontmatter } from "../frontmatter";
import type { NoteStore } from "../note-store";
import { newPersonNote } from "../person/new-note";
import { defaultHandle, personFileName } from "../person/names";
import type { PeopleIndex } from "../people/people-index";
import type { KithSettings } from "../settings";
import { keptByRecap, recapContext, recapEdit, recapEditOptions, type RecapContext, type RecapEditOptions } from "./apply-to-person";
import { attendeeEmail } from "./attendee-emails";
import { meetingFileName, renderMeetingNote } from "./meeting-note";
import { updateMeetingNote, type MeetingUpdateOptions } from "./meeting-update";
import type { Recap } from "./recap";
import { resolveAttendees, type AttendeeResolution } from "./resolve";

/** One person note the recap will create or change. */
export interface PlannedNote {
  attendee: string;
  path: string;
  create: boolean;
  /** The note's text now (null for a new note). */
  before: string | null;
  /** Its text after the recap, or null when it cannot be edited (see `error`). */
  after: string | null;
  error: string | null;
  /**
   * What the recap leaves as the user wrote it instead of writing its own, one sentence each
   * (`Kept your edited Recent Context line for [[2026-03-02 - Pilot]].`), for the preview and the CLI.
   */
  kept: string[];
}

export interface RecapPlan {
  recap: Recap;
  /** The meeting note's path and the link target Recent Context lines use. */
  meetingPath: string;
  meetingLink: string;
  /** The meeting note to write, when the recap does not come from an existing note. */
  meetingNote: { path: string; text: string } | null;
  /**
   * The existing meeting note's update with the recap's content (`updateMeetingNote`), shown and
   * written like an attendee's note; absent when the caller did not ask for it.
   */
  meetingUpdate?: PlannedNote;
  attendees: AttendeeResolution[];
  notes: PlannedNote[];
  /** Why the plan cannot be applied yet (an ambiguous name, say); empty when it can. */
  blocking: string[];
}

export interface PlanOptions {
  store: NoteStore;
  index: PeopleIndex;
  settings: KithSettings;
  today: string;
  /** The existing meeting note the recap was read from; else a new one is planned. */
  meetingPath?: string;
  /**
   * Merge the recap into the existing note at `meetingPath` (a form opened on a note a calendar
   * event started); off, that note is only the recap's source and is left as it is.
   */
  updateMeetingNote?: boolean;
  mapping?: ReadonlyMap<string, string>;
  newPeople?: ReadonlySet<string>;
  /**
   * The path of a note with this file name anywhere in the vault (what `[[name]]` reaches), or
   * null: a new attendee named as a project's note is not made a person unless chosen in `newPeople`.
   */
  noteNamed?: (fileName: string) => string | null;
  /** The template note's prompt lines (templatePrompts). */
  placeholders?: readonly string[];
}

/** Refuses a recap that cannot be applied: a clear message naming the problem. */
export function validateRecap(recap: Recap): void {
  if (!recap.date || !isIsoDate(recap.date)) throw new KithError("invalid-date", `The recap's date is missing or not a date (YYYY-MM-DD): "${recap.date ?? ""}".`);
  if (recap.title.trim() === "") throw new KithError("invalid-value", "The recap has no title.");
  if (recap.attendees.filter((a) => a.trim() !== "").length === 0) throw new KithError("invalid-value", "The recap has no attendees.");
}

function joinPath(folder: string, file: string): string {
  const clean = folder.replace(/^\/+|\/+$/g, "");
  return clean === "" ? file : `${clean}/${file}`;
}

/**
 * Works out, without writing anything, what a recap does: who each attendee is, which
 * notes are created, and each note's text after the recap.
 */
export async function planRecap(recap: Recap, options: PlanOptions): Promise<RecapPlan> {
  validateRecap(recap);
  const { settings, index, store } = options;
  const date = recap.date ?? "";
  const meetingPath = options.meetingPath ?? joinPath(settings.meetingsFolder, `${meetingFileName(date, recap.title)}.md`);
  const meetingLink = (meetingPath.split("/").pop() ?? meetingPath).replace(/\.md$/i, "");
  const attendees = resolveAttendees(recap.attendees, index, {
    self: [settings.myName, ...settings.myAliases],
    selfEmails: settings.myEmails,
    mapping: options.mapping,
    newPeople: options.newPeople,
    emails: recap.emails,
  });
  const blocking = attendees
    .filter((a) => a.status === "ambiguous")
    .map((a) => `"${a.name}" could be ${a.candidates.map((c) => `${c.name} (${c.path})`).join(", ")}: choose one or a new person.`);
  const editOptions = recapEditOptions(settings, options.today, options.placeholders);
  const context = recapContext(recap);
  const inputs = editInputs(recap, meetingLink, editOptions);
  const notes: PlannedNote[] = [];
  const linkTargets = new Map<string, string>();
  const handles = new Map<string, string>();
  /** New notes by path: the blank note and every name that lands on it ("Lee/Chen", "Lee Chen"). */
  const creating = new Map<string, { fresh: string; names: string[] }>();

  for (const attendee of attendees) {
    if (attendee.status === "self" || attendee.status === "ambiguous") continue;
    if (attendee.person) {
      const path = attendee.person.path;
      linkTargets.set(attendee.name, attendee.person.fileName);
      handles.set(attendee.name, attendee.person.handle);
      // A second name for someone already planned: one update of their note, from every name.
      if (notes.some((n) => n.path === path)) continue;
      const names = attendeeNames(attendees, path, attendee.name);
      const before = await store.read(path);
      const note = plannedEdit(attendee.name, path, before, (text) => editWithKept(text, recap, names, meetingLink, editOptions, context));
      if (note.before !== null && note.after !== null) plannedEdits.set(note, { inputs: namedInputs(inputs, names), before: note.before, after: note.after });
      notes.push(note);
      continue;
    }
    let fileName: string;
    try {
      fileName = personFileName(attendee.name);
    } catch (error) {
      blocking.push(error instanceof Error ? error.message : String(error));
      continue;
    }
    const path = joinPath(settings.peopleFolder, `${fileName}.md`);
    linkTargets.set(attendee.name, fileName);
    handles.set(attendee.name, defaultHandle(attendee.name));
    const sameFile = creating.get(path);
    if (sameFile) {
      // A second name for someone new in this recap: one note, from every name.
      sameFile.names.push(attendee.name);
      const planned = notes.findIndex((n) => n.path === path);
      const edit = (text: string): Edited => ({ after: editForNames(text, recap, sameFile.names, meetingLink, editOptions, context), kept: [] });
      notes[planned] = { ...plannedEdit(sameFile.names[0] ?? attendee.name, path, sameFile.fresh, edit), create: true, before: null };
      continue;
    }
    const existing = await store.read(path);
    if (existing !== null) {
      const why = frontmatterProblem(existing);
      const error = why ? `${path} already exists but cannot be read: ${why}` : `${path} already exists but is not a person note.`;
      notes.push({ attendee: attendee.name, path, create: true, before: null, after: null, error, kept: [] });
      continue;
    }
    // A person note of the same name would split every link to that note between the two.
    // The recap's own new meeting note counts too: it is no one's person note either.
    const meetingNamed = options.meetingPath === undefined && fileName.toLowerCase() === meetingLink.toLowerCase() ? meetingPath : null;
    const namesake = options.newPeople?.has(attendee.name) ? null : (meetingNamed ?? options.noteNamed?.(fileName) ?? null);
    if (namesake !== null) {
      const error = `${namesake} has this name and is not a person note: no person note was made, so links to it stay its own. Add them as a new person by another name, or tag that note as a person.`;
      notes.push({ attendee: attendee.name, path, create: true, before: null, after: null, error, kept: [] });
      continue;
    }
    const fresh = newPersonNote(attendee.name, {
      today: options.today,
      email: attendeeEmail(recap, attendee.name),
      autoCreated: true,
      headings: settings.headings,
      projectFolders: settings.projectFolders,
      includeDataview: settings.includeDataview,
      personType: settings.personType,
      contacts: settings.newNoteContacts,
    });
    creating.set(path, { fresh, names: [attendee.name] });
    const edit = (text: string): Edited => ({ after: recapEdit(text, recap, attendee.name, meetingLink, editOptions, context).after, kept: [] });
    notes.push({ ...plannedEdit(attendee.name, path, fresh, edit), create: true, before: null });
  }

  const meetingNote = options.meetingPath ? null : { path: meetingPath, text: renderMeetingNote(recap, { linkTargets, handles }) };
  // As a person edit would be (finishEdit): a summary of `Churn is down 5%%` would hide the rest of the new meeting note.
  if (meetingNote && hidesOwnLines(meetingNote.text)) blocking.push(`The recap's text holds %%, <!-- or a code fence (\`\`\`) that would hide the rest of its meeting note in Obsidian; write it another way.`);
  if (meetingNote && controlCharacterCount(meetingNote.text) > 0) blocking.push("The recap's text holds control characters (such as a terminal's colour codes), which are no text; write it without them.");
  const plan: RecapPlan = { recap, meetingPath, meetingLink, meetingNote, attendees, notes, blocking };
  if (options.meetingPath && options.updateMeetingNote) {
    const update = meetingUpdateOptions(attendees, options.today);
    plan.meetingUpdate = plannedEdit(meetingLink, meetingPath, await store.read(meetingPath), (text) => updateMeetingNote(text, recap, update));
  }
  return plan;
}

/**
 * What the meeting note's update links attendees and owners with: each person's note (found, or
 * new in this recap) and task handle, as planRecap gives them to a new meeting note. Computed from
 * the plan's attendees, so apply edits a note changed since the plan the same way.
 */
export function meetingUpdateOptions(attendees: readonly AttendeeResolution[], today: string): MeetingUpdateOptions {
  const linkTargets = new Map<string, string>();
  const handles = new Map<string, string>();
  for (const attendee of attendees) {
    if (attendee.status === "self" || attendee.status === "ambiguous") continue;
    if (attendee.person) {
      linkTargets.set(attendee.name, attendee.person.fileName);
      handles.set(attendee.name, attendee.person.handle);
      continue;
    }
    try {
      linkTargets.set(attendee.name, personFileName(attendee.name));
      handles.set(attendee.name, defaultHandle(attendee.name));
    } catch {
      // A name no file can have blocks the plan already; it stays a plain name here.
    }
  }
  return { today, linkTargets, handles };
}

/** Every name the recap gives the person at `path` ("Pri", "Priya Raman"); `fallback` for a new note. */
export function attendeeNames(attendees: readonly AttendeeResolution[], path: string, fallback: string): string[] {
  const names = attendees.filter((a) => a.person?.path === path).map((a) => a.name);
  return names.length > 0 ? names : [fallback];
}

/** The recap's edit of one note, once for each of the person's names, so items naming any of them are theirs. */
export function editForNames(
  text: string,
  recap: Recap,
  names: readonly string[],
  meetingLink: string,
  options: RecapEditOptions,
  context: RecapContext = recapContext(recap),
): string {
  return names.reduce((result, name) => recapEdit(result, recap, name, meetingLink, options, context).after, text);
}

/** A note's text after the recap, and what the recap keeps in it instead of writing (PlannedNote's `kept`). */
type Edited = Pick<PlannedNote, "kept"> & { after: string };

/**
 * editForNames, with what it keeps in words (keptByRecap): the first name's edit reads the note
 * as it is, so it says what the note holds; the others read the note that edit left.
 */
function editWithKept(text: string, recap: Recap, names: readonly string[], meetingLink: string, options: RecapEditOptions, context: RecapContext): Edited {
  const [first, ...others] = names;
  if (first === undefined) return { after: text, kept: [] };
  const edit = recapEdit(text, recap, first, meetingLink, options, context);
  return { after: editForNames(edit.after, recap, others, meetingLink, options, context), kept: keptByRecap(edit.kept, recap, meetingLink, options) };
}

/** An existing note's planned edit: its text then and after, and everything the edit was computed from. */
interface PlannedEdit {
  inputs: string;
  before: string;
  after: string;
}

/**
 * The planned edits, kept out of the plan itself (a caller may change or copy the plan; a copy
 * has none and is edited afresh).
 */
const plannedEdits = new WeakMap<PlannedNote, PlannedEdit>();

/**
 * Everything but the note's text and the person's names that `editForNames` computes from, as
 * one string: two equal strings give the same edit of the same text.
 */
export function editInputs(recap: Recap, meetingLink: string, options: RecapEditOptions): string {
  // The options one by one, so that undefined, null, NaN and Infinity stay apart; the defaults as recapEdit takes them.
  const value = (v: unknown): string => (v === undefined ? "undefined" : typeof v === "number" ? String(v) : JSON.stringify(v));
  return [JSON.stringify(recap), value(meetingLink), value(options.today), value(options.headings), value(options.summaryLength ?? 100), value(options.recentContextCap ?? null), value(options.placeholders ?? [])].join("\n");
}

function namedInputs(inputs: string, names: readonly string[]): string {
  return `${JSON.stringify(names)}\n${inputs}`;
}

/**
 * What `editForNames(text, recap, names, ...)` gives, when the plan already computed it: `text`
 * is still the planned note's text and `inputs` (`editInputs`) and `names` are what it was
 * planned with. Else null: the caller edits `text` itself.
 */
export function plannedAfter(note: PlannedNote, text: string, inputs: string, names: readonly string[]): string | null {
  const planned = plannedEdits.get(note);
  if (planned === undefined || planned.before !== text || planned.inputs !== namedInputs(inputs, names)) return null;
  return planned.after;
}

/** A note's frontmatter error (a person note the index could not read), or null. */
function frontmatterProblem(text: string): string | null {
  try {
    checkFrontmatter(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function plannedEdit(attendee: string, path: string, before: string | null, edit: (text: string) => Edited): PlannedNote {
  if (before === null) return { attendee, path, create: false, before, after: null, error: `${path} could not be read.`, kept: [] };
  try {
    const { after, kept } = edit(before);
    return { attendee, path, create: false, before, after, error: null, kept };
  } catch (error) {
    return { attendee, path, create: false, before, after: null, error: error instanceof Error ? error.message : String(error), kept: [] };
  }
}
