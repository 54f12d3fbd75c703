/** One change of a text: `from..to` (offsets in the text before) replaced by `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/** The text with the edit made; null (no change to make) leaves it as it is. */
export function applyTextEdit(text: string, edit: TextEdit | null): string {
  return edit ? applyTextEdits(text, [edit]) : text;
}

/**
 * Applies edits given against the same text, in order of position (edits at one place in the
 * order given). Overlapping edits are a mistake of the caller, refused.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.from - b.from);
  let result = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.from < at || edit.to < edit.from || edit.to > text.length) throw new Error(`Edits overlap or leave the text: ${JSON.stringify(sorted.map(({ from, to }) => [from, to]))}`);
    result += text.slice(at, edit.from) + edit.insert;
    at = edit.to;
  }
  return result + text.slice(at);
}

/** Whether the edit would leave the text as it is. */
export function isNoOp(text: string, edit: TextEdit): boolean {
  return edit.insert.length === edit.to - edit.from && text.startsWith(edit.insert, edit.from);
}
