/**
 * Unrendered template syntax: Templater's `<% tp.file.title %>` and `<%* ... -%>` blocks, and
 * the core Templates plugin's `{{title}}`, `{{date}}`, `{{date:YYYY-MM-DD}}`. A note that still
 * holds it in its frontmatter or name is a template nobody rendered, not a person.
 * (Syntax as Templater's and Obsidian's Templates documentation show it.)
 */
const TEMPLATE_SYNTAX = /<%[^]*?%>|\{\{[^{}\n]*\}\}/;

/** Whether a text (a frontmatter block, a name) holds unrendered template syntax. */
export function hasTemplateSyntax(text: string): boolean {
  return TEMPLATE_SYNTAX.test(text);
}

/** The first unrendered template expression in a text, to name it in a message; null when there is none. */
export function templateSyntaxIn(text: string): string | null {
  return TEMPLATE_SYNTAX.exec(text)?.[0] ?? null;
}
