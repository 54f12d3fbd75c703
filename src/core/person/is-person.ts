import { listValue, parseFrontmatter, scalarValue, type FrontmatterData } from "../frontmatter";
import { PERSON_TAG, PERSON_TYPE, type PersonHeadings } from "./layout";
import { sameTag } from "./status";

export interface PersonRules {
  headings?: PersonHeadings;
  /** The `type` value that marks a person note. */
  personType?: string;
  /** The people folder (vault-relative); with the `type/people` tag it marks a person note. */
  peopleFolder?: string;
  /** The template note's prompt lines (templatePrompts): read as empty like the layout's own. */
  placeholders?: readonly string[];
}

export function isPersonData(data: FrontmatterData, path: string, rules: PersonRules = {}): boolean {
  if (scalarValue(data.type) === (rules.personType ?? PERSON_TYPE)) return true;
  const folder = rules.peopleFolder?.replace(/\/+$/, "");
  const inFolder = folder === undefined || folder === "" || path.startsWith(`${folder}/`);
  return inFolder && listValue(data.tags).some((t) => sameTag(t, PERSON_TAG));
}

/** Whether a note is a person note: `type: people`, or the `type/people` tag in the people folder. */
export function isPersonNote(text: string, path: string, rules: PersonRules = {}): boolean {
  return isPersonData(parseFrontmatter(text).data, path, rules);
}

