import { cleanName, nameKey } from "../../person/names";

/**
 * Person names as tools write them in running text: capitalised words ("Dana Okafor",
 * "Jean-Luc O'Neil", "Anke van der Berg"), several joined by "and", "&" or commas.
 */
const WORD = "\\p{Lu}[\\p{L}'’-]*\\.?";
const PARTICLE = "(?:van|von|de|der|den|da|del|di|du|la|le|dos|das|bin|al|ter|ten)";
export const NAME = `${WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${WORD}){0,3}`;
/** Disjoint alternatives: an ambiguous separator makes a long list of names backtrack for ever. */
const LIST_SEPARATOR = "(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*[&/]\\s*)";
export const NAMES = `${NAME}(?:${LIST_SEPARATOR}${NAME})*`;

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const IS_NAME = new RegExp(`^${NAME}$`, "u");

/**
 * Capitalised words that start a sentence or a label, never a person: pronouns, groups, labels
 * and the verbs tasks start with ("Send", "Review").
 */
const NOT_NAMES = new Set(
  (
    "the we us our team everyone everybody all both they them i you it this that these those he she someone somebody anyone " +
    "nobody each their his her its next action actions note notes follow update updates todo to owner owners due priority " +
    "reminder fyi important blocked done status optional also then and if when once after before please need needs decision " +
    "decisions agreed task tasks open question questions risk risks summary topic topics agenda goal goals outcome outcomes " +
    "send share book schedule review set prepare draft create confirm check finalize finalise write add fix reach ask email call " +
    "sync plan investigate look get make circle loop provide coordinate organize organise build test run move clean upload " +
    "document research explore discuss decide align evaluate compile gather identify complete submit approve sign invite " +
    "introduce intro connect contact reply respond publish deploy ship order buy pay track monitor define design outline present " +
    "demo arrange collect analyze analyse assess finish start begin continue keep ensure verify validate revisit revise edit read " +
    "think consider determine estimate scope kick post put remove install configure migrate hand brief notify inform remind " +
    "chase nudge escalate raise flag log file close merge refine tidy polish setup sort go come talk meet agree hold pilot " +
    "budget timeline pricing legal security next-steps key main general other new today tomorrow tonight " +
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun january february march " +
    "april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec eod eow asap"
  ).split(" "),
);

/** A capitalised word that starts a sentence, a label or a task, never a name ("Send", "The"). */
export function isNotName(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase());
}

/** The writer themself, as a name or an owner: never a person of their own. */
export const SELF_WORDS = /^(?:me|i|myself)$/i;

/** Words for a whole group, which owners' lists use like a name ("All", "Team:"). */
export const EVERYONE = "all|everyone|everybody|team|the team|both|all attendees|group|the group";
const IS_EVERYONE = new RegExp(`^(?:${EVERYONE})$`, "i");

export function isEveryone(text: string): boolean {
  return IS_EVERYONE.test(text.trim());
}

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** A person's name (or an email): not a sentence, not a label, not a task. */
export function isNameLike(text: string): boolean {
  const name = text.trim().replace(/^@/, "");
  if (isEmail(name)) return true;
  const first = name.split(/\s+/)[0]?.toLowerCase() ?? "";
  return IS_NAME.test(name) && !NOT_NAMES.has(first);
}

/** "Dana Okafor and Sam Reyes", "Dana, Sam & Priya" → each name. */
export function splitNames(list: string): string[] {
  return list
    .split(new RegExp(LIST_SEPARATOR))
    .map((name) => cleanName(name.replace(/^@/, "").replace(/\.$/, "")))
    .filter(Boolean);
}

/** A handle's words: `@DanaOkafor` → "Dana Okafor", `@dana.okafor` → "dana okafor". */
function handleWords(handle: string): string {
  return handle.replace(/^@/, "").replace(/[._]+/g, " ").replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");
}

/** Attendees a written name can mean: the same name, the same first name, or "Dana O.". */
export function matchingAttendees(written: string, attendees: readonly string[]): string[] {
  const key = nameKey(handleWords(written));
  const bare = key.replace(/ /g, "");
  const keys = attendees.map((a) => ({ a, key: nameKey(isEmail(a) ? handleWords(a.split("@")[0] ?? "") : a) }));
  const same = keys.filter((k) => k.key === key || k.key.replace(/ /g, "") === bare);
  if (same.length > 0) return same.map((k) => k.a);
  const [first, initial, ...more] = key.split(" ");
  const letter = initial?.replace(/\.$/, "");
  if (more.length > 0 || !first || (letter !== undefined && letter.length !== 1)) return [];
  const sameFirst = keys.filter((k) => k.key.split(" ")[0] === first && k.key.split(" ")[1]?.startsWith(letter ?? "") === true);
  return sameFirst.map((k) => k.a);
}

/**
 * The name to record for a written name: the attendee it surely means, else the name as written.
 * An email attendee is not a name, so a match on one keeps the written name.
 */
export function resolveName(written: string, attendees: readonly string[], warnings: string[]): string {
  const matches = matchingAttendees(written, attendees);
  const asWritten = cleanName(written.startsWith("@") ? handleWords(written) : written);
  if (matches.length === 1) {
    const match = matches[0] ?? asWritten;
    return isEmail(match) ? asWritten : match;
  }
  if (matches.length > 1) warnings.push(`"${asWritten}" could be ${matches.join(" or ")}: check who it is.`);
  return asWritten;
}
