/**
 * What a calendar's source gave, judged before parsing: an address that wants a sign-in, a web
 * page, or text that is no calendar each get one sentence naming the calendar, so the list can
 * show it beside the calendars that did answer.
 */

/** An address's answer as a host's request port gives it. */
export interface CalendarResponse {
  status: number;
  text: string;
  /** The Content-Type header, when the host knows it. */
  contentType?: string;
}

/** The calendar's text, or why there is none (one sentence naming the calendar). */
export type CalendarText = { ok: true; text: string } | { ok: false; message: string };

/** `webcal://` is how calendar apps link an ICS address; it is fetched over HTTPS. */
export function calendarAddress(url: string): string {
  return url.trim().replace(/^webcals?:\/\//i, "https://");
}

/** Whether a string is an address the plugin can fetch (https, http or webcal). */
export function isCalendarAddress(url: string): boolean {
  return /^(https?|webcals?):\/\/[^\s/]+/i.test(url.trim());
}

/** The sentences the calendars list shows, each naming the calendar as the settings do. */
export const calendarProblem = {
  signIn: (name: string, status: number): string =>
    `"${name}" asked for a sign-in (${status}): use the calendar's secret iCal address, which needs none.`,
  webPage: (name: string): string => `"${name}" gave a web page, not a calendar: check that its address is the secret iCal address.`,
  notCalendar: (name: string): string => `"${name}" is not a calendar: its text does not start with BEGIN:VCALENDAR.`,
  unreadable: (name: string, why: string): string => `"${name}" could not be read: ${why}.`,
  status: (name: string, status: number): string => `"${name}" could not be fetched: the address answered ${status}.`,
  unreachable: (name: string, why: string): string => `"${name}" could not be fetched: ${why}.`,
  missingFile: (name: string, path: string): string => `"${name}": there is no file ${path} in the vault.`,
  noSecret: (name: string): string => `"${name}" has no address: choose its secret in the settings.`,
  noSecretStorage: (name: string): string => `"${name}" needs Obsidian 1.11.4 or later to read its secret address; only ICS files in the vault can be read here.`,
} as const;

const HTML = /^<(!doctype|html|\?xml|head|body)/i;
const CALENDAR = /^BEGIN:VCALENDAR\b/i;

/**
 * Classifies a source's text: a calendar, a web page (a sign-in page, usually), or something
 * else. The text decides, not the Content-Type: servers send ICS as text/plain or octet-stream.
 */
export function classifyCalendarText(text: string): "calendar" | "web-page" | "other" {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  if (CALENDAR.test(body)) return "calendar";
  return HTML.test(body) ? "web-page" : "other";
}

/** An address's answer as the calendar's text, or the sentence that says why it is not one. */
export function calendarTextOf(name: string, response: CalendarResponse): CalendarText {
  if (response.status === 401 || response.status === 403) return { ok: false, message: calendarProblem.signIn(name, response.status) };
  if (response.status < 200 || response.status >= 300) return { ok: false, message: calendarProblem.status(name, response.status) };
  return fileTextOf(name, response.text);
}

/** A file's text as the calendar's text, or why it is not one. */
export function fileTextOf(name: string, text: string): CalendarText {
  const kind = classifyCalendarText(text);
  if (kind === "calendar") return { ok: true, text };
  return { ok: false, message: kind === "web-page" ? calendarProblem.webPage(name) : calendarProblem.notCalendar(name) };
}
