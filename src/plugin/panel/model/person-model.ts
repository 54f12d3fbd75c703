import {
  CONTACT_FIELDS,
  contactKey,
  contactValueOf,
  knownContactKey,
  type ContactField as CoreContactField,
  fileNameOf,
  formatDisplayDate,
  parseFrontmatter,
  parsePerson,
  personRules,
  upcomingDates,
  upcomingDateText,
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

/** Shown in the header already (role, company), or not a contact detail (aliases). */
const NOT_LISTED = new Set(["aliases"]);

/** A link for the value: an email opens the mail app, a phone number the phone (digits and + only). */
function hrefOf(key: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (key === "email") return `mailto:${value}`;
  if (key === "phone") return `tel:${value.replace(/[^\d+]/g, "")}`;
  return undefined;
}

function fieldOf(label: string, found: CoreContactField | undefined): ContactField {
  const [value, ...more] = found?.values ?? [];
  const href = found ? hrefOf(found.key, value) : undefined;
  return { field: found?.label ?? label, value: value ?? null, ...(more.length > 0 ? { more } : {}), ...(href ? { href } : {}) };
}

/**
 * The standard fields in their order, wherever they live (table, Properties, inline fields,
 * bold labels), then the table's other rows and other known contact fields.
 */
function contactFields(record: readonly CoreContactField[]): ContactField[] {
  const standard = CONTACT_FIELDS.map((label) => ({ label, found: record.find((f) => f.key === contactKey(label)) }));
  const shown = new Set(standard.flatMap((s) => (s.found ? [s.found] : [])));
  const others = record.filter((f) => !shown.has(f) && !NOT_LISTED.has(f.key) && (f.source === "table" || knownContactKey(f.label) !== null));
  return [...standard.map((s) => fieldOf(s.label, s.found)), ...others.map((f) => fieldOf(f.label, f))];
}

/** A person note as the panel shows it; throws FrontmatterError when its YAML is malformed. */
export function personModel(path: string, text: string, sources: PanelSources): PersonModel {
  const { settings, today } = sources;
  const person = parsePerson(text, path, personRules(settings, sources.templatePrompts));
  const field = (key: string): string | null => contactValueOf(person.contacts, key);
  const tasks = sources.tasks.forPerson(person.name, person.handle);
  // From the people index, as the Upcoming dates list reads them: the soonest within a year.
  const entry = sources.people.get(path);
  const next = entry ? upcomingDates([entry], today, 366)[0] : undefined;
  return {
    kind: "person",
    path,
    name: person.name,
    role: field("role") ?? person.profile.role,
    company: field("company"),
    status: contactStatus(parseFrontmatter(text).data, settings.staleDays, today),
    needsReview: person.needsReview,
    nextDate: next ? upcomingDateText(next, today, settings.dateFormat) : null,
    contact: contactFields(person.contacts),
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
