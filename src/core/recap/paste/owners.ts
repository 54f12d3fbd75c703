import { capitalize, wordCount } from "./normalize";
import { EVERYONE, NAME, NAMES, isNameLike, isNotName, matchingAttendees, splitNames } from "./people";

/**
 * Who owns an action, read from how tools write it: `Dana will …`, `Dana to …`, `Dana: …`,
 * `@Dana …`, `[Dana Okafor] Title: detail`, `… - Dana Okafor`, `… (Owner: Dana)`. The owners
 * come back as written; the text comes back as the task alone ("Send the deck").
 */
export interface Owned {
  owners: string[];
  text: string;
}

export interface OwnerContext {
  attendees: readonly string[];
  /** The email's sender, who "I will …" means. */
  sender: string | null;
}

const CONNECTOR =
  "(?:will|shall|should|must|would|to|needs? to|is to|are to|has to|have to|(?:is|are) going to|agreed to|offered to|volunteered to|plans? to|intends? to)";
const LEADING = new RegExp(`^@?(${NAMES})\\s+${CONNECTOR}\\s+(.+)$`, "u");
const LABELLED = new RegExp(`^@?(${NAMES})\\s*(?::|\\s[-–—→]|→|->)\\s*(.+)$`, "u");
/** `Team: coordinate…`, `All - review…`: everyone's task, no one owner. */
const EVERYONE_LABEL = new RegExp(`^(?:${EVERYONE})\\s*(?::|\\s[-–—])\\s*(.+)$`, "i");
const TRAILING = new RegExp(`^(.+?)\\s*(?:\\s[-–—]\\s*(@)?|(\\()(?:[Oo]wners?:\\s*)?(@)?|\\s(@))(${NAMES})\\s*\\)?[.!]?$`, "u");
const FIELD = new RegExp(
  `\\s*[(,;]?\\s*\\b(?:[Oo]wners?|[Aa]ssignee|[Aa]ssigned to|[Rr]esponsible)\\s*[:-]?\\s*(${NAME}(?:\\s*(?:&|and|/)\\s*${NAME})*)\\s*\\)?`,
  "u",
);
/** `@Chris Park finalize the budget`: a mention leading the task names its owner. */
const MENTION = new RegExp(`^@(${NAMES})\\s*[:,–—-]?\\s+(\\p{Ll}.*)$`, "u");
const SELF = /^I(?:['’]ll| will| shall| am going to|['’]m going to| need to| to)\s+(.+)$/;
const BRACKET = /^\[([^\]]+)\]\s*:?\s*(.+)$/;
const TITLED = /^([^:]{2,60}):\s+(.+)$/;

export function readOwners(text: string, ctx: OwnerContext): Owned {
  const bracket = BRACKET.exec(text);
  const bracketed = names(bracket?.[1]);
  if (bracket && bracketed) {
    const rest = detail(bracket[2] ?? "", bracketed);
    return { owners: bracketed, text: leading(rest)?.text ?? rest };
  }
  const field = FIELD.exec(text);
  if (field) {
    const rest = `${text.slice(0, field.index)}${text.slice(field.index + field[0].length)}`.trim();
    return { owners: splitNames(field[1] ?? ""), text: rest };
  }
  const everyone = EVERYONE_LABEL.exec(text);
  if (everyone) return { owners: [], text: capitalize(everyone[1] ?? "") };
  const owned = leading(text) ?? labelled(text, ctx) ?? mention(text) ?? namedFirst(text, ctx) ?? trailing(text, ctx) ?? self(text, ctx);
  if (owned) return owned;
  // "Send sizing sheet: Dana Okafor will send the sheet…": a title, then the task and its owner.
  const titled = TITLED.exec(text);
  const inner = titled && !isNameLike(titled[1] ?? "") ? (leading(titled[2] ?? "") ?? self(titled[2] ?? "", ctx)) : null;
  return inner ?? { owners: [], text };
}

/** The names a rule's name group holds, when each reads as a name. */
function names(written: string | undefined): string[] | null {
  const owners = splitNames(written ?? "");
  return owners.length > 0 && owners.every(isNameLike) ? owners : null;
}

/** `Title: detail` after the owner → the detail, the title being a shorter way of saying it. */
function detail(text: string, owners: readonly string[]): string {
  const [, title = "", rest] = TITLED.exec(text) ?? [];
  return rest !== undefined && matchingAttendees(title, owners).length === 0 && wordCount(title) <= 8 ? rest : text;
}

function leading(text: string): Owned | null {
  const m = LEADING.exec(text);
  const owners = names(m?.[1]);
  return m && owners ? { owners, text: capitalize(m[2] ?? "") } : null;
}

/**
 * Otter's action items: `Søren Lindqvist Fix the export`, the owner's name and then the task's
 * verb with no separator. When the attendees are known the name must be one of theirs, else
 * it must be a full name.
 */
function namedFirst(text: string, ctx: OwnerContext): Owned | null {
  const words = text.split(/\s+/);
  for (let size = Math.min(4, words.length - 2); size >= 1; size--) {
    const name = words.slice(0, size).join(" ");
    const verb = words[size] ?? "";
    if (!/^\p{Lu}\p{Ll}+$/u.test(verb) || !isNotName(verb) || !isNameLike(name)) continue;
    const known = matchingAttendees(name, ctx.attendees).length > 0;
    if (ctx.attendees.length > 0 ? !known : size === 1) continue;
    return { owners: [name], text: words.slice(size).join(" ") };
  }
  return null;
}

/** `Name: task`, `Name - task`: a label too, so with a known attendee list it must name one. */
function labelled(text: string, ctx: OwnerContext): Owned | null {
  const m = LABELLED.exec(text);
  const owners = names(m?.[1]);
  if (!m || !owners || (ctx.attendees.length > 0 && !known(owners, ctx))) return null;
  return { owners, text: capitalize(m[2] ?? "") };
}

/** `task - Dana Okafor`, `task (Dana)`, `task @Dana`: a name at the end is sure only when marked or known. */
function trailing(text: string, ctx: OwnerContext): Owned | null {
  const m = TRAILING.exec(text);
  const owners = names(m?.[6]);
  if (!m || !owners) return null;
  const mentioned = Boolean(m[2] ?? m[4] ?? m[5]);
  const likely = ctx.attendees.length === 0 && (Boolean(m[3]) || owners.every((o) => wordCount(o) >= 2));
  if (!mentioned && !known(owners, ctx) && !likely) return null;
  return { owners, text: (m[1] ?? "").replace(/[\s,;:–—/-]+$/, "") };
}

function known(owners: readonly string[], ctx: OwnerContext): boolean {
  return owners.every((o) => matchingAttendees(o, ctx.attendees).length > 0);
}

function mention(text: string): Owned | null {
  const m = MENTION.exec(text);
  return m ? { owners: splitNames(m[1] ?? ""), text: capitalize(m[2] ?? "") } : null;
}

function self(text: string, ctx: OwnerContext): Owned | null {
  const m = SELF.exec(text);
  return m && ctx.sender ? { owners: [ctx.sender], text: capitalize(m[1] ?? "") } : null;
}
