import { z } from "zod";

/** Rows a list tool gives at once unless asked: a 10,000-person vault would fill a model's context. */
export const PAGE_SIZE = 100;
const MOST = 1000;

/** The `limit` and `offset` arguments of every list tool. */
export const PAGE_INPUT = {
  limit: z.number().int().min(1).max(MOST).optional().describe(`How many to give at most (default ${PAGE_SIZE}, at most ${MOST}).`),
  offset: z.number().int().min(0).optional().describe("How many to skip first: the next_offset of the last answer, for the rows after it (default 0)."),
};

/** One page of a list: its rows, how many there are in all, and where the next page starts (null: this is the last). */
export interface Page<T> {
  rows: T[];
  total: number;
  offset: number;
  nextOffset: number | null;
}

export function pageOf<T>(all: readonly T[], limit = PAGE_SIZE, offset = 0): Page<T> {
  const rows = all.slice(offset, offset + limit);
  const end = offset + rows.length;
  return { rows, total: all.length, offset, nextOffset: end < all.length ? end : null };
}

/**
 * The page as text: how many there are (`3 people:`), and when the page is not all of them,
 * which it shows and how to ask for the next (`10,000 people; 1-100 shown, offset 100 for more:`);
 * then a line per row.
 */
export function pageText<T>(page: Page<T>, one: string, many: string, line: (row: T) => string): string {
  const count = `${page.total.toLocaleString("en")} ${page.total === 1 ? one : many}`;
  const shown = page.rows.length === 0 ? "none shown past the end" : `${page.offset + 1}-${page.offset + page.rows.length} shown`;
  const heading = page.rows.length === page.total ? `${count}:` : `${count}; ${shown}${page.nextOffset === null ? "" : `, offset ${page.nextOffset} for more`}:`;
  return [heading, ...page.rows.map(line)].join("\n");
}
