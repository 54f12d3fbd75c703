import { isIsoDate } from "../dates";
import { isOpenStatus, statusType, type TaskStatusType } from "./task-status";

/**
 * Task lines as the Tasks and Dataview plugins write them:
 * `- [ ] Send the sizing @DanaOkafor 📅 2026-03-10 ^abc` or `- [ ] Call [due:: 2026-03-10]`.
 */
export interface TaskLine {
  /** The character between the brackets: ` `, `x`, `/`, `-`, `>`, ... */
  status: string;
  /** What the status means, as the Tasks plugin's default statuses read it (see task-status.ts). */
  statusType: TaskStatusType;
  /** Still to do: `todo` or `in-progress` (`[ ]`, `[/]`, `[>]`, `[!]`, `[?]`, ...); `[x]`, `[X]`, `[-]` are not. */
  open: boolean;
  /** The text after the checkbox, as written. */
  text: string;
  /** The text without dates, recurrence, priorities, Tasks' other fields, inline fields and block id; handles' `@` kept. */
  description: string;
  /** The due date (`YYYY-MM-DD`, a real calendar day; the day of a date with a time), or null. */
  due: string | null;
  /**
   * The due value as written when it is no calendar date (`📅 2022-02-29`, `[due:: 2026-13-01]`,
   * `[due:: soon]`): such a task has no due date, and this says why. Null otherwise.
   */
  dueInvalid: string | null;
  done: string | null;
  recurring: boolean;
  blockId: string | null;
  /** `@Handle`s in the text, `@` included. */
  handles: string[];
  /** Offset of the status character within the line. */
  statusStart: number;
  /** Offset of the text (after `] `) within the line. */
  textStart: number;
}

/**
 * A task line: before the list marker, spaces and the `>` of blockquotes and callouts
 * (`> - [ ]`, `> > - [ ]`, `>- [ ]`), as the Tasks plugin's indentation regex reads them
 * (obsidian-tasks, TaskRegularExpressions.indentationRegex `^([\s\t>]*)`).
 */
const TASK = /^([\s>]*(?:[-*+]|\d+[.)])\s+\[)(.)(\]\s?)(.*)$/;
const DATE = String.raw`\d{4}-\d\d-\d\d`;
/** Tasks' due emoji (and Dataview's), or Dataview's `due` inline field (key trimmed, case as written: Dataview's task `due` is `due`). */
const DUE = new RegExp(String.raw`(?:📅|📆|🗓️?)\s*(${DATE})|\[\s*due\s*::([^\]]*)\]|\(\s*due\s*::([^)]*)\)`, "u");
/** A Dataview date (its own grammar: YYYY-MM-DD, then optionally THH, :mm, :ss, .SSS and a zone); the day is the due date. */
const DATAVIEW_DATE = new RegExp(String.raw`^(${DATE})(?:T\d\d(?::\d\d(?::\d\d(?:\.\d{3})?)?)?(?:Z|[+-]\d\d?(?::\d\d)?)?)?$`);
const DONE = /✅\s*(\d{4}-\d\d-\d\d)|\[completion::\s*(\d{4}-\d\d-\d\d)\s*\]/u;
const BLOCK_ID = /\s\^([A-Za-z0-9-]+)\s*$/;
/**
 * What is not the description: Tasks' emoji fields (obsidian-tasks, DefaultTaskSerializer
 * DEFAULT_SYMBOLS: dates 📅📆🗓 ⏳⌛ 🛫 ➕ ✅ ❌, 🔁 recurrence, priorities, 🏁 on completion,
 * ⛔ depends on, 🆔 id), Dataview inline fields of any key (`[key:: value]`, `(key:: value)`)
 * and the block id.
 */
const SIGNIFIERS = new RegExp(
  [
    String.raw`(?:📅|📆|🗓|⏳|⌛|🛫|➕|✅|❌)\uFE0F?\s*${DATE}`,
    String.raw`🔁\uFE0F? *[a-zA-Z0-9, !]*`,
    String.raw`[⏫🔼🔽🔺⏬]\uFE0F?`,
    String.raw`🏁\uFE0F? *[a-zA-Z]*`,
    String.raw`⛔\uFE0F? *[\w-]+(?: *, *[\w-]+)*`,
    String.raw`🆔\uFE0F? *[\w-]*`,
    String.raw`\[[^[\]()]+?::[^\]]*\]`,
    String.raw`\([^[\]()]+?::[^)]*\)`,
    String.raw`\s\^[A-Za-z0-9-]+\s*$`,
  ].join("|"),
  "gu",
);

/** A task line's box and text, the first step of `parseTaskLine`: all the task index reads when it builds. */
export interface TaskBox {
  status: string;
  text: string;
  statusStart: number;
  textStart: number;
}

export function parseTaskBox(line: string): TaskBox | null {
  const m = TASK.exec(line.replace(/\r$/, ""));
  if (!m?.[1] || m[2] === undefined || m[3] === undefined) return null;
  return { status: m[2], text: m[4] ?? "", statusStart: m[1].length, textStart: m[1].length + 1 + m[3].length };
}

export function parseTaskLine(line: string): TaskLine | null {
  const box = parseTaskBox(line);
  if (!box) return null;
  const { status, text, statusStart, textStart } = box;
  const done = DONE.exec(text);
  const dueValue = taskDueValue(text);
  const due = dueValue === null ? null : dueDay(dueValue);
  return {
    status,
    statusType: statusType(status),
    open: isOpenStatus(status),
    text,
    description: taskDescription(text),
    due,
    dueInvalid: due === null && dueValue ? dueValue : null,
    done: done ? (done[1] ?? done[2] ?? null) : null,
    recurring: isRecurring(text),
    blockId: BLOCK_ID.exec(text)?.[1] ?? null,
    handles: taskHandles(text),
    statusStart,
    textStart,
  };
}

/** The first due value written (Tasks' 📅, Dataview's `[due:: ]`), trimmed, whether a date or not; null when there is none. */
function taskDueValue(text: string): string | null {
  const due = DUE.exec(text);
  return due ? (due[1] ?? due[2] ?? due[3] ?? "").trim() : null;
}

/** The calendar day a due value names (`2021-08-22`, `2021-08-22T10:30`), or null when it names none (`2022-02-29`, `soon`). */
function dueDay(value: string): string | null {
  const day = DATAVIEW_DATE.exec(value)?.[1];
  return day !== undefined && isIsoDate(day) ? day : null;
}

/** The due date of a task's text (see `TaskLine.due`), or null; the whole line reads the same (its marker and box hold none). */
export function taskDue(text: string): string | null {
  const due = taskDueValue(text);
  return due === null ? null : dueDay(due);
}

/** The text without Tasks' fields, inline fields and block id, spaces collapsed. */
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
