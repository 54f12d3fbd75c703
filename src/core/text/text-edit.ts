/** One splice of a text: `from..to` replaced by `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

export function applyTextEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

/** Whether the edit would leave the text as it is. */
export function isNoOp(text: string, edit: TextEdit): boolean {
  return edit.insert.length === edit.to - edit.from && text.startsWith(edit.insert, edit.from);
}
