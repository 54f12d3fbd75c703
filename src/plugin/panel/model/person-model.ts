import {
  CONTACT_FIELDS,
  fileNameOf,
  formatDisplayDate,
  parseFrontmatter,
  parsePerson,
  personRules,
  type RecentContextItem,
} from "../../../core";
import { contactStatus } from "./contact-status";
import type { ContactField, PanelSources, PersonModel, TimelineItem } from "./panel-model";
import { taskItem } from "./task-items";

const DATE_PREFIX = /^\d{4}-\d\d-\d\d\s*-\s*/;

/** `[[2026-03-02 - Pilot scoping|Pilot]]` shows "Pilot"; without an alias, the title after the date. */
function timelineItem(item: RecentContextItem, dateFormat: string): TimelineItem {
  if (!("date" in item)) return { date: null, dateText: null, link: null, linkText: null, summary: item.raw.replace(/^\s*[-*+]\s+/, ""), via: null };
  const [target = "", alias] = (item.link ?? "").split("|");
  const title = (target.split("#")[0] ?? "").split("/").pop() ?? "";
  return {
    date: item.date,
    dateText: formatDisplayDate(item.date, dateFormat),
    link: item.link ? target : null,
    linkText: item.link ? (alias ?? title.replace(DATE_PREFIX, "")) || title : null,
    summary: item.summary,
    via: item.via,
  };
}

/** The standard fields in their order, then any others the note's table has. */
function contactFields(contact: Record<string, string | null>): ContactField[] {
  const fields: ContactField[] = CONTACT_FIELDS.map((field) => {
    const key = Object.keys(contact).find((k) => k.toLowerCase() === field.toLowerCase());
    return { field: key ?? field, value: key ? (contact[key] ?? null) : null };
  });
  const standard = new Set<string>(CONTACT_FIELDS.map((f) => f.toLowerCase()));
  for (const [field, value] of Object.entries(contact)) if (!standard.has(field.toLowerCase())) fields.push({ field, value });
  return fields;
}

/** A person note as the panel shows it; throws FrontmatterError when its YAML is malformed. */
export function personModel(path: string, text: string, sources: PanelSources): PersonModel {
  const { settings, today } = sources;
  const person = parsePerson(text, path, personRules(settings, sources.templatePrompts));
  const field = (name: string): string | null => contactFields(person.contact).find((f) => f.field.toLowerCase() === name)?.value ?? null;
  const tasks = sources.tasks.forPerson(person.name, person.handle);
  return {
    kind: "person",
    path,
    name: person.name,
    role: field("role") ?? person.profile.role,
    company: field("company"),
    status: contactStatus(parseFrontmatter(text).data, settings.staleDays, today),
    needsReview: person.needsReview,
    contact: contactFields(person.contact),
    keyFacts: person.keyFacts,
    keyDecisions: person.keyDecisions,
    topics: person.topics,
    timeline: person.recentContext.map((item) => timelineItem(item, settings.dateFormat)),
    handle: person.handle,
    openTasks: tasks.mentioned.map((t) => taskItem(t, today, settings.dateFormat)),
    ownedTasks: tasks.owned.map((t) => taskItem(t, today, settings.dateFormat)),
    projects: sources.projects.linking(path).map((p) => ({ path: p, name: fileNameOf(p) })),
  };
}
