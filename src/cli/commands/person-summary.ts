import { contactValueOf, formatContextLine, knownContactKey, type ContactField, type Person, type RecentContextItem } from "../../core";

/** Recent Context lines shown by `person show`; the rest is counted. */
const RECENT_LINES = 5;

function contextLine(item: RecentContextItem): string {
  return "raw" in item ? item.raw : formatContextLine(item);
}

/** A titled block of lines; `bullet` is left out for lines that carry their own (Recent Context). */
function list(title: string, items: readonly string[], bullet = "- "): string[] {
  return items.length === 0 ? [] : ["", `${title}:`, ...items.map((i) => `  ${bullet}${i}`)];
}

/** Shown on their own lines already (role and company), or not contact details (aliases). */
const SHOWN_APART = new Set(["role", "company", "aliases"]);

/** Known contact fields with a value, wherever they live: `Email: a@x.example, b@y.example`. */
function contactLines(fields: readonly ContactField[]): string[] {
  return fields.filter((f) => f.values.length > 0 && knownContactKey(f.label) !== null && !SHOWN_APART.has(f.key)).map((f) => `  ${f.label}: ${f.values.join(", ")}`);
}

/** A person note as a few lines a human reads at a glance (`--json` gives everything). */
export function personSummary(person: Person): string {
  const role = contactValueOf(person.contacts, "role") ?? person.profile.role;
  const company = contactValueOf(person.contacts, "company");
  const recent = person.recentContext.slice(0, RECENT_LINES).map(contextLine);
  const more = person.recentContext.length - recent.length;
  const lines = [
    person.name,
    `  ${person.path}`,
    ...(role || company ? [`  ${[role, company].filter(Boolean).join(" at ")}`] : []),
    ...(person.aliases.length > 0 ? [`  Also known as: ${person.aliases.join(", ")}`] : []),
    ...contactLines(person.contacts),
    `  Last contact: ${person.lastContact ?? "never"}`,
    ...(person.needsReview ? ["  Needs review (created automatically)"] : []),
    ...list("Key facts", person.keyFacts),
    ...list("Key decisions", person.keyDecisions),
    ...(person.topics.length > 0 ? ["", `Topics: ${person.topics.join(", ")}`] : []),
    ...list("Recent context", more > 0 ? [...recent, `(${more} more)`] : recent, ""),
  ];
  return lines.join("\n");
}
