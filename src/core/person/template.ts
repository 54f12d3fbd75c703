import { defaultHandle, cleanName, personFileName } from "./names";

/** What a template note's placeholders are filled with. */
export interface TemplateValues {
  name: string;
  date: string;
  handle?: string;
}

/**
 * A new person note from the user's template note: `{{name}}`, `{{date}}` and `{{handle}}`
 * (spaces inside the braces allowed) are replaced; everything else is kept as written.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const name = cleanName(values.name);
  personFileName(name); // refuses a name that cannot be a file name
  const filled: Record<string, string> = { name, date: values.date, handle: values.handle ?? defaultHandle(name) };
  return template.replace(/\{\{\s*(name|date|handle)\s*\}\}/g, (_, key: string) => filled[key] ?? "");
}
