import { FrontmatterError, isMeetingNote, isPersonNote, parseFrontmatter, personRules } from "../../../core";
import { meetingModel } from "./meeting-model";
import { noteModel } from "./note-model";
import type { PanelModel, PanelSources } from "./panel-model";
import { personModel } from "./person-model";

/** The active note as the panel reads it: its path and its current text. */
export interface ActiveNote {
  path: string;
  text: string;
}

/**
 * Which view of the note the panel shows: person, meeting, any other note, or nothing. A note
 * whose frontmatter cannot be read is said to be so: what it is cannot be told.
 */
export function buildPanelModel(note: ActiveNote | null, sources: PanelSources): PanelModel {
  if (!note) return { kind: "empty" };
  try {
    parseFrontmatter(note.text);
  } catch (error) {
    if (error instanceof FrontmatterError) return { kind: "unreadable", path: note.path, message: error.message };
    throw error;
  }
  if (sources.people.get(note.path) || isPersonNote(note.text, note.path, personRules(sources.settings, [], sources.templateFolders))) {
    return personModel(note.path, note.text, sources);
  }
  if (isMeetingNote(note.text)) return meetingModel(note.path, note.text, sources);
  return noteModel(note.path, note.text, sources);
}
