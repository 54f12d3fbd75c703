import { applyTextEdit, type TextEdit } from "../text/text-edit";
import { addListItem, removeListItem, setScalar, setString } from "./edit";

/**
 * The old names of the frontmatter edits, for the callers outside frontmatter/ (person/status,
 * keep-in-touch, rename, merge; tests) until they call `frontmatterEdit` themselves: then
 * this file goes. The string-returning ones apply the edit.
 */
export const setFrontmatterScalarEdit = setScalar;
export const removeFrontmatterListItemEdit = removeListItem;

export function setFrontmatterString(text: string, key: string, value: string): string {
  return applied(text, setString(text, key, value));
}

export function addFrontmatterListItem(...args: Parameters<typeof addListItem>): string {
  return applied(args[0], addListItem(...args));
}

function applied(text: string, edit: TextEdit | null): string {
  return edit === null ? text : applyTextEdit(text, edit);
}
