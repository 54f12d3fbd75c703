/**
 * Task lines as the Tasks and Dataview plugins write them:
 * `- [ ] Send the sizing @DanaOkafor 📅 2026-03-10 ^abc` or `- [ ] Call [due:: 2026-03-10]`.
 */
export interface TaskLine {
  /** The character between the brackets: ` `, `x`, `/`, `-`, ... */
  status: string;
  /** `[ ]` and `[/]` are open; `[x]` and `[-]` (and anything else) are not. */
  open: boolean;
  /** The text after the checkbox, as written. */
  text: string;
  /** The text without dates, recurrence, handles' `@` kept, block id and fields removed. */
  description: string;
  due: string | null;
  done: string | null;
  recurring: boolean;
  blockId: string | null;
  /** `@Handle`s in the text, `@` included. */
  handles: string[];
  /** Offset of the text (after `] `) within the line. */
  textStart: number;
}

const TASK = /^(\s*(?:[-*+]|\d+[.)])\s+\[(.)\]\s?)(.*)$/;
const DUE = /(?:📅|📆|🗓️?)\s*(\d{4}-\d\d-\d\d)|\[due::\s*(\d{4}-\d\d-\d\d)\s*\]|\(due::\s*(\d{4}-\d\d-\d\d)\s*\)/u;
const DONE = /✅\s*(\d{4}-\d\d-\d\d)|\[completion::\s*(\d{4}-\d\d-\d\d)\s*\]/u;
const BLOCK_ID = /\s\^([A-Za-z0-9-]+)\s*$/;
const SIGNIFIERS = /(?:📅|📆|🗓️?|⏳|🛫|➕|✅|❌)\s*\d{4}-\d\d-\d\d|🔁[^📅📆🗓⏳🛫➕✅❌^]*|[⏫🔼🔽🔺⏬]|\[[a-z]+::[^\]]*\]|\([a-z]+::[^)]*\)|\s\^[A-Za-z0-9-]+\s*$/gu;

export function parseTaskLine(line: string): TaskLine | null {
  const m = TASK.exec(line.replace(/\r$/, ""));
  if (!m?.[1] || m[2] === undefined) return null;
  const status = m[2];
  const text = m[3] ?? "";
  const done = DONE.exec(text);
  return {
    status,
    open: isOpenStatus(status),
    text,
    description: taskDescription(text),
    due: taskDue(text),
    done: done ? (done[1] ?? done[2] ?? null) : null,
    recurring: isRecurring(text),
    blockId: BLOCK_ID.exec(text)?.[1] ?? null,
    handles: taskHandles(text),
    textStart: m[1].length,
  };
}

/** `[ ]` and `[/]` are open. */
export function isOpenStatus(status: string): boolean {
  return status === " " || status === "/";
}

/** The first due date (Tasks' 📅, Dataview's `[due:: ]`) in a task's text, or null; the whole line reads the same (its marker and box hold none). */
export function taskDue(text: string): string | null {
  const due = DUE.exec(text);
  return due ? (due[1] ?? due[2] ?? due[3] ?? null) : null;
}

/** The text without dates, recurrence, priorities, fields and block id, spaces collapsed. */
export function taskDescription(text: string): string {
  return text.replace(SIGNIFIERS, "").replace(/\s+/g, " ").trim();
}

export function isRecurring(text: string): boolean {
  return text.includes("🔁") || text.includes("[repeat::");
}

/**
 * `@Handle`s in the text, `@` included, as written: at the start or after white space or `(`;
 * letters, digits, `_`, `.` and `-`, ending on a letter, digit or `_` (a trailing `.` or `-` is
 * the sentence's).
 */
export function taskHandles(text: string): string[] {
  return [...text.matchAll(HANDLE)].map((m) => m[1] ?? "");
}

// The white space or `(` before a handle is matched, not looked behind: iOS before 16.4 cannot parse a lookbehind.
const HANDLE = /(?:^|[\s(])(@[\p{L}\p{N}_.-]*[\p{L}\p{N}_])/gu;

/** A new open task line in the Tasks plugin's style. */
export function formatTaskLine(text: string, handle: string | null, due: string | null): string {
  const parts = [`- [ ] ${text.replace(/\s+/g, " ").trim()}`];
  if (handle && !text.includes(handle)) parts.push(handle);
  if (due) parts.push(`📅 ${due}`);
  return parts.join(" ");
}
