import { cleanInline } from "./normalize";

/** One pasted line, its Markdown structure read: heading, list item, bold label, table row. */
export interface Line {
  /** The content without indentation, quote marks, heading hashes or list marker. */
  raw: string;
  /** The clean words (see cleanInline). */
  text: string;
  indent: number;
  /** ATX heading level, 0 for none. */
  heading: number;
  /** The whole line is bold: tools write headings and owner groups so. */
  bold: boolean;
  /** A list item: bullet, number or checkbox. */
  item: boolean;
  cells: string[] | null;
}

const RULE = /^(?:[-*_=]\s*){3,}$/;
const ATX = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/;
/** A bullet or number, then perhaps a checkbox; or a checkbox alone. */
const LIST_MARK = /^(?:(?:[-*+•●○◦▪▫■►▸‣⁃–—·]|\(?\d{1,3}[.)])\s+)?(?:(?:\[[ xX✓✔-]?\]|[☐☑☒✅✔✓⬜□])\s*)?/u;
const BOLD = /^(\*\*|__)(?!\s)(.+?)\1\s*(:?)$/;
const TABLE_RULE = /^\|?[\s:|-]+\|?$/;

export const BLANK: Line = { raw: "", text: "", indent: 0, heading: 0, bold: false, item: false, cells: null };

export function isBlank(line: Line): boolean {
  return line.text === "" && line.cells === null;
}

/** The next line with content after line `i`, if any. */
export function nextContent(lines: readonly Line[], i: number): Line | undefined {
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j];
    if (line && !isBlank(line)) return line;
  }
  return undefined;
}

/** A line of text standing for the content after a label (`Next steps: Dana will…`). */
export function textLine(raw: string): Line {
  return { ...BLANK, raw, text: cleanInline(raw) };
}

export function readLine(source: string): Line {
  const unquoted = source.replace(/^(?:\s*>)+ ?/, "");
  const indent = (/^\s*/.exec(unquoted)?.[0] ?? "").replace(/\t/g, "    ").length;
  let s = unquoted.trim();
  if (s === "" || RULE.test(s)) return BLANK;
  if (/^\|.*\|$/.test(s)) {
    if (TABLE_RULE.test(s)) return BLANK;
    const cells = s.slice(1, -1).split("|").map(cleanInline);
    return { ...BLANK, raw: s, indent, cells, text: cells.filter(Boolean).join(" – ") };
  }
  const atx = ATX.exec(s);
  const mark = atx ? "" : (LIST_MARK.exec(s)?.[0] ?? "");
  s = atx ? (atx[2] ?? "") : s.slice(mark.length);
  const bold = BOLD.exec(s);
  const isBold = bold !== null && !/\*\*|__/.test(bold[2] ?? "");
  const text = cleanInline(isBold ? `${bold[2] ?? ""}${bold[3] ?? ""}` : s);
  return { raw: s, text, indent, heading: atx?.[1]?.length ?? 0, bold: isBold, item: mark !== "", cells: null };
}
