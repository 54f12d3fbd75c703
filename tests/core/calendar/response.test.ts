/** A calendar source's answer judged before parsing: each problem one sentence naming the calendar. */
import { describe, expect, it } from "vitest";
import { calendarAddress, calendarTextOf, classifyCalendarText, fileTextOf, isCalendarAddress } from "../../../src/core/calendar";

const ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

describe("classifyCalendarText", () => {
  it.each([
    { text: ICS, kind: "calendar" },
    { text: `\uFEFF\r\n  ${ICS}`, kind: "calendar" },
    { text: "begin:vcalendar\nend:vcalendar", kind: "calendar" },
    { text: "<!DOCTYPE html><html><title>Sign in</title></html>", kind: "web-page" },
    { text: "\n<html lang=en>", kind: "web-page" },
    { text: '<?xml version="1.0"?><Error/>', kind: "web-page" },
    { text: "BEGIN:VCARD\nFN:Dana\nEND:VCARD", kind: "other" },
    { text: "Not Found", kind: "other" },
    { text: "", kind: "other" },
    { text: '{"error":"unauthorized"}', kind: "other" },
  ])("$kind: $text", ({ text, kind }) => {
    expect(classifyCalendarText(text)).toBe(kind);
  });
});

describe("calendarTextOf: an address's answer", () => {
  it.each([
    { status: 200, text: ICS, result: { ok: true, text: ICS } },
    { status: 401, text: "Unauthorized", result: { ok: false, message: '"Team" asked for a sign-in (401): use the calendar\'s secret iCal address, which needs none.' } },
    { status: 403, text: ICS, result: { ok: false, message: '"Team" asked for a sign-in (403): use the calendar\'s secret iCal address, which needs none.' } },
    { status: 404, text: "Not Found", result: { ok: false, message: '"Team" could not be fetched: the address answered 404.' } },
    { status: 500, text: "", result: { ok: false, message: '"Team" could not be fetched: the address answered 500.' } },
    { status: 200, text: "<!doctype html><form>Sign in</form>", result: { ok: false, message: '"Team" gave a web page, not a calendar: check that its address is the secret iCal address.' } },
    { status: 200, text: "BEGIN:VCARD", result: { ok: false, message: '"Team" is not a calendar: its text does not start with BEGIN:VCALENDAR.' } },
  ])("$status $text", ({ status, text, result }) => {
    expect(calendarTextOf("Team", { status, text })).toEqual(result);
  });

  it("reads a file's text by the same rules", () => {
    expect(fileTextOf("Work", ICS)).toEqual({ ok: true, text: ICS });
    expect(fileTextOf("Work", "# A note")).toEqual({ ok: false, message: '"Work" is not a calendar: its text does not start with BEGIN:VCALENDAR.' });
  });
});

describe("calendar addresses", () => {
  it.each([
    { url: "webcal://p57-caldav.icloud.com/published/2/abc", fetched: "https://p57-caldav.icloud.com/published/2/abc", address: true },
    { url: "WEBCAL://example.org/x.ics", fetched: "https://example.org/x.ics", address: true },
    { url: " https://calendar.google.com/calendar/ical/x/private-y/basic.ics ", fetched: "https://calendar.google.com/calendar/ical/x/private-y/basic.ics", address: true },
    { url: "http://intranet/cal.ics", fetched: "http://intranet/cal.ics", address: true },
    { url: "Calendars/work.ics", fetched: "Calendars/work.ics", address: false },
    { url: "ftp://example.org/x.ics", fetched: "ftp://example.org/x.ics", address: false },
  ])("$url", ({ url, fetched, address }) => {
    expect(calendarAddress(url)).toBe(fetched);
    expect(isCalendarAddress(url)).toBe(address);
  });
});
