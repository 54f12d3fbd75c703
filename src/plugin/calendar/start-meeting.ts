import { normalizePath, TFile } from "obsidian";
import { meetingFileName, type Recap } from "../../core";
import { matchAttendees, meetingNoteFromEvent, recapFromEvent, type TodayMeeting } from "../../core/calendar";
import type { KithHost } from "../host";

/** The meeting note an event started: where it is, whether this click made it, and its recap for the form. */
export interface StartedMeeting {
  path: string;
  created: boolean;
  recap: Recap;
}

/**
 * Starts the meeting note of one of today's meetings: attendees matched to people (email
 * first, then name; you left out), the note written in the meetings folder in the recap shape
 * through the store's create, which never overwrites: a note already there is kept as it is.
 */
export async function startMeetingNote(plugin: KithHost, meeting: TodayMeeting): Promise<StartedMeeting> {
  await plugin.indexer.ready;
  const { settings } = plugin;
  const me = { emails: settings.myEmails, names: [settings.myName, ...settings.myAliases].filter((n) => n !== "") };
  const attendees = matchAttendees(meeting.event.attendees, plugin.people.index, me);
  const recap = recapFromEvent(meeting.event, attendees);
  const folder = settings.meetingsFolder;
  const path = normalizePath(`${folder === "" ? "" : `${folder}/`}${meetingFileName(recap.date ?? meeting.event.start.slice(0, 10), recap.title)}.md`);
  const exists = plugin.app.vault.getAbstractFileByPath(path) instanceof TFile;
  if (!exists) await plugin.store.create(path, meetingNoteFromEvent(meeting.event, attendees));
  return { path, created: !exists, recap };
}
