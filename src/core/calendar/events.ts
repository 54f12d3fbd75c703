import ICAL from "ical.js";
import { eventAttendees, type CalendarAttendee } from "./attendees";
import type { Calendar } from "./ics";
import { dateOf, dayBounds, instantOf, isKnownZone, isoInZone, localZone, nextDay, parseDay } from "./zoned-time";

/** One occurrence of an event on a day, in the day's zone. */
export interface CalendarEvent {
  uid: string;
  title: string;
  /** The DESCRIPTION as written (the invite's agenda; meeting-tool boilerplate and all). */
  description: string;
  location: string;
  allDay: boolean;
  /** ISO with the zone's offset (`2026-03-03T10:00:00+01:00`); `YYYY-MM-DD` for an all-day event. */
  start: string;
  /** As `start`; an all-day event's end is the day after its last day, as calendars write it. */
  end: string;
  /** Which occurrence of a recurring event this is (its original start, as `start`); null for a single event. */
  recurrenceId: string | null;
  /** Everyone invited but rooms and resources; declined attendees and you included, with their status. */
  attendees: CalendarAttendee[];
}

/** Where one occurrence falls: instants for a timed event, dates for an all-day one. */
type Span = { allDay: false; start: number; end: number } | { allDay: true; start: string; end: string };

/**
 * A rule that has not reached the day after this many occurrences (one a minute for weeks) is
 * not a meeting series; the walk stops there rather than run for minutes.
 */
const MAX_OCCURRENCES = 100_000;

const CANCELLED = /^cancel+ed$/i;

function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === "string" ? value : "";
}

/** The TZID a time property names (lost once ical.js reads it as floating: a zone the file does not define). */
function tzidOf(component: ICAL.Component, name: string): string | null {
  const tzid = component.getFirstProperty(name)?.getParameter("tzid");
  return typeof tzid === "string" ? tzid : null;
}

/**
 * A time's instant: UTC as is; a zone the file defines (VTIMEZONE, Outlook's Windows names
 * included) by its rules; an IANA TZID the file leaves undefined by Intl; anything else
 * (floating, an unknown name) as wall-clock time in `zone`.
 */
function instant(time: ICAL.Time, tzid: string | null, zone: string): number {
  const tz = time.zone?.tzid;
  if (tz === "UTC") return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  if (tz !== undefined && tz !== "floating") return time.toUnixTime() * 1000;
  return instantOf(time, tzid !== null && isKnownZone(tzid) ? tzid : zone);
}

function spanOf(start: ICAL.Time, end: ICAL.Time, tzids: { start: string | null; end: string | null }, zone: string): Span {
  if (start.isDate) {
    const first = dateOf(start);
    const last = dateOf(end);
    return { allDay: true, start: first, end: last > first ? last : nextDay(first) };
  }
  const from = instant(start, tzids.start, zone);
  return { allDay: false, start: from, end: Math.max(from, instant(end, tzids.end ?? tzids.start, zone)) };
}

/** A local day's first instant and the next day's, `[start, end)`. */
type DayBounds = { start: number; end: number };

/** Whether a span touches the day: an all-day event covers it, a timed one overlaps it (or starts in it, when it takes no time). */
function onDay(span: Span, day: string, bounds: { start: number; end: number }): boolean {
  if (span.allDay) return span.start <= day && day < span.end;
  return span.start < bounds.end && (span.end > bounds.start || (span.end === span.start && span.start >= bounds.start));
}

/** The same occurrence however its time is written (a RECURRENCE-ID in UTC for a series in a zone). */
function occurrenceKey(time: ICAL.Time, tzid: string | null, zone: string): string {
  return time.isDate ? dateOf(time) : String(instant(time, tzid, zone));
}

function occurrence(component: ICAL.Component, span: Span, recurrenceId: string | null, zone: string): CalendarEvent {
  const iso = (v: number | string): string => (typeof v === "number" ? isoInZone(v, zone) : v);
  return {
    uid: text(component, "uid"),
    title: text(component, "summary").trim(),
    description: text(component, "description"),
    location: text(component, "location").trim(),
    allDay: span.allDay,
    start: iso(span.start),
    end: iso(span.end),
    recurrenceId,
    attendees: eventAttendees(component),
  };
}

function isCancelled(component: ICAL.Component): boolean {
  return CANCELLED.test(text(component, "status").trim());
}

/**
 * The event's times and recurrence, read without ical.js relating every other VEVENT of the
 * calendar to it as an exception (its constructor does so when given none: quadratic in the
 * calendar's size). Moved and cancelled occurrences are handled here, by RECURRENCE-ID.
 */
