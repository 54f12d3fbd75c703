import { listValue, parseFrontmatter, scalarValue, type FrontmatterData } from "../../frontmatter";

/**
 * A recap pasted from a note (an exporter's or another vault's) may open with YAML
 * frontmatter: its title, date and attendees become header lines, the rest of it goes.
 */
const KEYS: ReadonlyArray<[label: string, keys: readonly string[]]> = [
  ["Title", ["title", "meeting", "subject", "name"]],
  ["Date", ["date", "meeting_date", "meeting-date", "start", "created"]],
  ["Attendees", ["attendees", "participants", "invitees", "people"]],
];

export function splitFrontmatter(text: string): { lines: string[]; body: string } {
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text.replace(/\r\n?/g, "\n"));
  } catch {
    return { lines: [], body: text };
  }
  const { block, data } = parsed;
  if (!block) return { lines: [], body: text };
  const lines = KEYS.flatMap(([label, keys]) => {
    const values = valuesOf(data, keys);
    return values.length > 0 ? [`${label}: ${values.join(", ")}`] : [];
  });
  return { lines, body: text.replace(/\r\n?/g, "\n").slice(block.end) };
}

function valuesOf(data: FrontmatterData, keys: readonly string[]): string[] {
  for (const key of keys) {
    const value = data[key];
    const values = Array.isArray(value) ? listValue(value) : [scalarValue(value) ?? ""].filter(Boolean);
    if (values.length > 0) return values;
  }
  return [];
}
