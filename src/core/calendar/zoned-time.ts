/**
 * Wall-clock times in IANA time zones, with nothing but Intl: a calendar's day, a time's
 * instant and an ISO string with the zone's offset. No Date-local methods: the zone is always
 * named, so results do not hang on the machine's zone.
 */

/** A date and a wall-clock time, as a calendar writes them (month 1-12). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The zone the process runs in (`TZ` in Node, the device's in Obsidian). */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether Intl knows the zone (an IANA name such as `Europe/Stockholm`; not Windows' `W. Europe Standard Time`). */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function formatter(zone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
}

/** The wall-clock time in `zone` at an instant (ms since the epoch). */
export function wallTimeAt(instant: number, zone: string): WallTime {
  const parts = Object.fromEntries(formatter(zone).formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 };
}

const asUtc = (t: WallTime): number => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);

/** The zone's offset from UTC in minutes at an instant (+60 in Stockholm in winter). */
export function offsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return Math.round((asUtc(wallTimeAt(whole, zone)) - whole) / 60000);
}

/**
 * The instant a wall-clock time in `zone` names. A time skipped by a spring-forward change
 * is read with the offset before it (02:30 -> 03:30), as calendar apps show it; a repeated
 * time is its first occurrence.
 */
export function instantOf(time: WallTime, zone: string): number {
  const guess = asUtc(time);
  const before = guess - offsetAt(guess - 86_400_000, zone) * 60000;
  const after = guess - offsetAt(guess + 86_400_000, zone) * 60000;
  // Of the two readings, the one whose offset holds at its own instant; the earlier when both do.
  const holds = (instant: number): boolean => asUtc(wallTimeAt(instant, zone)) === guess;
  return [Math.min(before, after), Math.max(before, after)].find(holds) ?? before;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** `YYYY-MM-DD` of a wall time. */
export function dateOf(time: Pick<WallTime, "year" | "month" | "day">): string {
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
}

/** An instant as ISO 8601 with the zone's offset: `2026-03-03T10:00:00+01:00`. */
export function isoInZone(instant: number, zone: string): string {
  const t = wallTimeAt(instant, zone);
  const offset = offsetAt(instant, zone);
  const sign = offset < 0 ? "-" : "+";
  return `${dateOf(t)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** `YYYY-MM-DD` -> its parts, or null when it is not a real date. */
export function parseDay(day: string): Pick<WallTime, "year" | "month" | "day"> | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(day);
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date ? { year, month, day: date } : null;
}

/** The day after `YYYY-MM-DD`. */
export function nextDay(day: string): string {
  const d = parseDay(day);
  if (!d) return day;
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return dateOf({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
}

/** The instants a local day starts and ends at (`[start, end)`); 23 or 25 hours on a change of clocks. */
export function dayBounds(day: string, zone: string): { start: number; end: number } {
  const midnight = (d: string): number => {
    const parts = parseDay(d);
    if (!parts) throw new RangeError(`"${d}" is not a date (YYYY-MM-DD).`);
    return instantOf({ ...parts, hour: 0, minute: 0, second: 0 }, zone);
  };
  return { start: midnight(day), end: midnight(nextDay(day)) };
}

/** Today's `YYYY-MM-DD` in `zone`. */
export function today(zone: string, now: number): string {
  return dateOf(wallTimeAt(now, zone));
}
