import { oneLine } from "./unicode";

/**
 * A value of several lines as one line of a table cell or a contact field: its lines trimmed,
 * blank ones left out, the rest joined with " / "; then as every stored line (oneLine): NFC,
 * runs of white space (a tab too) as one space.
 */
export function valueLine(value: string): string {
  return oneLine(
    value
      .split(/\r\n|[\r\n\u2028\u2029]/)
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .join(" / "),
  );
}
