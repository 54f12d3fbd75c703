import { scanLinks } from "./scan";

/** The path of the link under the cursor (`ch` in `line`), or null when there is none. */
export function linkAt(line: string, ch: number): string | null {
  const link = scanLinks(line).find((l) => ch >= l.start && ch <= l.end);
  return link ? link.linkpath : null;
}
