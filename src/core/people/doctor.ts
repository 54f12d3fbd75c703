import { FrontmatterError } from "../errors";
import { parseFrontmatter } from "../frontmatter";
import { scanOutline } from "../sections/outline";
import { findSection } from "../sections/section";
import { DEFAULT_HEADINGS, SECTION_ORDER, PERSON_TYPE, type SectionKey } from "../person/layout";
import { nameKey } from "../person/names";
import { isPersonData, type PersonRules } from "../person/is-person";
import type { PersonEntry } from "./entry";

/** What `kith doctor` (or a plugin command) reports: one problem of one note. */
export interface DoctorFinding {
  path: string;
  problem: string;
}

/** Sections a person note may lack without being reported: Older Context appears only once a cap moves lines there. */
const OPTIONAL_SECTIONS: ReadonlySet<SectionKey> = new Set(["olderContext"]);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function inFolder(path: string, folder: string | undefined): boolean {
  const f = folder?.replace(/^\/+|\/+$/g, "") ?? "";
  return f !== "" && path.startsWith(`${f}/`);
}

/**
 * Problems of one note: an empty note in the people folder, malformed frontmatter (for notes
 * that are meant to be people: in the people folder, or saying `type: people` in text the YAML
 * parser refused) and, for person notes, the canonical sections they lack.
 */
export function checkPersonNote(path: string, text: string, rules: PersonRules = {}): DoctorFinding[] {
  // An interrupted write or a crashed tool leaves an empty file where a person should be.
  if (text.trim() === "" && inFolder(path, rules.peopleFolder)) {
    return [{ path, problem: `empty note (${text.length === 0 ? "0 bytes" : "only white space"}): fill it in or delete it` }];
  }
  let data;
  try {
    data = parseFrontmatter(text).data;
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    // The YAML cannot be read, so look for the type line in the raw text.
    const typeLine = new RegExp(`^type:[ \\t]*(["']?)${escapeRegExp(rules.personType ?? PERSON_TYPE)}\\1[ \\t]*\\r?$`, "m");
    return inFolder(path, rules.peopleFolder) || typeLine.test(text) ? [{ path, problem: error.message }] : [];
  }
  if (!isPersonData(data, path, rules)) return [];
  const headings = rules.headings ?? DEFAULT_HEADINGS;
  const outline = scanOutline(text);
  const missing = SECTION_ORDER.filter((key) => !OPTIONAL_SECTIONS.has(key) && !findSection(text, outline, headings[key])).map(
    (key) => headings[key],
  );
  return missing.length === 0 ? [] : [{ path, problem: `missing sections: ${missing.join(", ")}` }];
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
