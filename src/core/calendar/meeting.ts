import { renderMeetingNote } from "../recap/meeting-note";
import { emptyRecap, type Recap } from "../recap/recap";
import type { CalendarEvent } from "./events";
import type { MatchedAttendee } from "./match";

/** Where a meeting tool's join block starts in a description: Google Meet's `-::~:~::~` rule, Teams' and Zoom's lines of underscores or dashes. */
const JOIN_BLOCK = /-::~:~::~|_{16,}|-{16,}|\bJoin Zoom Meeting\b/;

/**
 * An invite's description as one paragraph of agenda: HTML (Google writes some) made text,
 * the meeting tool's join block cut off. One paragraph, so no line of it can become a
 * heading or a list item of the meeting note (which escapes a first mark that would).
 */
export function agendaOf(description: string): string {
  const text = description
    .replace(/<br\s*\/?>|<\/p>|<\/li>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
  return text.split(JOIN_BLOCK)[0]?.replace(/\s+/g, " ").trim() ?? "";
}

/**
 * A name for someone the calendar knows only by email: `teodor.vasilescu@...` -> `Teodor
 * Vasilescu` when the address is written first.last; else the email itself. A guess: the new
 * note is flagged for review.
 */
export function nameFromEmail(email: string): string {
  const words = (email.split("@")[0] ?? "").split(/[._]+/).filter((w) => /^\p{L}+$/u.test(w));
  if (words.length < 2) return email;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}

/** The name the meeting note gives an attendee: their note's name, else the calendar's (or one made from the email). */
export function attendeeName(attendee: MatchedAttendee): string {
  if (attendee.person) return attendee.person.name;
  return /^[^\s@]+@[^\s@]+$/.test(attendee.name) ? nameFromEmail(attendee.name) : attendee.name;
}

/** Those at the meeting: everyone matched (you already left out) but those who declined. */
export function presentAttendees(attendees: readonly MatchedAttendee[]): MatchedAttendee[] {
  return attendees.filter((a) => a.status !== "declined");
}

/** One occurrence as a recap: its day, title, the attendees at it with their emails, the agenda as its summary. */
export function recapFromEvent(event: CalendarEvent, attendees: readonly MatchedAttendee[]): Recap {
  const present = presentAttendees(attendees);
  const emails = Object.fromEntries(present.flatMap((a) => (a.email ? [[attendeeName(a), a.email] as const] : [])));
  return {
    ...emptyRecap(),
    date: event.start.slice(0, 10),
    title: event.title === "" ? "Untitled meeting" : event.title,
    attendees: present.map(attendeeName),
    ...(Object.keys(emails).length > 0 ? { emails } : {}),
    summary: agendaOf(event.description),
  };
}

/**
 * The meeting note of one occurrence, in the shape `kith recap apply` reads: attendees with a
 * note link to it by its file name (so apply finds the same note the email found).
 */
export function meetingNoteFromEvent(event: CalendarEvent, attendees: readonly MatchedAttendee[]): string {
  const linkTargets = new Map(presentAttendees(attendees).flatMap((a) => (a.person ? [[attendeeName(a), a.person.fileName] as const] : [])));
  return renderMeetingNote(recapFromEvent(event, attendees), { linkTargets });
}
