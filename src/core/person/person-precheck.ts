import { locateFrontmatter } from "../frontmatter";
import type { PersonRules } from "./is-person";
import { PERSON_MARKERS } from "./is-person";
import { PERSON_TYPE } from "./layout";

/**
 * A cheap first look at a note's raw text, before its YAML is parsed: false only when the full
 * rules (is-person.ts) cannot find a person in it, so a scan of 100,000 meetings parses none.
 *
 * Every rule of is-person needs one of these in the raw text: the people folder in the path, or
 * a marker word (a `type`/`category` value, a frontmatter tag, a `#tag`) standing alone, with no
 * letter or digit right before or after it (`[[People]]`, `type/person`, `#contact/work`).
 * Matched with the `iu` flags, so case folds as toLowerCase folds it for ASCII markers; a
 * marker with other characters, or an empty one, turns the check off. A backslash in the
 * frontmatter could be a YAML escape (`"\x70erson"`) and a line break inside a marker folds to a
 * space, so those are "maybe" too. Never throws: a note whose frontmatter does not close is "maybe",
 * for the full rules to report.
 */
export function personPrecheck(rules: PersonRules = {}): (text: string, path: string) => boolean {
  // The markers as is-person's markerSet lowercases them.
  const markers = [...(rules.markers ?? PERSON_MARKERS), rules.personType ?? PERSON_TYPE].map((m) => m.trim().toLowerCase());
  if (markers.some((m) => m === "" || /[^\x20-\x7e]/.test(m))) return () => true;
  const folder = rules.peopleFolder?.replace(/^\/+|\/+$/g, "") ?? "";
  const inFolder = folder !== "" && rules.peopleFolderMarksPeople !== false ? (path: string) => path.startsWith(`${folder}/`) : () => false;
  const words = markers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")).join("|");
  const marker = new RegExp(`(?:${words})(?![\\p{L}\\p{N}])`, "giu");
  return (text, path) => inFolder(path) || hasMarker(text, marker) || escapedFrontmatter(text);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `marker` (global) matches with no letter or digit right before it. The character
 * before is checked here, not in the regex: a lookbehind fails on iOS, and a leading
 * `(?:^|[^\p{L}\p{N}])` made the scan 13x slower. A match refused for that is searched again
 * from its next character, since a marker with punctuation in it may overlap itself.
 */
function hasMarker(text: string, marker: RegExp): boolean {
  marker.lastIndex = 0;
  for (let match = marker.exec(text); match !== null; match = marker.exec(text)) {
    if (match.index === 0 || !WORD_CHAR.test(text[match.index - 1] ?? "")) return true;
    marker.lastIndex = match.index + 1;
  }
  return false;
}

/** Whether the frontmatter may hold a YAML escape; true when it does not close (the full rules say why). */
function escapedFrontmatter(text: string): boolean {
  try {
    const block = locateFrontmatter(text);
    return block !== null && text.slice(block.contentStart, block.contentEnd).includes("\\");
  } catch {
    return true;
  }
}
