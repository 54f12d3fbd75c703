import { readMeetingNote, resolveAttendees } from "../../../core";
import type { MeetingModel, PanelSources } from "./panel-model";
import { personCard } from "./person-card";
import { linkKeysOf } from "./project-index";

/**
 * A meeting note: its attendees as cards, and whether its recap was applied, meaning every
 * matched attendee's Recent Context has a line linking this meeting.
 */
export function meetingModel(path: string, text: string, sources: PanelSources): MeetingModel {
  const recap = readMeetingNote(text, path);
  const { myName, myAliases } = sources.settings;
  const resolved = resolveAttendees(recap.attendees, sources.people, { self: [myName, ...myAliases] });
  const matched = resolved.flatMap((r) => (r.status === "matched" && r.person ? [r.person] : []));
  const keys = linkKeysOf(path);
  const pending = matched.filter((p) => !keys.some((k) => sources.contextLinksOf(p.path).has(k))).map((p) => p.name);
  return {
    kind: "meeting",
    path,
    title: recap.title,
    date: recap.date,
    attendees: matched.map((p) => personCard(p, sources)),
    unmatched: resolved.filter((r) => r.status === "new" || r.status === "ambiguous").map((r) => r.name),
    applied: matched.length > 0 && pending.length === 0,
    pending,
    canApply: sources.canApplyRecap,
  };
}
