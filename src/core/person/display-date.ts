import { format } from "date-fns";
import { KithError } from "../errors";

// A date with every field distinct (day > 12, month > 1), to try a pattern on.
const SAMPLE = new Date(2026, 10, 25);

/** A date-fns pattern that formats a date, or a KithError saying why it does not. */
export function checkDateFormat(pattern: string, name = "Date format"): string {
  try {
    format(SAMPLE, pattern);
    return pattern;
  } catch (error) {
    throw new KithError("invalid-value", `${name}: "${pattern}" is not a date pattern (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** An ISO date (`YYYY-MM-DD`) shown in the user's pattern; the ISO text when the pattern fails. */
export function formatDisplayDate(iso: string, pattern: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  if (!m) return iso;
  try {
    return format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), pattern);
  } catch {
    return iso;
  }
}
