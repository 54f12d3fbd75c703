import type { LineSpan } from "../text/lines";
import type { FrontmatterBlock } from "./locate";

/**
 * Frontmatter as the user wrote it: every scalar stays a string (`2026-01-03`, `012`, `yes`
 * and `true` alike), so nothing is reinterpreted; the model decides what a value means.
 */
export type FrontmatterValue = string | null | FrontmatterValue[] | { [key: string]: FrontmatterValue };
export type FrontmatterData = Record<string, FrontmatterValue>;

/** A top-level key of the frontmatter and the lines its value spans. */
export interface KeyLines {
  key: string;
  /** The key's own line. */
  line: LineSpan;
  /** Offset in the note where the value text on the key line starts (just after the colon). */
  valueStart: number;
  /** Offset after the key's last value line (its line break included); blank and comment lines that trail are not the key's. */
  end: number;
  /** Lines after the key line that belong to its value (list items, nested keys). */
  children: LineSpan[];
}

export interface ParsedFrontmatter {
  block: FrontmatterBlock | null;
  data: FrontmatterData;
  /** The block's key lines, once an editor has walked them (see keyLinesOf). */
  keyLines?: KeyLines[];
}
