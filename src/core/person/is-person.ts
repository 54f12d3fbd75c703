import { locateFrontmatter, parseFrontmatter, type FrontmatterBlock, type FrontmatterData } from "../frontmatter";
import { scanOutline } from "../sections/outline";
import { PERSON_TYPE, type PersonHeadings } from "./layout";
import { inTemplateFolder } from "./template-folders";
import { hasTemplateSyntax, templateSyntaxIn } from "./template-syntax";

/** The `type`/`category` values and tags that mark a person note unless the settings say otherwise. */
export const PERSON_MARKERS: readonly string[] = ["person", "people", "contact"];

export interface PersonRules {
  headings?: PersonHeadings;
  /** The `type` new notes are written with: a marker too. */
  personType?: string;
  /** `type`/`category` values and tags (any case, with or without `type/`) that mark a person note. */
  markers?: readonly string[];
  /** The people folder (vault-relative). */
  peopleFolder?: string;
  /** Whether a note in the people folder is a person unless its `type`/`category` says it is something else (default on). */
  peopleFolderMarksPeople?: boolean;
  /** Template folders (the core Templates plugin's, Templater's): their notes are never people. */
  templateFolders?: readonly string[];
  /** The template note's prompt lines (templatePrompts): read as empty like the layout's own. */
  placeholders?: readonly string[];
  /** Dated fields the index keeps as key dates, besides birthday and anniversary (keyDatesOf). */
  keyDateFields?: readonly string[];
}

/** The rules that can mark a note as a person, as the settings tab counts them. */
export type PersonMark = "folder" | "property" | "tag";

/** Frontmatter as the core's parser or Obsidian's metadata cache gives it. */
type Frontmatter = Readonly<Record<string, unknown>>;

/** A value's strings: a lone string, or the strings of a list. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function markerSet(rules: PersonRules): Set<string> {
  return new Set([...(rules.markers ?? PERSON_MARKERS), rules.personType ?? PERSON_TYPE].map((m) => m.trim().toLowerCase()));
}

/** A `type`/`category` value as a marker reads it: `[[People]]` and `"[[People|folks]]"` are People. */
function kindOf(value: string): string {
  return value.trim().replace(/^\[\[([^|\]]*)(?:\|[^\]]*)?\]\]$/, "$1").trim().toLowerCase();
}

