import { inTemplateFolder } from "./template-folders";
import { hasTemplateSyntax } from "./template-syntax";
import { personMarks, type PersonMark, type PersonRules } from "./is-person";

/** A note as Obsidian's metadata cache knows it: no file read. */
export interface CachedNote {
  path: string;
  frontmatter: Readonly<Record<string, unknown>> | undefined;
  /** All the note's tags (frontmatter and body), asked only when needed. */
  tags: () => readonly string[];
}

/** How many notes each rule finds, how many people that makes, and how many templates were left out. */
export type PersonRuleCounts = Record<PersonMark, number> & { people: number; templates: number };

/** Counts the notes each person rule finds (a note found by two rules counts for both), for the settings tab. */
export function countPersonRules(notes: Iterable<CachedNote>, rules: PersonRules): PersonRuleCounts {
  const counts: PersonRuleCounts = { folder: 0, property: 0, tag: 0, people: 0, templates: 0 };
  const anywhere = { ...rules, templateFolders: [] };
  for (const note of notes) {
    const frontmatter = note.frontmatter ?? {};
    const marks = personMarks(note.path, frontmatter, anywhere, note.tags);
    if (marks.length === 0) continue;
    if (inTemplateFolder(note.path, rules.templateFolders) || hasTemplateSyntax(JSON.stringify(frontmatter))) {
      counts.templates++;
      continue;
    }
    for (const mark of marks) counts[mark]++;
    counts.people++;
  }
  return counts;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The counts in words, as the settings tab shows them. */
export function describePersonRuleCounts(counts: PersonRuleCounts): string {
  const found = `${plural(counts.people, "person", "people")}: ${counts.folder} in the people folder, ${counts.property} by type or category, ${counts.tag} by tag.`;
  return counts.templates === 0 ? found : `${found} ${plural(counts.templates, "template", "templates")} left out.`;
}
