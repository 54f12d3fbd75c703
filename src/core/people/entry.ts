import { FrontmatterError } from "../errors";
import { listValue, scalarValue, type FrontmatterData } from "../frontmatter";
import { scanOutline, type Outline } from "../sections/outline";
import { contactPlaces } from "../person/contacts/places";
import { contactValueOf, recordOf } from "../person/contacts/record";
import { DEFAULT_HEADINGS, personSection } from "../person/layout";
import { readHandle } from "../person/handle";
import { cleanName } from "../person/names";
import { personData, type PersonRules } from "../person/is-person";
import { hasTemplateSyntax } from "../person/template-syntax";
import { keyDatesOf, type KeyDate } from "../person/key-dates";
import { cadenceOf, type Cadence } from "../person/keep-in-touch";
import { lastContactKey, needsReview } from "../person/status";
import { readDay } from "../person/key-date-value";

/** What the people index keeps of one person note: enough to find and show them. */
export interface PersonEntry {
  path: string;
  name: string;
  /** File name without folder and `.md`. */
  fileName: string;
  aliases: string[];
  emails: string[];
  role: string | null;
  company: string | null;
  /** The task handle (`@DanaOkafor`), from the note's own query or the name. */
  handle: string;
  /** Birthday, anniversary and the dated fields the rules name: upcoming dates come from here, not the notes. */
  keyDates: KeyDate[];
  /** `YYYY-MM-DD` from `last_contact` (or the note's spelling of it), else null. */
  lastContact: string | null;
  /** Frontmatter tags without `#`, as written: the people view filters by them. */
  tags: string[];
  /** Made by automation and still tagged `needs-review`. */
  needsReview: boolean;
  /** Keep-in-touch days, snooze and the date the clock runs from: staleness without reading the note again. */
  cadence: Cadence;
}

/** The addresses a value holds, as written: `a@x.example`, in `[a@x.example](mailto:a@x.example)` once per spelling. */
export function emailsIn(value: string): string[] {
  return [...value.matchAll(/[^\s<>()[\]|,;:"']+@[^\s<>()[\]|,;:"']+\.[A-Za-z]{2,}/g)].map((m) => m[0]);
}

export function fileNameOf(path: string): string {
  return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

/**
 * The index entry of a note, or null when it is not a person note (or its frontmatter is
 * malformed: such a note is reported by `doctor`, not indexed). Strings are copied so the
 * index does not keep whole note texts alive.
 */
export function personEntry(path: string, text: string, rules: PersonRules = {}): PersonEntry | null {
  try {
    return readPersonEntry(path, text, rules);
  } catch (error) {
    if (error instanceof FrontmatterError) return null;
    throw error;
  }
}

/** As personEntry, but malformed frontmatter throws its FrontmatterError, for callers that report it. */
export function readPersonEntry(path: string, text: string, rules: PersonRules = {}): PersonEntry | null {
  const data = personData(text, path, rules);
  return data ? entryOf(path, text, data, scanOutline(text), rules) : null;
}

/** The index entry of a person note whose frontmatter (personData's) and outline are already read. */
export function entryOf(path: string, text: string, data: FrontmatterData, outline: Outline, rules: PersonRules = {}): PersonEntry | null {
  const title = scalarValue(data.title)?.trim();
  const h1 = outline.headings.find((h) => h.level === 1)?.title;
  const fileName = fileNameOf(path);
  const name = cleanName(title || h1 || fileName);
  // A template nobody rendered still has `# <% tp.file.title %>` for a name: no one is called that.
  if (hasTemplateSyntax(name)) return null;
  const headings = rules.headings ?? DEFAULT_HEADINGS;
  // Every place an email is written counts for lookup: the table, Properties, inline fields, bold labels.
  const places = contactPlaces(text, outline, { block: outline.frontmatter, data }, headings);
  const emails = new Set(places.filter((p) => p.key === "email").flatMap((p) => p.values.flatMap((v) => emailsIn(v).map((e) => e.toLowerCase()))));
  const record = recordOf(places);
  const role = contactValueOf(record, "role");
  const company = contactValueOf(record, "company");
  const handle = readHandle(text, outline, personSection(text, outline, headings, headings.tasksTheyOwn), name);
  const keyDates = keyDatesOf(record, data, rules.keyDateFields);
  const written = data[lastContactKey(data) ?? "last_contact"];
  const lastContact = typeof written === "string" ? readDay(written) : null;
  // A list, or one string of tags separated by commas or spaces, as Obsidian reads them.
  const tags = [...listValue(data.tags), ...listValue(data.tag)].flatMap((t) => t.split(/[,\s]+/)).filter((t) => t !== "").map((t) => t.replace(/^#/, ""));
  const status = { lastContact, tags, needsReview: needsReview(data), cadence: cadenceOf(data) };
  return copyStrings({ path, name, fileName, aliases: listValue(data.aliases).map(cleanName), emails: [...emails], role, company, handle, keyDates, ...status });
}

// V8 keeps a whole source text alive behind a sliced substring; a copy drops that link.
function copy(s: string): string {
  return (" " + s).slice(1);
}

function copyStrings(entry: PersonEntry): PersonEntry {
  return {
    path: copy(entry.path),
    name: copy(entry.name),
    fileName: copy(entry.fileName),
    aliases: entry.aliases.map(copy),
    emails: entry.emails.map(copy),
    role: entry.role === null ? null : copy(entry.role),
    company: entry.company === null ? null : copy(entry.company),
    handle: copy(entry.handle),
    keyDates: entry.keyDates.map((d) => ({ key: copy(d.key), label: copy(d.label), date: copy(d.date), value: copy(d.value) })),
    lastContact: entry.lastContact === null ? null : copy(entry.lastContact),
    tags: entry.tags.map(copy),
    needsReview: entry.needsReview,
    cadence: { ...entry.cadence },
  };
}
