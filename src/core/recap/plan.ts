import { KithError } from "../errors";
import { isIsoDate } from "../dates";
import type { NoteStore } from "../note-store";
import { newPersonNote } from "../person/new-note";
import { defaultHandle, toFileName } from "../person/names";
import type { PeopleIndex } from "../people/people-index";
import type { KithSettings } from "../settings";
import { applyRecapToPerson } from "./apply-to-person";
import { meetingFileName, renderMeetingNote } from "./meeting-note";
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
}

export interface RecapPlan {
  recap: Recap;
  /** The meeting note's path and the link target Recent Context lines use. */
  meetingPath: string;
  meetingLink: string;
  /** The meeting note to write, when the recap does not come from an existing note. */
  meetingNote: { path: string; text: string } | null;
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
  mapping?: ReadonlyMap<string, string>;
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
  const attendees = resolveAttendees(recap.attendees, index, { self: [settings.myName, ...settings.myAliases], mapping: options.mapping });
  const blocking = attendees
    .filter((a) => a.status === "ambiguous")
    .map((a) => `"${a.name}" could be ${a.candidates.map((c) => `${c.name} (${c.path})`).join(", ")}: choose one or a new person.`);
  const editOptions = { today: options.today, headings: settings.headings, summaryLength: settings.summaryLength, recentContextCap: settings.recentContextCap };
  const notes: PlannedNote[] = [];
  const linkTargets = new Map<string, string>();
  const handles = new Map<string, string>();

  for (const attendee of attendees) {
    if (attendee.status === "self" || attendee.status === "ambiguous") continue;
    const edit = (text: string): string => applyRecapToPerson(text, recap, attendee.name, meetingLink, editOptions);
    if (attendee.person) {
      const path = attendee.person.path;
      linkTargets.set(attendee.name, attendee.person.fileName);
      handles.set(attendee.name, attendee.person.handle);
      const before = await store.read(path);
      notes.push(plannedEdit(attendee.name, path, before, edit));
      continue;
    }
    let fileName: string;
    try {
      fileName = toFileName(attendee.name);
    } catch (error) {
      blocking.push(error instanceof Error ? error.message : String(error));
      continue;
    }
    const path = joinPath(settings.peopleFolder, `${fileName}.md`);
    linkTargets.set(attendee.name, fileName);
    handles.set(attendee.name, defaultHandle(attendee.name));
    if ((await store.read(path)) !== null) {
      notes.push({ attendee: attendee.name, path, create: true, before: null, after: null, error: `${path} already exists but is not a person note.` });
      continue;
    }
    const fresh = newPersonNote(attendee.name, {
      today: options.today,
      autoCreated: true,
      headings: settings.headings,
      projectFolders: settings.projectFolders,
      includeDataview: settings.includeDataview,
    });
    notes.push({ ...plannedEdit(attendee.name, path, fresh, edit), create: true, before: null });
  }

  const meetingNote = options.meetingPath ? null : { path: meetingPath, text: renderMeetingNote(recap, { linkTargets, handles }) };
  return { recap, meetingPath, meetingLink, meetingNote, attendees, notes, blocking };
}

function plannedEdit(attendee: string, path: string, before: string | null, edit: (text: string) => string): PlannedNote {
  if (before === null) return { attendee, path, create: false, before, after: null, error: `${path} could not be read.` };
  try {
    return { attendee, path, create: false, before, after: edit(before), error: null };
  } catch (error) {
    return { attendee, path, create: false, before, after: null, error: error instanceof Error ? error.message : String(error) };
  }
}
