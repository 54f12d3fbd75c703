import { format } from "date-fns";
import { KithError } from "../errors";

/**
 * Dates are shown in the pattern users type in Obsidian's own settings: Moment's tokens
 * (`YYYY-MM-DD`, `DD MMM YYYY`). The core cannot import Obsidian's `moment`, so each Moment token
 * is translated to date-fns' by this table (https://momentjs.com/docs/#/displaying/format/,
 * https://date-fns.org/docs/format). Localized tokens (`L`, `LL`, ...) are Moment's English ones.
 */
const MOMENT_TO_DATE_FNS: Record<string, string> = {
  YYYY: "yyyy", YY: "yy", Y: "y",
  Q: "Q", Qo: "Qo",
  MMMM: "MMMM", MMM: "MMM", MM: "MM", M: "M", Mo: "Mo",
  DDDD: "DDD", DDDo: "Do", DDD: "D", DD: "dd", Do: "do", D: "d",
  dddd: "EEEE", ddd: "EEE", dd: "EEEEEE", E: "i",
  ww: "ww", wo: "wo", w: "w", WW: "II", Wo: "Io", W: "I",
  gggg: "YYYY", gg: "YY", GGGG: "RRRR",
  A: "a", a: "aaa",
  HH: "HH", H: "H", hh: "hh", h: "h", kk: "kk", k: "k",
  mm: "mm", m: "m", ss: "ss", s: "s", SSS: "SSS", SS: "SS", S: "S",
  ZZ: "xx", Z: "xxx", X: "t", x: "T",
};

/** Moment's English localized formats, spelled out in Moment's own tokens. */
const MOMENT_LOCALIZED: Record<string, string> = {
  LTS: "h:mm:ss A", LT: "h:mm A",
  LLLL: "dddd, MMMM D, YYYY h:mm A", LLL: "MMMM D, YYYY h:mm A", LL: "MMMM D, YYYY", L: "MM/DD/YYYY",
  llll: "ddd, MMM D, YYYY h:mm A", lll: "MMM D, YYYY h:mm A", ll: "MMM D, YYYY", l: "M/D/YYYY",
};

/** Moment tokens with no date-fns twin: numbered and locale weekdays, eras, zone names, the 2-digit ISO week year. */
const UNSUPPORTED = ["do", "d", "e", "N", "zz", "z", "GG"];

/** One Moment token (longest first), a `[literal]` (no `[` inside, as Moment reads it), or any other character. */
const MOMENT_TOKEN = new RegExp(
  `\\[[^\\[]*\\]|${[...Object.keys(MOMENT_TO_DATE_FNS), ...Object.keys(MOMENT_LOCALIZED), ...UNSUPPORTED]
    .sort((a, b) => b.length - a.length)
    .join("|")}|.`,
  "gs",
);

/** One date-fns token, a quoted literal (`''` is a quote), or a run of other characters. */
const DATE_FNS_TOKEN = /''|'(?:''|[^'])*'?|([A-Za-z])\1*o?|[^A-Za-z']+/g;

/** date-fns' reading of YYYY and D is guarded; translated Moment tokens mean them. */
const DATE_FNS_OPTIONS = { useAdditionalWeekYearTokens: true, useAdditionalDayOfYearTokens: true };

// A date with every field distinct (day > 12, month > 1), to try a pattern on.
const SAMPLE = new Date(2026, 10, 25);

/** A Moment pattern as date-fns reads it; a KithError naming a token that has no date-fns twin. */
export function momentToDateFns(pattern: string, name = "Date format"): string {
  let out = "";
  let text = ""; // literal text waiting to be quoted as one run: 'a''b' would read as a quote
  for (const [token] of pattern.matchAll(MOMENT_TOKEN)) {
    const bracketed = token.length > 1 && token.startsWith("[");
    const dateFns = bracketed ? null : (MOMENT_TO_DATE_FNS[token] ?? (MOMENT_LOCALIZED[token] && momentToDateFns(MOMENT_LOCALIZED[token], name)));
    if (UNSUPPORTED.includes(token)) throw new KithError("invalid-value", `${name}: "${token}" in "${pattern}" cannot be shown; use other tokens (dddd for the weekday, GGGG for the ISO week year).`);
    if (dateFns) {
      out += quoted(text) + dateFns;
      text = "";
    } else text += bracketed ? token.slice(1, -1) : token;
  }
  return out + quoted(text);
}

/** date-fns literal text: quoted when it holds a letter or a quote, as it is otherwise. */
function quoted(text: string): string {
  return /[A-Za-z']/.test(text) ? `'${text.replace(/'/g, "''")}'` : text;
}

/**
 * A date-fns pattern (what earlier versions stored) in Moment's tokens, for the one-time
 * migration of the setting; null when it holds a token the table does not know.
 */
export function dateFnsToMoment(pattern: string): string | null {
  const fromDateFns = new Map(Object.entries(MOMENT_TO_DATE_FNS).map(([moment, dateFns]) => [dateFns, moment]));
  const parts = [...pattern.matchAll(DATE_FNS_TOKEN)].map(([token]) => {
    if (token === "''") return "'";
    if (token.startsWith("'")) return `[${token.replace(/^'|'$/g, "").replace(/''/g, "'")}]`;
    if (!/^[A-Za-z]/.test(token)) return token;
    return fromDateFns.get(token) ?? null;
  });
  return parts.includes(null) ? null : parts.join("");
}

/** A Moment pattern that formats a date, or a KithError saying why it does not. */
export function checkDateFormat(pattern: string, name = "Date format"): string {
  const dateFns = momentToDateFns(pattern, name);
  try {
    format(SAMPLE, dateFns, DATE_FNS_OPTIONS);
    return pattern;
  } catch (error) {
    throw new KithError("invalid-value", `${name}: "${pattern}" is not a date pattern (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** An ISO date (`YYYY-MM-DD`) shown in the user's Moment pattern; the ISO text when the pattern fails. */
export function formatDisplayDate(iso: string, pattern: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  if (!m) return iso;
  try {
    return format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), momentToDateFns(pattern), DATE_FNS_OPTIONS);
  } catch {
    return iso;
  }
}
