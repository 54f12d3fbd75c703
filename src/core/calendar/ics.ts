import ICAL from "ical.js";
import { KithError } from "../errors";

/** A parsed calendar (ical.js's VCALENDAR component). */
export type Calendar = ICAL.Component;

/**
 * Reads ICS text into a calendar; anything else (a login page, a 404 text, a vCard) is refused
 * with a message that names the calendar (`name`: its file or address) and says what it is.
 */
export function readCalendar(text: string, name: string): Calendar {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  if (body === "") throw notACalendar(name, "it is empty");
  if (/^<(!doctype|html|\?xml|head|body)/i.test(body)) throw notACalendar(name, "it is a web page (a sign-in page, or an address that is not the calendar's secret iCal address)");
  if (!/^BEGIN:VCALENDAR\b/i.test(body)) throw notACalendar(name, `it starts with "${body.split(/\r?\n/)[0]?.slice(0, 40) ?? ""}", not BEGIN:VCALENDAR`);
  let parsed: unknown;
  try {
    parsed = ICAL.parse(body);
  } catch (error) {
    throw notACalendar(name, `it cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  // Several VCALENDARs in one file parse to a list; the first is the calendar.
  const jcal = Array.isArray(parsed) && Array.isArray(parsed[0]) ? (parsed[0] as unknown[]) : parsed;
  const calendar = new ICAL.Component(jcal as unknown[]);
  if (calendar.name !== "vcalendar") throw notACalendar(name, `it holds a ${calendar.name.toUpperCase()}, not a VCALENDAR`);
  return calendar;
}

function notACalendar(name: string, why: string): KithError {
  return new KithError("invalid-value", `${name} is not a calendar: ${why}.`);
}
