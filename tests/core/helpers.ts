import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

/** The edit context of every test: the clock is fixed. */
export const CTX = { today: "2026-11-25" } as const;
export const TODAY = CTX.today;

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "notes");

/** A fixture note's exact text (a BOM stays in the string as U+FEFF). */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".md"))
    .sort();
}

/** Lines joined with LF: notes in tests are written as one string per line. */
export function md(...lines: string[]): string {
  return lines.join("\n");
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}

export const BOM = "\uFEFF";

/** One before/after case: `edit(before)` must be exactly `after`. */
export interface EditCase {
  name: string;
  before: string;
  after: string;
  edit: (text: string) => string;
}

/** One refusal: `edit(before)` must throw an error whose message matches `error`. */
export interface RefusalCase {
  name: string;
  before: string;
  error: RegExp;
  edit: (text: string) => string;
  /** The KithError code, when the case checks it. */
  code?: string;
}

export function runEditCases(cases: EditCase[]): void {
  it.each(cases)("$name", ({ before, after, edit }) => {
    const result = edit(before);
    expect(result).toBe(after);
  });
}

/** What `work` throws, or undefined when it returns. */
export function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}

export function runRefusalCases(cases: RefusalCase[]): void {
  it.each(cases)("refuses: $name", ({ before, error, edit, code }) => {
    const thrown = thrownBy(() => edit(before));
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toMatch(error);
    if (code !== undefined) expect((thrown as { code?: string }).code).toBe(code);
  });
}

/** The lines of a text, each with its own line break (the last may have none). */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A line-level difference: the lines only `before` has and the lines only `after` has, in order. */
export interface LineDiff {
  removed: string[];
  added: string[];
  /** Runs of changed lines that touch: one hunk is one contiguous change. */
  hunks: number;
}

/**
 * The line diff of two texts (common prefix and suffix, then a longest common subsequence of
 * the rest). Lines keep their line breaks, so a changed line ending shows up as a change.
 */
export function lineDiff(before: string, after: string): LineDiff {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  // LCS table over the differing middle only: it is small for a surgical edit.
  const n = midA.length;
  const m = midB.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let hunks = 0;
  let inHunk = false;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      i++;
      j++;
      inHunk = false;
      continue;
    }
    if (!inHunk) hunks++;
    inHunk = true;
    if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      added.push(midB[j]!);
      j++;
    } else {
      removed.push(midA[i]!);
      i++;
    }
  }
  return { removed, added, hunks };
}

/** Line content without its line break. */
export function stripEol(line: string): string {
  return line.replace(/\r?\n$/, "");
}

/**
 * `base` with each `[from, to]` replaced once (exact text; a `from` that is not there is a
 * mistake in the test, so it throws). Used to state an expected text as "the note, but".
 */
export function change(base: string, ...pairs: Array<[string, string]>): string {
  let out = base;
  for (const [from, to] of pairs) {
    const at = out.indexOf(from);
    if (at === -1) throw new Error(`test setup: ${JSON.stringify(from)} is not in the text`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

/** The footer as a change pair: the empty `*Last updated: *` gets today's date. */
export const STAMP: [string, string] = ["*Last updated: *", `*Last updated: ${TODAY}*`];
