import { leadingIsoDate } from "../dates";
import { readDay } from "./key-date-value";
import { listValue, parseFrontmatter, scalarValue, type FrontmatterData } from "../frontmatter";
import type { PersonRules } from "./is-person";
import { headingKey, normalizeHeading, scanOutline, type Outline } from "../sections/outline";
import { bodyLines, type Section } from "../sections/section";
import { bulletItems } from "./bullets";
import { contactRows, contactSection } from "./contact";
import { contactRecord, type ContactField } from "./contacts/record";
import { decisionText } from "./facts";
import { readHandle } from "./handle";
import { DEFAULT_HEADINGS, orderedHeadings, personSection, REVIEW_TAG, UNKNOWN } from "./layout";
import { cleanName } from "./names";
import { isPlaceholder } from "./placeholder";
import { readContext, type RecentContextItem } from "./recent-context";
import { lastContactKey, sameTag } from "./status";
import { readTopics } from "./topics";

export interface PersonProfile {
  role: string | null;
  relationship: string | null;
  background: string[];
}

/** A person note as plain data (published as `schema/person.schema.json`). */
export interface Person {
  name: string;
  path: string;
  title: string | null;
  created: string | null;
  lastContact: string | null;
  autoCreated: boolean;
  needsReview: boolean;
  tags: string[];
  aliases: string[];
  /** Contact table fields by name as written (`Role`, `Email`, ...); `_Unknown_` is null. */
  contact: Record<string, string | null>;
  /** Cells beyond the value column, by field name. */
  contactExtra: Record<string, string[]>;
  /** Every contact field, wherever it lives: the table, Properties, inline fields, bold labels. */
  contacts: ContactField[];
  relationship: string | null;
  background: string | null;
  keyFacts: string[];
  topics: string[];
  recentContext: RecentContextItem[];
  olderContext: RecentContextItem[];
  profile: PersonProfile;
  keyDecisions: string[];
  related: string[];
  handle: string;
  /** Headings of sections the layout does not know, in order. */
  customSections: string[];
}

/** The name: `title`, else the first H1, else the file name. */
function nameOf(data: FrontmatterData, text: string, outline: Outline, path: string): string {
  const title = scalarValue(data.title)?.trim();
  if (title) return cleanName(title);
  const h1 = outline.headings.find((h) => h.level === 1);
  if (h1?.title) return cleanName(h1.title);
  const file = path.split("/").pop() ?? path;
  return cleanName(file.replace(/\.md$/i, ""));
}

function prose(text: string, outline: Outline, section: Section | null, placeholders: readonly string[]): string | null {
  if (!section) return null;
  const content = bodyLines(text, outline, section)
    .map((l) => l.text)
    .join("\n")
    .trim();
  return content === "" || isPlaceholder(content, placeholders) ? null : content;
}

const PROFILE_FIELD = /^\*\*(Role|Relationship)\*\*:[ \t]*(.*)$/i;
const WIKILINK = /\[\[([^\]]+)\]\]/g;

function readProfile(text: string, outline: Outline, section: Section | null): PersonProfile {
  const profile: PersonProfile = { role: null, relationship: null, background: [] };
  if (!section) return profile;
  let inBackground = false;
  for (const line of bodyLines(text, outline, section)) {
    const field = PROFILE_FIELD.exec(line.text.trim());
    if (field?.[1]) {
      const value = field[2]?.trim() ?? "";
      // The layout writes `_Unknown_` for a value it does not know; any other italic value is the user's.
      const v = value === "" || value.toLowerCase() === UNKNOWN.toLowerCase() ? null : value;
      if (field[1].toLowerCase() === "role") profile.role = v;
      else profile.relationship = v;
      inBackground = false;
    } else if (/^\*\*Background\*\*:/i.test(line.text.trim())) {
      inBackground = true;
    } else if (inBackground && line.listItem) {
      profile.background.push(line.text.replace(/^\s*[-*+]\s+/, "").trim());
    }
  }
  return profile;
}

/** Reads a person note into plain data. Throws FrontmatterError on malformed YAML. */
export function parsePerson(text: string, path: string, rules: PersonRules = {}): Person {
  const headings = rules.headings ?? DEFAULT_HEADINGS;
  const placeholders = rules.placeholders ?? [];
  const parsed = parseFrontmatter(text);
  const { data } = parsed;
  const outline = scanOutline(text);
  const section = (title: string): Section | null => personSection(text, outline, headings, title);
  const name = nameOf(data, text, outline, path);
  const tags = listValue(data.tags);

  const contact: Record<string, string | null> = {};
  const contactExtra: Record<string, string[]> = {};
  for (const row of contactRows(text, outline, contactSection(text, outline, headings.contact))) {
    if (row.field === "" || row.field in contact) continue;
    contact[row.field] = row.value;
    if (row.extra.length > 0) contactExtra[row.field] = row.extra;
  }

  const relatedSection = section(headings.related);
  const related = (relatedSection ? bodyLines(text, outline, relatedSection) : [])
    .filter((line) => !line.inCode)
    .flatMap((line) => [...line.text.matchAll(WIKILINK)].map((m) => m[1] ?? ""));

  // Compared as findSection compares them, so a section read as Key Facts is not also "custom".
  const known = new Set(orderedHeadings(headings).map(normalizeHeading));
  const customSections = outline.headings
    .filter((h) => h.level === 2 && !known.has(headingKey(h)))
    .map((h) => h.title);

  return {
    name,
    path,
    title: scalarValue(data.title),
    created: leadingIsoDate(scalarValue(data.created)),
    lastContact: readDay(scalarValue(data[lastContactKey(data) ?? "last_contact"])),
    autoCreated: scalarValue(data.auto_created)?.toLowerCase() === "true",
    needsReview: tags.some((t) => sameTag(t, REVIEW_TAG)),
    tags,
    aliases: listValue(data.aliases),
    contact,
    contactExtra,
    contacts: contactRecord(text, outline, parsed, headings),
    relationship: prose(text, outline, section(headings.relationship), placeholders),
    background: prose(text, outline, section(headings.background), placeholders),
    keyFacts: bulletItems(text, outline, section(headings.keyFacts)),
    topics: readTopics(text, outline, section(headings.topics), placeholders),
    recentContext: readContext(text, outline, section(headings.recentContext)),
    olderContext: readContext(text, outline, section(headings.olderContext)),
    profile: readProfile(text, outline, section(headings.profile)),
    keyDecisions: bulletItems(text, outline, section(headings.keyDecisions)).map(decisionText),
    related,
    handle: readHandle(text, outline, section(headings.tasksTheyOwn), name),
    customSections,
  };
}
