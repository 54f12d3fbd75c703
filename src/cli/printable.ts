/**
 * Text for one line of output: control characters (a newline or tab in a file name) are shown
 * escaped, as JSON writes them, so one name cannot break a line-per-record listing.
 */
export function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => JSON.stringify(c).slice(1, -1));
}
