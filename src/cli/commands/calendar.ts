import { readFile } from "node:fs/promises";
import { KithError, isIsoDate, meetingFileName, type PeopleIndex } from "../../core";
import type { CalendarEvent, MatchedAttendee } from "../../core/calendar";
import { UsageError, stringOption, type OptionValues } from "../args";
import { loadPeople } from "../people";
import { printable } from "../printable";
import { JSON_OPTION, VAULT_OPTIONS, openVault, type Command, type VaultContext } from "../vault";

/** ical.js is loaded only by the calendar commands: every other command starts without it. */
const loadCalendarCore = (): Promise<typeof import("../../core/calendar")> => import("../../core/calendar");

/** How long a calendar's address may take to answer. */
const FETCH_TIMEOUT_MS = 30_000;

const CALENDAR_OPTIONS = {
  ics: { type: "string", value: "FILE|URL", description: "The calendar: an .ics file, or its (secret) iCal address; webcal:// is read as https://." },
  date: { type: "string", value: "YYYY-MM-DD", description: "The day, in the local time zone (TZ); default today." },
} as const;

const isAddress = (source: string): boolean => /^(https?|webcal):\/\//i.test(source);

/**
 * A calendar's name for messages. A secret iCal address is a credential: only its host and
 * last part are shown (`https://calendar.google.com/…/basic.ics`).
 */
export function calendarName(source: string): string {
  if (!isAddress(source)) return source;
  try {
    const url = new URL(source.replace(/^webcal:/i, "https:"));
    const last = url.pathname.split("/").filter(Boolean).pop();
    return `the calendar at ${url.protocol}//${url.host}/${last ? `…/${last}` : ""}`;
  } catch {
    return "the calendar address given";
  }
}

/** The calendar's text: a file, or the address fetched (webcal:// as https://); a refusal or an error page is refused in words. */
async function readSource(source: string): Promise<string> {
  const name = calendarName(source);
  if (!isAddress(source)) {
    return readFile(source, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new KithError("not-found", `Cannot read ${name} (${error.code ?? error.message}).`);
    });
  }
  let response: Response;
  try {
    response = await fetch(source.replace(/^webcal:/i, "https:"), { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: "text/calendar, */*;q=0.5" } });
  } catch (error) {
    // fetch says only "fetch failed"; its cause says why (ECONNREFUSED, a bad certificate).
    const cause = (error as { cause?: unknown }).cause;
    const why = error instanceof Error && error.name === "TimeoutError" ? `no answer in ${FETCH_TIMEOUT_MS / 1000} seconds` : cause instanceof Error ? cause.message : String(error);
    throw new KithError("not-found", `Cannot read ${name}: ${why}.`);
  }
  if (response.status === 401 || response.status === 403) {
    throw new KithError("invalid-value", `${name} refused the request (${response.status} ${response.statusText}): use the calendar's secret iCal address, which needs no sign-in.`);
  }
  if (!response.ok) throw new KithError("not-found", `Cannot read ${name}: it answered ${response.status} ${response.statusText}.`);
  return response.text();
}

/** The day asked for (`--date`), else today, both in the local time zone. */
function dayOf(values: OptionValues, today: (zone: string, now: number) => string, zone: string): string {
  const date = stringOption(values, "date");
  if (date === undefined) return today(zone, Date.now());
  if (!isIsoDate(date)) throw new KithError("invalid-date", `--date "${date}" is not a date (YYYY-MM-DD).`);
  return date;
}

interface DayEvents {
  name: string;
  day: string;
  events: CalendarEvent[];
  ctx: VaultContext;
  people: PeopleIndex;
  core: Awaited<ReturnType<typeof loadCalendarCore>>;
}

/** The vault, the calendar's events of the day and the people to match attendees to. */
async function eventsOfTheDay(values: OptionValues): Promise<DayEvents> {
  const source = stringOption(values, "ics");
  if (!source) throw new UsageError("missing --ics FILE|URL: the calendar to read.");
  const core = await loadCalendarCore();
  const zone = core.localZone();
  const day = dayOf(values, core.today, zone);
  const ctx = await openVault(values);
  const name = calendarName(source);
  const calendar = core.readCalendar(await readSource(source), name);
  const events = core.eventsOnDay(calendar, day, zone);
  return { name, day, events, ctx, people: await loadPeople(ctx), core };
}

function me(ctx: VaultContext): { emails: string[]; names: string[] } {
  return { emails: ctx.settings.myEmails, names: [ctx.settings.myName, ...ctx.settings.myAliases] };
}

/** One attendee as `kith calendar list --json` prints it. */
function attendeeRow(a: MatchedAttendee): { name: string; email: string | null; status: string; role: string; person: string | null; match: MatchedAttendee["match"]; candidates?: string[] } {
  return {
    name: a.name,
    email: a.email,
    status: a.status,
    role: a.role,
    person: a.person?.path ?? null,
    match: a.match,
    ...(a.match === "ambiguous" ? { candidates: a.candidates.map((c) => c.path) } : {}),
  };
}

