import { isIsoDate } from "../dates";
import { nameKey } from "../person/names";
import { emptyRecap, type ActionItem, type PastedRecap } from "../recap/recap";
import { oneLine } from "../text/unicode";

/** What the model was given, against which its answer is checked. */
export interface AnswerCheck {
  /** The meeting text sent: every quote must be in it. */
  text: string;
  /** The likely attendees sent. */
  attendees: readonly string[];
}

/** Text as quotes are compared: case and runs of white space ignored. */
const comparable = (text: string): string => oneLine(text).toLowerCase();

/** A quote is in the text: the same words, in any case and spacing. */
export function quoteInText(quote: string, text: string): boolean {
  return quoteIn(quote, comparable(text));
}

/** quoteInText against a text already made comparable, for many quotes of one text. */
function quoteIn(quote: string, comparableText: string): boolean {
  const wanted = comparable(quote);
  return wanted !== "" && comparableText.includes(wanted);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" && oneLine(v) !== "" ? oneLine(v) : null);

/** The JSON in a model's answer: the whole of it, or a ```json block's. */
function parseAnswer(content: string): unknown {
  const fenced = /```(?:json)?\s*\n([^]*?)\n\s*```/.exec(content);
  return JSON.parse(fenced?.[1] ?? content);
}

/**
 * A model's answer as a recap for the preview, checked against the schema and the text it was
 * given: whatever fails (a field of the wrong shape, a quote not in the text, a person who is
 * neither an attendee nor named in the text) is dropped with a warning, never written.
 */
export function recapFromAnswer(content: string, check: AnswerCheck): PastedRecap {
  let answer: unknown;
  try {
    answer = parseAnswer(content);
  } catch {
    return { ...emptyRecap(), warnings: ["The model's answer is not JSON: nothing was taken from it."] };
  }
  if (!isRecord(answer)) return { ...emptyRecap(), warnings: ["The model's answer is not a recap (a JSON object): nothing was taken from it."] };
  const warnings: string[] = [];
  const said = comparable(check.text);
  const list = (key: string): unknown[] => {
    const value = answer[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    warnings.push(`The model's "${key}" is not a list: left out.`);
    return [];
  };
  const named = (name: string): boolean => quoteIn(name, said) || check.attendees.some((a) => nameKey(a) === nameKey(name));

  const attendees = list("attendees").flatMap((value) => {
    const name = str(value);
    if (name === null) return [];
    if (named(name)) return [check.attendees.find((a) => nameKey(a) === nameKey(name)) ?? name];
    warnings.push(`Left out the attendee "${name}": neither in the text nor among the likely attendees.`);
    return [];
  });
  /** The attendee a name means: the same name, or a first name only one attendee has. */
  const attendee = (name: string): string | null => {
    const key = nameKey(name);
    const same = attendees.find((a) => nameKey(a) === key);
    const byFirst = attendees.filter((a) => nameKey(a).split(" ")[0] === key);
    return same ?? (byFirst.length === 1 ? (byFirst[0] ?? null) : null);
  };
  /** A quoted item, or null (with a warning) when its text or quote fails. */
  const quoted = (value: unknown, what: string): { text: string; quote: string; item: Record<string, unknown> } | null => {
    const text = isRecord(value) ? str(value.text) : null;
    const quote = isRecord(value) ? str(value.quote) : null;
    if (!isRecord(value) || text === null) {
      warnings.push(`Left out a ${what} without a text.`);
      return null;
    }
    if (quote === null || !quoteIn(quote, said)) {
      warnings.push(`Left out the ${what} "${text}": its quote is not in the text.`);
      return null;
    }
    return { text, quote, item: value };
  };
  /** Facts and decisions: `Name: text` for one attendee's (the recap's own way), plain when shared. */
  const attributed = (key: string, what: string): string[] =>
    list(key).flatMap((value) => {
      const found = quoted(value, what);
      if (!found) return [];
      const about = str(found.item.about) ?? "shared";
      if (about.toLowerCase() === "shared") return [found.text];
      const who = attendee(about);
      if (who) return [`${who}: ${found.text}`];
      warnings.push(`Left out the ${what} "${found.text}": it is about ${about}, who is not an attendee.`);
      return [];
    });

  // Read in the schema's order, so the warnings come in it.
  const facts = attributed("facts", "fact");
  const decisions = attributed("decisions", "decision");
  const actions = list("actions").flatMap((value): ActionItem[] => {
    const found = quoted(value, "action");
    if (!found) return [];
    const ownerName = str(found.item.owner);
    const owner = ownerName === null ? null : (attendee(ownerName) ?? (quoteIn(ownerName, said) ? ownerName : null));
    if (ownerName !== null && owner === null) warnings.push(`The action "${found.text}" names ${ownerName}, who is not in the text: left without an owner.`);
    const dueText = str(found.item.due);
    const due = dueText !== null && isIsoDate(dueText) ? dueText : null;
    if (dueText !== null && due === null) warnings.push(`The action "${found.text}" has a due date that is not one (${dueText}): left without it.`);
    return [{ text: found.text, owner, due }];
  });

  const dateText = str(answer.date);
  const date = dateText !== null && isIsoDate(dateText) ? dateText : null;
  if (dateText !== null && date === null) warnings.push(`The model's date "${dateText}" is not a date: check the meeting's date.`);
  else if (date !== null) warnings.push(`The meeting's date ${date} is the model's reading: check it.`);
  const strings = (key: string): string[] => list(key).flatMap((v) => str(v) ?? []);

  return {
    ...emptyRecap(),
    date,
    title: str(answer.title) ?? "",
    attendees,
    summary: str(answer.summary) ?? "",
    facts,
    decisions,
    topics: strings("topics"),
    actions,
    warnings,
  };
}
