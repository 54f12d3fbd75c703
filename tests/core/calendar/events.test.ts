/**
 * Events of a day from ICS exports in the shapes Google Calendar, Outlook/Exchange and Apple
 * Calendar write (tests/fixtures/calendar: our own text, in the shapes of ical.js's samples,
 * e.g. samples/recur_instances.ics, and of RFC 5545's examples).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eventsOnDay, readCalendar, type CalendarEvent } from "../../../src/core/calendar";

const ZONE = "Europe/Stockholm";
const calendar = (file: string): ReturnType<typeof readCalendar> =>
  readCalendar(readFileSync(new URL(`../../fixtures/calendar/${file}`, import.meta.url), "utf8"), file);

/** An event as `title start end recurrenceId`, for tables. */
const brief = (e: CalendarEvent): string => [e.title, e.start, e.end, e.recurrenceId ?? "-"].join(" | ");

describe("eventsOnDay: a day's events, recurring ones expanded", () => {
  it.each([
    { file: "google.ics", day: "2026-03-03", events: ["Data platform sync | 2026-03-03T10:00:00+01:00 | 2026-03-03T10:30:00+01:00 | 2026-03-03T10:00:00+01:00"] },
    { file: "google.ics", day: "2026-03-02", events: [] },
    // EXDATE: that week's meeting is not held.
    { file: "google.ics", day: "2026-03-10", events: [] },
    // Moved from Tuesday the 17th to Wednesday the 18th, retitled.
    { file: "google.ics", day: "2026-03-17", events: [] },
    { file: "google.ics", day: "2026-03-18", events: ["Data platform sync (capacity) | 2026-03-18T14:00:00+01:00 | 2026-03-18T14:30:00+01:00 | 2026-03-17T10:00:00+01:00"] },
    // A cancelled occurrence (RECURRENCE-ID with STATUS:CANCELLED).
    { file: "google.ics", day: "2026-03-24", events: [] },
    // After the change to summer time: the same 10:00, now +02:00.
    { file: "google.ics", day: "2026-03-31", events: ["Data platform sync | 2026-03-31T10:00:00+02:00 | 2026-03-31T10:30:00+02:00 | 2026-03-31T10:00:00+02:00"] },
    // Outlook: a Windows TZID with its VTIMEZONE; the cancelled "Canceled: Budget check" left out; an event past midnight on both days.
    {
      file: "outlook.ics",
      day: "2026-03-03",
      events: ["Quarterly review | 2026-03-03T14:30:00+01:00 | 2026-03-03T15:30:00+01:00 | -", "Late call with Lagos | 2026-03-03T23:30:00+01:00 | 2026-03-04T00:30:00+01:00 | -"],
    },
    { file: "outlook.ics", day: "2026-03-04", events: ["Late call with Lagos | 2026-03-03T23:30:00+01:00 | 2026-03-04T00:30:00+01:00 | -"] },
    // Apple: an all-day event over two days (DTEND the day after), first; a UTC time in local time; a cancelled lunch left out.
    { file: "apple.ics", day: "2026-03-03", events: ["Offsite in Uppsala | 2026-03-03 | 2026-03-05 | -", "Design review with Priya | 2026-03-03T17:00:00+01:00 | 2026-03-03T18:00:00+01:00 | -"] },
    { file: "apple.ics", day: "2026-03-04", events: ["Offsite in Uppsala | 2026-03-03 | 2026-03-05 | -"] },
    { file: "apple.ics", day: "2026-03-05", events: [] },
  ])("$file on $day", ({ file, day, events }) => {
    expect(eventsOnDay(calendar(file), day, ZONE).map(brief)).toEqual(events);
  });

  it("gives times in the zone asked for: the Outlook meeting in New York", () => {
    expect(eventsOnDay(calendar("outlook.ics"), "2026-03-03", "America/New_York").map(brief)).toEqual([
      "Quarterly review | 2026-03-03T08:30:00-05:00 | 2026-03-03T09:30:00-05:00 | -",
      "Late call with Lagos | 2026-03-03T17:30:00-05:00 | 2026-03-03T18:30:00-05:00 | -",
    ]);
  });

  it("reads a TZID the file does not define by its IANA name, and a floating time as local", () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VEVENT",
      "UID:a",
      "SUMMARY:In London",
      "DTSTART;TZID=Europe/London:20260303T090000",
      "DTEND;TZID=Europe/London:20260303T100000",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:b",
      "SUMMARY:Floating",
      "DTSTART:20260303T090000",
      "DTEND:20260303T093000",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    expect(eventsOnDay(readCalendar(ics, "inline"), "2026-03-03", ZONE).map(brief)).toEqual([
      "Floating | 2026-03-03T09:00:00+01:00 | 2026-03-03T09:30:00+01:00 | -",
      "In London | 2026-03-03T10:00:00+01:00 | 2026-03-03T11:00:00+01:00 | -",
    ]);
  });
});

