/**
 * The prompts the default layout writes under Relationship, Background, Projects and Tasks
 * They Own. Only these (and a template note's own prompt lines, see templatePrompts) count as
 * empty: an italic line the user wrote is content, never a placeholder to replace.
 */
export const LAYOUT_PROMPTS = {
  relationship: "_How do you work with this person? What is your dynamic?_",
  background: "_Career history, expertise, interests, personal details shared..._",
  projects: "_What projects are you collaborating on with this person?_",
  tasksTheyOwn: "_Action items this person is responsible for:_",
} as const;

const PROMPTS: readonly string[] = Object.values(LAYOUT_PROMPTS);

/** Whether `content` (trimmed) is exactly one of the layout's prompts or one of `extra` (a template note's prompts). */
export function isPlaceholder(content: string, extra: readonly string[] = []): boolean {
  const t = content.trim();
  return PROMPTS.includes(t) || extra.includes(t);
}

/**
 * A template note's own prompt lines: each line of it that is one italic span and nothing
 * else (`_..._` or `*...*`), as written once `{{...}}` fields are filled. Notes made from the
 * template hold these lines until the user writes over them.
 */
export function templatePrompts(template: string): string[] {
  return template
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => /^_[^_]+_$|^\*[^*]+\*$/.test(l) && !l.includes("{{"));
}
