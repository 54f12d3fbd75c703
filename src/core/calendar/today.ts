import { eventsOnDay, type CalendarEvent } from "./events";
import type { Calendar } from "./ics";
import { today } from "./zoned-time";

/** One of today's meetings as the panel lists it. */
export interface TodayMeeting {
  /** The calendar's name, as the settings give it. */
  calendar: string;
  /** `09:30–10:00` in the device's zone; `All day` for an all-day event. */
  time: string;
  title: string;
  /** Those invited who are people and have not declined, you left out. */
  attendeeCount: number;
  event: CalendarEvent;
}

/** `HH:MM` of an ISO time with offset: the offset is the zone's, so the wall time is already local. */
const clock = (iso: string): string => iso.slice(11, 16);

/** `09:30–10:00`; an event that ends on a later day shows its end with that day's date. */
export function meetingTime(event: CalendarEvent): string {
  if (event.allDay) return "All day";
  const sameDay = event.start.slice(0, 10) === event.end.slice(0, 10);
  if (event.start === event.end) return clock(event.start);
  return `${clock(event.start)}–${sameDay ? clock(event.end) : `${event.end.slice(5, 10)} ${clock(event.end)}`}`;
}

/** The people at a meeting by the calendar: not declined, and not you (by email). */
export function attendeeCount(event: CalendarEvent, myEmails: readonly string[]): number {
  const mine = new Set(myEmails.map((e) => e.trim().toLowerCase()));
  return event.attendees.filter((a) => a.status !== "declined" && !(a.email !== null && mine.has(a.email))).length;
}

/**
 * Today's meetings of one calendar, in `zone` (the device's): the day is today there at `now`,
 * and every time shown is that zone's.
 */
export function todaysMeetings(calendar: Calendar, name: string, options: { zone: string; now: number; myEmails: readonly string[] }): TodayMeeting[] {
  return eventsOnDay(calendar, today(options.zone, options.now), options.zone).map((event) => ({
    calendar: name,
    time: meetingTime(event),
    title: event.title === "" ? "Untitled meeting" : event.title,
    attendeeCount: attendeeCount(event, options.myEmails),
    event,
  }));
}

/** Meetings of several calendars in one list: all-day first, then by start, then by title. */
export function mergeMeetings(lists: readonly (readonly TodayMeeting[])[]): TodayMeeting[] {
  const key = (m: TodayMeeting): string => `${m.event.allDay ? "0" : `1${new Date(m.event.start).toISOString()}`}\u0000${m.title}`;
  return lists.flat().sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