describe("event attendees: people only, with name, email, role and response", () => {
  const attendees = (file: string, day: string, title: string): string[] =>
    (eventsOnDay(calendar(file), day, ZONE).find((e) => e.title === title)?.attendees ?? []).map(
      (a) => `${a.name} <${a.email ?? "-"}> ${a.status} ${a.role}${a.organizer ? " organizer" : ""}`,
    );

  it.each([
    {
      // The organizer listed with the email as CN gets the ORGANIZER's name; the room (a Google resource calendar) is left out.
      shape: "Google",
      file: "google.ics",
      day: "2026-03-03",
      title: "Data platform sync",
      attendees: [
        "Sam Reyes <sam@northwind.example> accepted req-participant organizer",
        "Dana Okafor <dana.okafor@northwind.example> accepted req-participant",
        "me@kith.example <me@kith.example> accepted req-participant",
        "Priya Raman <priya@northwind.example> declined opt-participant",
        "teodor.vasilescu@partner.example <teodor.vasilescu@partner.example> needs-action req-participant",
      ],
    },
    {
      // The organizer not among the ATTENDEEs is one; CUTYPE=RESOURCE is left out; an email in capitals is read in lower case.
      shape: "Outlook",
      file: "outlook.ics",
      day: "2026-03-03",
      title: "Quarterly review",
      attendees: [
        "Ana Lúcia Ferreira <ana.ferreira@contoso.example> accepted chair organizer",
        "Dana Okafor <dana.okafor@northwind.example> needs-action req-participant",
        "Ana <ana@fabrikam.example> tentative opt-participant",
        "Me Myself <me@kith.example> accepted req-participant",
      ],
    },
    {
      // EMAIL= for an attendee addressed by urn:uuid; a resource addressed by urn:uuid is left out.
      shape: "Apple",
      file: "apple.ics",
      day: "2026-03-03",
      title: "Design review with Priya",
      attendees: [
        "Me <me@kith.example> accepted chair organizer",
        "Priya Raman <priya@northwind.example> accepted req-participant",
        "Teodor Vasilescu <teodor.vasilescu@partner.example> declined req-participant",
      ],
    },
  ])("$shape", ({ file, day, title, attendees: expected }) => {
    expect(attendees(file, day, title)).toEqual(expected);
  });
});

describe("readCalendar: anything that is not a calendar is refused, naming it", () => {
  it.each([
    { what: "a sign-in page", text: "<!DOCTYPE html>\n<html><body>Sign in</body></html>", message: "work.ics is not a calendar: it is a web page (a sign-in page, or an address that is not the calendar's secret iCal address)." },
    { what: "empty", text: " \n", message: "work.ics is not a calendar: it is empty." },
    { what: "JSON", text: '{"error": "unauthorized"}', message: 'work.ics is not a calendar: it starts with "{"error": "unauthorized"}", not BEGIN:VCALENDAR.' },
    { what: "a vCard", text: "BEGIN:VCARD\nVERSION:3.0\nFN:Dana\nEND:VCARD\n", message: 'work.ics is not a calendar: it starts with "BEGIN:VCARD", not BEGIN:VCALENDAR.' },
  ])("$what", ({ text, message }) => {
    expect(() => readCalendar(text, "work.ics")).toThrow(message);
  });

  it("reads a calendar with a BOM and CRLF line ends", () => {
    const ics = "\uFEFFBEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Standup\r\nDTSTART:20260303T080000Z\r\nDTEND:20260303T081500Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    expect(eventsOnDay(readCalendar(ics, "x.ics"), "2026-03-03", ZONE).map(brief)).toEqual(["Standup | 2026-03-03T09:00:00+01:00 | 2026-03-03T09:15:00+01:00 | -"]);
  });
});