const eventOf = (component: ICAL.Component): ICAL.Event => new ICAL.Event(component, { exceptions: [] });

/** `YYYY-MM-DD` moved by whole days. */
function shiftDay(day: string, days: number): string {
  const d = parseDay(day);
  if (!d) return day;
  const shifted = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return dateOf({ year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() });
}

/** The occurrences of one series (a VEVENT with its RRULE/RDATE/EXDATE) on the day, moved ones left to their own VEVENT. */
function seriesOnDay(master: ICAL.Component, moved: ReadonlySet<string>, day: string, bounds: DayBounds, zone: string): CalendarEvent[] {
  const event = eventOf(master);
  const tzids = { start: tzidOf(master, "dtstart"), end: tzidOf(master, "dtend") };
  const found: CalendarEvent[] = [];
  const iterator = event.iterator();
  // An occurrence whose wall date is this far before the day cannot reach it (a zone moves a
  // date by less than one day): it is passed over before its span is worked out, the slow part.
  const earliest = shiftDay(day, -(Math.ceil(Math.max(0, event.duration.toSeconds()) / 86_400) + 2));
  let count = 0;
  for (let next = iterator.next(); next && count < MAX_OCCURRENCES; next = iterator.next(), count++) {
    if (dateOf(next) < earliest) continue;
    const end = next.clone();
    end.addDuration(event.duration);
    const span = spanOf(next, end, { start: tzids.start, end: tzids.start }, zone);
    if (span.allDay ? span.start > day : span.start >= bounds.end) break;
    if (moved.has(occurrenceKey(next, tzids.start, zone)) || !onDay(span, day, bounds)) continue;
    const id = next.isDate ? dateOf(next) : isoInZone(instant(next, tzids.start, zone), zone);
    found.push(occurrence(master, span, id, zone));
  }
  return found;
}

/** An event that is not a series (or one moved occurrence of a series), when it falls on the day. */
function singleOnDay(component: ICAL.Component, day: string, bounds: DayBounds, zone: string): CalendarEvent | null {
  const event = eventOf(component);
  if (!event.startDate) return null;
  const span = spanOf(event.startDate, event.endDate, { start: tzidOf(component, "dtstart"), end: tzidOf(component, "dtend") }, zone);
  if (!onDay(span, day, bounds)) return null;
  const recurrence = component.getFirstPropertyValue("recurrence-id");
  const id = recurrence instanceof ICAL.Time ? (recurrence.isDate ? dateOf(recurrence) : isoInZone(instant(recurrence, tzidOf(component, "recurrence-id"), zone), zone)) : null;
  return occurrence(component, span, id, zone);
}

const sortKey = (e: CalendarEvent): string => `${e.allDay ? "0" : "1"}${e.allDay ? e.start : new Date(e.start).toISOString()}\u0000${e.title}`;

/**
 * Every event on a local day (`YYYY-MM-DD` in `zone`, by default the process's): recurring
 * events expanded, with EXDATEs left out and moved or changed occurrences (RECURRENCE-ID) in
 * their own place; cancelled events and cancelled occurrences left out. All-day events first,
 * then by start.
 */
export function eventsOnDay(calendar: Calendar, day: string, zone: string = localZone()): CalendarEvent[] {
  const components = calendar.getAllSubcomponents("vevent");
  const exceptions = components.filter((c) => c.hasProperty("recurrence-id"));
  const masters = components.filter((c) => !c.hasProperty("recurrence-id"));
  const cancelledSeries = new Set(masters.filter(isCancelled).map((c) => text(c, "uid")));
  // Once for the whole calendar: Intl's time-zone arithmetic is the slow part of a large file.
  const bounds = dayBounds(day, zone);
  const found: CalendarEvent[] = [];
  for (const master of masters) {
    if (isCancelled(master)) continue;
    if (!master.hasProperty("rrule") && !master.hasProperty("rdate")) {
      const single = singleOnDay(master, day, bounds, zone);
      if (single) found.push(single);
      continue;
    }
    const uid = text(master, "uid");
    const own = exceptions.filter((e) => text(e, "uid") === uid);
    const moved = new Set(own.map((e) => occurrenceKey(e.getFirstPropertyValue("recurrence-id") as ICAL.Time, tzidOf(e, "recurrence-id"), zone)));
    found.push(...seriesOnDay(master, moved, day, bounds, zone));
  }
  for (const exception of exceptions) {
    if (isCancelled(exception) || cancelledSeries.has(text(exception, "uid"))) continue;
    const single = singleOnDay(exception, day, bounds, zone);
    if (single) found.push(single);
  }
  return found.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}
