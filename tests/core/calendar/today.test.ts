/** Today's meetings of a calendar in the device's zone, as the panel lists them (tests/fixtures/calendar/today.ics). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { meetingTime, mergeMeetings, readCalendar, todaysMeetings, type TodayMeeting } from "../../../src/core/calendar";

const ics = readFileSync(new URL("../../fixtures/calendar/today.ics", import.meta.url), "utf8");
const calendar = readCalendar(ics, "today.ics");
const row = (m: TodayMeeting): string => `${m.time} | ${m.title} | ${m.attendeeCount}`;
const ME = ["sam@kith.example"];

describe("todaysMeetings: the day is today in the device's zone, times in that zone", () => {
  it.each([
    // 09:00 in Stockholm on the 25th.
    { zone: "Europe/Stockholm", now: Date.UTC(2026, 2, 25, 8, 0), rows: ["10:00–10:45 | Roadmap review with Northwind | 1", "14:30–15:00 | Pilot check-in | 2"] },
    // The same instant is still the 25th in New York (04:00): the Stockholm meetings at New York's times.
    { zone: "America/New_York", now: Date.UTC(2026, 2, 25, 8, 0), rows: ["05:00–05:45 | Roadmap review with Northwind | 1", "09:30–10:00 | Pilot check-in | 2"] },
    // 23:30 UTC on the 25th is the 26th in Stockholm: tomorrow's stand-up, not the 25th's meetings.
    { zone: "Europe/Stockholm", now: Date.UTC(2026, 2, 25, 23, 30), rows: ["09:00–09:30 | Tomorrow's stand-up | 0"] },
    // In Tokyo the 25th's 10:00 Stockholm meeting is 18:00; the stand-up (the 26th 17:00 Tokyo) is the 26th.
    { zone: "Asia/Tokyo", now: Date.UTC(2026, 2, 25, 3, 0), rows: ["18:00–18:45 | Roadmap review with Northwind | 1", "22:30–23:00 | Pilot check-in | 2"] },
  ])("in $zone", ({ zone, now, rows }) => {
    expect(todaysMeetings(calendar, "Work", { zone, now, myEmails: ME }).map(row)).toEqual(rows);
  });

  it("counts people only: the room, the declined attendee and you are left out", () => {
    const [review, checkIn] = todaysMeetings(calendar, "Work", { zone: "Europe/Stockholm", now: Date.UTC(2026, 2, 25, 8, 0), myEmails: ME });
    expect(review?.event.attendees.map((a) => `${a.name} ${a.status}`)).toEqual(["Sam Reyes accepted", "Dana Okafor accepted", "Lee Chen declined"]);
    expect(review?.attendeeCount).toBe(1);
    // Without your email, you count.
    expect(todaysMeetings(calendar, "Work", { zone: "Europe/Stockholm", now: Date.UTC(2026, 2, 25, 8, 0), myEmails: [] })[0]?.attendeeCount).toBe(2);
    expect(checkIn?.attendeeCount).toBe(2);
    expect(review?.calendar).toBe("Work");
  });
});

describe("meetingTime and mergeMeetings", () => {
  const one = (title: string, start: string, end: string, allDay = false, calendarName = "A"): TodayMeeting => ({
    calendar: calendarName,
    time: "",
    title,
    attendeeCount: 0,
    event: { uid: title, title, description: "", location: "", allDay, start, end, recurrenceId: null, attendees: [] },
  });

  it.each([
    { start: "2026-03-25T10:00:00+01:00", end: "2026-03-25T10:30:00+01:00", allDay: false, time: "10:00–10:30" },
    { start: "2026-03-25T23:30:00+01:00", end: "2026-03-26T00:30:00+01:00", allDay: false, time: "23:30–03-26 00:30" },
    { start: "2026-03-25T09:00:00+01:00", end: "2026-03-25T09:00:00+01:00", allDay: false, time: "09:00" },
    { start: "2026-03-25", end: "2026-03-26", allDay: true, time: "All day" },
  ])("$start to $end: $time", ({ start, end, allDay, time }) => {
    expect(meetingTime(one("x", start, end, allDay).event)).toBe(time);
  });

  it("merges calendars: all-day first, then by the instant they start (offsets compared), then by title", () => {
    const merged = mergeMeetings([
      [one("Late", "2026-03-25T15:00:00+01:00", "2026-03-25T16:00:00+01:00"), one("Offsite", "2026-03-25", "2026-03-26", true)],
      [one("Early in London", "2026-03-25T09:30:00+00:00", "2026-03-25T10:00:00+00:00", false, "B"), one("B first", "2026-03-25T10:00:00+01:00", "2026-03-25T11:00:00+01:00", false, "B")],
      [one("A first", "2026-03-25T10:00:00+01:00", "2026-03-25T11:00:00+01:00")],
    ]);
    expect(merged.map((m) => m.title)).toEqual(["Offsite", "A first", "B first", "Early in London", "Late"]);
  });
});