/** `name <email>  status  role  note` with the note's path, `new`, or the candidates. */
function attendeeLine(a: ReturnType<typeof attendeeRow>): string {
  const who = a.match === "ambiguous" ? `could be ${(a.candidates ?? []).join(", ")}` : (a.person ?? "new");
  return `  ${[`${a.name}${a.email ? ` <${a.email}>` : ""}`, a.status, a.role, who].map(printable).join("\t")}`;
}

export const listCommand: Command = {
  spec: {
    name: "calendar list",
    summary: "Lists a day's events from a calendar (ICS file or address), each attendee matched to a person note.",
    details: [
      "Recurring events are expanded (EXDATEs left out, moved occurrences where they were moved to);",
      "cancelled events are left out. Times are in the local time zone (TZ), with its offset; an all-day",
      "event has dates. Attendees: rooms and resources left out, and you (the settings' emails, name and",
      "aliases); each matched by email, then by name (person: the note's path; null when new or ambiguous).",
      "Text: start, end, title, uid tab-separated, then one line per attendee.",
    ].join("\n"),
    args: [],
    options: { ...CALENDAR_OPTIONS, ...VAULT_OPTIONS, ...JSON_OPTION },
  },
  async run(_args, values) {
    const { events, ctx, people, core } = await eventsOfTheDay(values);
    const rows = events.map((e) => ({
      uid: e.uid,
      title: e.title,
      start: e.start,
      end: e.end,
      allDay: e.allDay,
      location: e.location,
      attendees: core.matchAttendees(e.attendees, people, me(ctx)).map(attendeeRow),
    }));
    if (values.json === true) console.log(JSON.stringify(rows, null, 2));
    else for (const row of rows) console.log([[row.start, row.end, row.title, row.uid].map(printable).join("\t"), ...row.attendees.map(attendeeLine)].join("\n"));
    return 0;
  },
};

export const noteCommand: Command = {
  spec: {
    name: "calendar note",
    summary: "Writes the meeting note of one event's occurrence, ready for \"kith recap apply\".",
    details: [
      "The note (in the meetings folder, named DATE - Title) has the event's title and day, the attendees",
      "at it (declined ones, rooms and you left out) linked to their notes where one matches by email",
      "or name, and the invite's description (its join block cut) as the summary. Run \"kith recap apply\"",
      "on it to update everyone's notes. A note already there is left as it is: the same text is a",
      "no-op, a different one is refused (exit 2).",
    ].join("\n"),
    args: [],
    options: { ...CALENDAR_OPTIONS, uid: { type: "string", value: "UID", description: "The event's UID (as calendar list prints it)." }, ...VAULT_OPTIONS, ...JSON_OPTION },
  },
  async run(_args, values) {
    const uid = stringOption(values, "uid");
    if (!uid) throw new UsageError("missing --uid UID: the event (kith calendar list prints each event's uid).");
    const { name, day, events, ctx, people, core } = await eventsOfTheDay(values);
    const event = events.find((e) => e.uid === uid);
    if (!event) {
      const those = events.map((e) => `${e.title} (${e.uid})`).join(", ");
      throw new KithError("not-found", `${name} has no event with UID "${uid}" on ${day}${those ? `; that day: ${those}` : ""}.`);
    }
    const attendees = core.matchAttendees(event.attendees, people, me(ctx));
    const recap = core.recapFromEvent(event, attendees);
    const folder = ctx.settings.meetingsFolder;
    const path = `${folder === "" ? "" : `${folder}/`}${meetingFileName(recap.date ?? day, recap.title)}.md`;
    const text = core.meetingNoteFromEvent(event, attendees);
    const existing = await ctx.store.read(path);
    if (existing !== null && existing !== text) throw new KithError("exists", `${path} already exists and differs from this event's note; nothing was written.`);
    if (existing === null) await ctx.store.create(path, text);
    const present = core.presentAttendees(attendees);
    if (values.json === true) {
      const people = present.map((a) => ({ name: core.attendeeName(a), email: a.email ?? null, match: a.match, person: a.person?.path ?? null, candidates: a.candidates.map((c) => c.path) }));
      console.log(JSON.stringify({ path, created: existing === null, attendees: people }));
      return 0;
    }
    console.log(`${existing === null ? "created" : "unchanged"} ${printable(path)}`);
    for (const a of present) {
      if (a.match === "new") console.log(`  new person: ${printable(core.attendeeName(a))}${a.email ? ` <${printable(a.email)}>` : ""}`);
      if (a.match === "ambiguous") console.log(`  ${printable(a.name)} could be: ${a.candidates.map((c) => printable(c.path)).join(", ")} (say who with recap apply --map)`);
    }
    return 0;
  },
};

export const calendarCommands: Command[] = [listCommand, noteCommand];