/** A tag as a marker reads it: no `#`, no `type/` prefix, its top level (`#Person/friends` is person). */
function tagKind(tag: string): string {
  return (/^#?(?:type\/)?([^/]*)/i.exec(tag.trim())?.[1] ?? "").toLowerCase();
}

/** Frontmatter tags: a list, or one string of tags separated by commas or spaces (`tag` is Obsidian's older key). */
function frontmatterTags(data: Frontmatter): string[] {
  return [...strings(data.tags), ...strings(data.tag)].flatMap((t) => t.split(/[,\s]+/));
}

/** The note's `type` and `category` values as markers read them (lower case, links unwrapped). */
export function kinds(data: Frontmatter): string[] {
  return [...strings(data.type), ...strings(data.category)].map(kindOf).filter((k) => k !== "");
}

function inPeopleFolder(path: string, data: Frontmatter, rules: PersonRules, markers: Set<string>): boolean {
  const folder = rules.peopleFolder?.replace(/^\/+|\/+$/g, "") ?? "";
  if (folder === "" || rules.peopleFolderMarksPeople === false || !path.startsWith(`${folder}/`)) return false;
  // A note the user gave another kind (`type: meeting`) stays that, even in the people folder.
  const own = kinds(data);
  return own.length === 0 || own.some((k) => markers.has(k));
}

function hasMarkerTag(tags: readonly string[], markers: Set<string>): boolean {
  return tags.some((t) => markers.has(tagKind(t)));
}

/**
 * Which rules mark a note as a person (all of them, for counting): the people folder, a
 * `type`/`category`, a tag in the frontmatter or `bodyTags` (the body's inline tags, or all the
 * note's tags as Obsidian's getAllTags gives them). None for a note in a template folder.
 */
export function personMarks(path: string, data: Frontmatter, rules: PersonRules = {}, bodyTags: () => readonly string[] = () => []): PersonMark[] {
  if (inTemplateFolder(path, rules.templateFolders)) return [];
  const markers = markerSet(rules);
  const marks: PersonMark[] = [];
  if (inPeopleFolder(path, data, rules, markers)) marks.push("folder");
  if (kinds(data).some((k) => markers.has(k))) marks.push("property");
  if (hasMarkerTag(frontmatterTags(data), markers) || hasMarkerTag(bodyTags(), markers)) marks.push("tag");
  return marks;
}

/**
 * Whether frontmatter marks a person note: the people folder, a `type`/`category` of a marker,
 * or a marker tag (in the frontmatter, else among `bodyTags`, asked only then); never in a
 * template folder.
 */
export function isPersonData(data: FrontmatterData, path: string, rules: PersonRules = {}, bodyTags: () => readonly string[] = () => []): boolean {
  if (inTemplateFolder(path, rules.templateFolders)) return false;
  const markers = markerSet(rules);
  return (
    inPeopleFolder(path, data, rules, markers) ||
    kinds(data).some((k) => markers.has(k)) ||
    hasMarkerTag(frontmatterTags(data), markers) ||
    hasMarkerTag(bodyTags(), markers)
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The body's inline tags that name a marker (`#person`, `#Type/People`, `#contact/work`), outside
 * fenced code and comments. A tag starts the line or follows white space and runs on in letters, digits,
 * `_`, `-` and `/`, as Obsidian reads tags. The outline is scanned only when a tag is there.
 */
export function inlineMarkerTags(text: string, block: FrontmatterBlock | null, rules: PersonRules = {}): string[] {
  const alternatives = [...markerSet(rules)].map(escapeRegExp).join("|");
  const tag = new RegExp(`(?:^|\\s)(#(?:type/)?(?:${alternatives})(?:/[\\p{L}\\p{N}_/-]*)?)(?![\\p{L}\\p{N}_-])`, "giu");
  const body = text.slice(block?.end ?? 0);
  const found = [...body.matchAll(tag)];
  if (found.length === 0) return [];
  // Obsidian indexes no tag inside code or a comment.
  const { fences, comments } = scanOutline(text);
  const offset = block?.end ?? 0;
  const hidden = (at: number): boolean => [...fences, ...comments].some(([start, end]) => at >= start && at < end);
  return found.filter((m) => !hidden(offset + m.index)).map((m) => m[1] ?? "");
}

/**
 * Whether raw frontmatter text seems to mark a person: a `type`, `category` or `tags` line, or a
 * list item, that names a marker. For notes whose YAML does not parse, so `doctor` can tell
 * which of them were meant to be people.
 */
export function mentionsPersonMarker(yamlText: string, rules: PersonRules = {}): boolean {
  const alternatives = [...markerSet(rules)].map(escapeRegExp).join("|");
  return new RegExp(`^(?:(?:type|category|tags?)[ \\t]*:|[ \\t]*-)[^\\n]*?[^\\p{L}\\p{N}_](?:${alternatives})(?![\\p{L}\\p{N}_-])`, "imu").test(yamlText);
}

/**
 * The frontmatter of a person note, or null when the note is no person: unmarked, in a template
 * folder, or holding unrendered template syntax in its frontmatter (a template nobody rendered:
 * checked on the raw text first, since such YAML may not even parse). Malformed frontmatter of
 * any other note throws its FrontmatterError, for `doctor` to report.
 */
export function personData(text: string, path: string, rules: PersonRules = {}): FrontmatterData | null {
  if (inTemplateFolder(path, rules.templateFolders)) return null;
  const block = locateFrontmatter(text);
  if (block && hasTemplateSyntax(text.slice(block.contentStart, block.contentEnd))) return null;
  const data = block ? parseFrontmatter(text).data : {};
  return isPersonData(data, path, rules, () => inlineMarkerTags(text, block, rules)) ? data : null;
}

/** Whether a note is a person note (see personData). */
export function isPersonNote(text: string, path: string, rules: PersonRules = {}): boolean {
  return personData(text, path, rules) !== null;
}

/**
 * Why a note that is no person note is not one, in words for a refusal: a template (by its
 * folder or its unrendered syntax), or no marker the rules know.
 */
export function notAPersonMessage(text: string, path: string, rules: PersonRules = {}): string {
  const templates = rules.templateFolders?.find((f) => inTemplateFolder(path, [f]));
  if (templates !== undefined) return `${path} is in the template folder ${templates}: a template, not a person note.`;
  const block = locateFrontmatter(text);
  const syntax = block ? templateSyntaxIn(text.slice(block.contentStart, block.contentEnd)) : null;
  if (syntax !== null) return `${path} has template syntax in its frontmatter (${syntax}): a template nobody rendered, not a person note.`;
  const markers = [...markerSet(rules)].join(", ");
  const folder = rules.peopleFolder?.replace(/^\/+|\/+$/g, "") ?? "";
  if (folder === "" || rules.peopleFolderMarksPeople === false) return `${path} is not a person note: no type, category or tag of ${markers}.`;
  if (!path.startsWith(`${folder}/`)) return `${path} is not a person note: no type, category or tag of ${markers}, and not in the people folder (${folder}).`;
  const own = kinds(block ? parseFrontmatter(text).data : {}).join(", ");
  return `${path} is in the people folder, but its type or category (${own}) says it is no person note.`;
}
