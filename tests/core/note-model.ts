/**
 * The generated-note model the property tests use, and how it renders. Shared by
 * tests/core/properties.test.ts and the fuzz reporter (tests/hostile/fuzz-setup.ts), which prints
 * a failing model as a fixture.
 */
export interface RenderableNote {
  eol: string;
  bom: boolean;
  frontmatter: string[] | null;
  sections: string[][];
  /** The footer block's lines (the rule, then `*Last updated: ...*`), or null. */
  footer: string[] | null;
  finalEol: boolean;
}

export function renderNote(m: RenderableNote): string {
  const lines: string[] = [];
  if (m.frontmatter) lines.push("---", ...m.frontmatter, "---", "");
  lines.push("# Person", "");
  for (const s of m.sections) lines.push(...s);
  if (m.footer !== null) lines.push("", ...m.footer);
  let text = lines.join(m.eol);
  if (m.finalEol) text += m.eol;
  return (m.bom ? "\uFEFF" : "") + text;
}
