import { attributeItem } from "./attribution";
import { distinctAttendees } from "./distinct";
import { emptyRecap, type ActionItem, type Recap } from "./recap";
import { splitTopics } from "../person/topics";

/** The recap form as the user types it: one item a line, topics comma-separated. */
export interface RecapFields {
  date: string;
  title: string;
  attendees: string[];
  via: string;
  summary: string;
  facts: string;
  decisions: string;
  topics: string;
  actions: string;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*+•]|\d+[.)])?\s*(?:\[[ xX]\]\s*)?/, "").trim())
    .filter((l) => l !== "");
}

const DUE = /\s*(?:📅\s*|\bdue:?\s+)(\d{4}-\d\d-\d\d)\s*$/iu;

/** An action line: `Owner: task 📅 2026-03-10`, the owner when it names an attendee. */
export function actionFromLine(line: string, attendees: readonly string[]): ActionItem {
  const due = DUE.exec(line);
  const body = due ? line.slice(0, due.index).trim() : line;
  const owned = attributeItem(body, attendees);
  return { text: owned.text, owner: owned.attendee, due: due?.[1] ?? null };
}

export function recapFromFields(fields: RecapFields): Recap {
  const attendees = distinctAttendees(fields.attendees.map((a) => a.trim()).filter((a) => a !== ""));
  return {
    ...emptyRecap(),
    date: fields.date.trim() === "" ? null : fields.date.trim(),
    title: fields.title.replace(/\s+/g, " ").trim(),
    attendees,
    via: fields.via.trim() === "" ? null : fields.via.trim(),
    summary: fields.summary.replace(/\s+/g, " ").trim(),
    facts: lines(fields.facts),
    decisions: lines(fields.decisions),
    topics: splitTopics(fields.topics),
    actions: lines(fields.actions).map((l) => actionFromLine(l, attendees)),
  };
}

export function fieldsFromRecap(recap: Recap): RecapFields {
  return {
    date: recap.date ?? "",
    title: recap.title,
    attendees: [...recap.attendees],
    via: recap.via ?? "",
    summary: recap.summary,
    facts: recap.facts.join("\n"),
    decisions: recap.decisions.join("\n"),
    topics: recap.topics.join(", "),
    actions: recap.actions.map((a) => [a.owner ? `${a.owner}: ` : "", a.text, a.due ? ` 📅 ${a.due}` : ""].join("")).join("\n"),
  };
}
