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
 * `@Handle`s in the text, `@` included, as written: what `/(?:^|[\s(])(@[\p{L}\p{N}_.-]*[\p{L}\p{N}_])/gu`
 * captures, read by hand (each `@` and the characters after it), as the task index reads
 * every task's handles.
 */
export function taskHandles(text: string): string[] {
  const handles: string[] = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    // Only at the start, or after white space or `(`; a surrogate is neither.
    if (at > 0 && text.charCodeAt(at - 1) !== 40 && !isSpace(text.charCodeAt(at - 1))) continue;
    let end = at + 1;
    for (let i = at + 1; i < text.length; ) {
      const codePoint = text.codePointAt(i) ?? 0;
      i += codePoint > 0xffff ? 2 : 1;
      if (codePoint === 95 || isWordChar(codePoint)) end = i;
      else if (codePoint !== 46 && codePoint !== 45) break;
    }
    // A handle ends on a letter, digit or `_`; trailing `.` and `-` are the sentence's.
    if (end > at + 1) handles.push(text.slice(at, end));
  }
  return handles;
}

// Character classes by code point, learnt as met: a regex test the first time, a table read after.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/;
const bmpClass = new Uint8Array(0x10000);
const astralWordChar = new Map<number, boolean>();
const KNOWN = 1;
const WORD = 2;
const WHITE = 4;

function bmpClassOf(unit: number): number {
  let bits = bmpClass[unit] ?? 0;
  if (bits === 0) {
    const char = String.fromCharCode(unit);
    bits = KNOWN | (WORD_CHAR.test(char) ? WORD : 0) | (SPACE.test(char) ? WHITE : 0);
    bmpClass[unit] = bits;
  }
  return bits;
}

/** Whether a code point is a letter or digit (`\p{L}`, `\p{N}`): a character of a word. */
export function isWordChar(codePoint: number): boolean {
  if (codePoint < 0x10000) return (bmpClassOf(codePoint) & WORD) !== 0;
  let known = astralWordChar.get(codePoint);
  if (known === undefined) astralWordChar.set(codePoint, (known = WORD_CHAR.test(String.fromCodePoint(codePoint))));
  return known;
}

/** Whether a UTF-16 code unit is white space (`\s`, which holds no astral character). */
function isSpace(unit: number): boolean {
  return (bmpClassOf(unit) & WHITE) !== 0;
}

/** A new open task line in the Tasks plugin's style. */
export function formatTaskLine(text: string, handle: string | null, due: string | null): string {
  const parts = [`- [ ] ${text.replace(/\s+/g, " ").trim()}`];
  if (handle && !text.includes(handle)) parts.push(handle);
  if (due) parts.push(`📅 ${due}`);
  return parts.join(" ");
}
