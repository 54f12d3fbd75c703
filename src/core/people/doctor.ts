import { FrontmatterError } from "../errors";
import { locateFrontmatter, scalarValue } from "../frontmatter";
import { scanOutline } from "../sections/outline";
import { findSection } from "../sections/section";
import { CONTACT_FIELDS, DEFAULT_HEADINGS, PERSON_TYPE, SECTION_ORDER, type SectionKey } from "../person/layout";
import { nameKey } from "../person/names";
import { kinds, mentionsPersonMarker, personData, type PersonRules } from "../person/is-person";
import { inTemplateFolder } from "../person/template-folders";
import { templateSyntaxIn } from "../person/template-syntax";
import { entryOf, fileNameOf, personEntry, type PersonEntry } from "./entry";

/** What `kith doctor` (or a plugin command) reports: one problem of one note. */
export interface DoctorFinding {
  path: string;
  problem: string;
}

/** Sections a person note may lack without being reported: Older Context appears only once a cap moves lines there. */
const OPTIONAL_SECTIONS: ReadonlySet<SectionKey> = new Set(["olderContext"]);

function inFolder(path: string, folder: string | undefined): boolean {
  const f = folder?.replace(/^\/+|\/+$/g, "") ?? "";
  return f !== "" && path.startsWith(`${f}/`);
}

/** A template expression as a finding quotes it: its first line, at most 40 characters. */
function quoted(syntax: string): string {
  const line = syntax.split("\n")[0] ?? "";
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/**
 * Problems of one note: an empty note where the people folder marks people, unrendered template
 * syntax or malformed frontmatter (for notes meant to be people: in that folder, or naming a
 * person marker in their frontmatter text), and, for person notes, a name that is still template
 * syntax or the canonical sections they lack (when they keep Kith's layout at all). Notes in template folders are templates: not checked.
 */
export function checkPersonNote(path: string, text: string, rules: PersonRules = {}): DoctorFinding[] {
  return inspectPersonNote(path, text, rules).findings;
}

/**
 * A note's problems (checkPersonNote's) and its index entry (personEntry's), from one read of its
 * frontmatter and outline: `doctor` needs both for every note that may be a person.
 */
export function inspectPersonNote(path: string, text: string, rules: PersonRules = {}): { findings: DoctorFinding[]; entry: PersonEntry | null } {
  const none = (...findings: DoctorFinding[]): { findings: DoctorFinding[]; entry: null } => ({ findings, entry: null });
  if (inTemplateFolder(path, rules.templateFolders)) return none();
  const folderMarks = rules.peopleFolderMarksPeople !== false && inFolder(path, rules.peopleFolder);
  // An interrupted write or a crashed tool leaves an empty file where a person should be.
  if (text.trim() === "" && folderMarks) {
    return { findings: [{ path, problem: `empty note (${text.length === 0 ? "0 bytes" : "only white space"}): fill it in or delete it` }], entry: personEntry(path, text, rules) };
  }
  let data;
  try {
    const block = locateFrontmatter(text);
    const yamlText = block ? text.slice(block.contentStart, block.contentEnd) : "";
    // Checked before the YAML is read: `created: {{date}}` or a `<%* ... -%>` line may not parse.
    const syntax = templateSyntaxIn(yamlText);
    if (syntax !== null) {
      return folderMarks || mentionsPersonMarker(yamlText, rules)
        ? none({ path, problem: `template syntax in frontmatter (${quoted(syntax)}): a template nobody rendered, not a person; render it, or move it to the templates folder` })
        : none();
    }
    data = personData(text, path, rules);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    // The YAML cannot be read, so look for a person marker in the raw text.
    return folderMarks || mentionsPersonMarker(text, rules) ? none({ path, problem: error.message }) : none();
  }
  if (!data) return none();
  const headings = rules.headings ?? DEFAULT_HEADINGS;
  const outline = scanOutline(text);
  const entry = entryOf(path, text, data, outline, rules);
  const name = scalarValue(data.title)?.trim() || outline.headings.find((h) => h.level === 1)?.title || fileNameOf(path);
  const nameSyntax = templateSyntaxIn(name);
  if (nameSyntax !== null) return { findings: [{ path, problem: `template syntax in the name (${quoted(nameSyntax)}): a template nobody rendered, not a person` }], entry };
  const layout = SECTION_ORDER.filter((key) => !OPTIONAL_SECTIONS.has(key));
  const has = new Set(layout.filter((key) => findSection(text, outline, headings[key])));
  // A note that keeps the layout's contact fields as properties (`email:`, `role:`), as new notes do with that setting, needs no contact table.
  const inProperties = CONTACT_FIELDS.some((field) => Object.prototype.hasOwnProperty.call(data, field.toLowerCase()));
  const missing = layout.filter((key) => !has.has(key) && !(key === "contact" && inProperties)).map((key) => headings[key]);
  // Another layout is not a broken one: a note with none of Kith's sections (Properties only),
  // or one whose type names another kind of person note (`type: person`, `category: contact`).
  const types = kinds(data);
  const otherLayout = has.size === 0 || (types.length > 0 && !types.includes((rules.personType ?? PERSON_TYPE).toLowerCase()));
  return { findings: missing.length === 0 || otherLayout ? [] : [{ path, problem: `missing sections: ${missing.join(", ")}` }], entry };
}

/** Groups of values that share a key, in first-seen order; groups of one are left out. */
function collisions<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** People whose names compare equal (case, accents, spacing, "Last, First" ignored): lookups by name cannot tell them apart. */
export function checkDuplicateNames(entries: readonly PersonEntry[]): DoctorFinding[] {
  return collisions(entries, (e) => nameKey(e.name)).flatMap((group) =>
    group.map((entry) => ({
      path: entry.path,
      problem: `duplicate name "${entry.name}" (also ${others(group.map((e) => e.path), entry.path)})`,
    })),
  );
}

/** Paths that differ only in case: one file hides the other on case-insensitive file systems (macOS, Windows, sync). */
export function checkCaseCollisions(paths: readonly string[]): DoctorFinding[] {
  return collisions(paths, (p) => p.normalize("NFC").toLowerCase()).flatMap((group) =>
    group.map((path) => ({ path, problem: `file name differs only in case from ${others(group, path)}` })),
  );
}

function others(paths: readonly string[], self: string): string {
  return paths.filter((p) => p !== self).join(", ");
}
