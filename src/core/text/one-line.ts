/** A value as one line (a table cell, a contact field): its lines trimmed, blank ones left out, the rest joined with " / ". */
export function oneLine(value: string): string {
  return value
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" / ");
}
