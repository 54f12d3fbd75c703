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
  const unix = text.replace(/\r\n?/g, "\n");
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(unix);
  } catch {
    return { lines: [], body: text };
  }
  const { block, data } = parsed;
  if (!block) return { lines: [], body: text };
  const lines = KEYS.flatMap(([label, keys]) => {
    const values = valuesOf(data, keys);
    return values.length > 0 ? [`${label}: ${values.join(", ")}`] : [];
  });
  return { lines, body: unix.slice(block.end) };
}

/** The values of the first key that has any. */
function valuesOf(data: FrontmatterData, keys: readonly string[]): string[] {
  const values = keys.map((key) => (Array.isArray(data[key]) ? listValue(data[key]) : [scalarValue(data[key]) ?? ""].filter(Boolean)));
  return values.find((v) => v.length > 0) ?? [];
}
