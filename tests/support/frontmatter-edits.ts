/** The frontmatter edits as whole texts, for tests that compare texts: each applies its one splice. */
import { frontmatterEdit, type Sameness } from "../../src/core";
import { applyTextEdit } from "../../src/core/text/text-edit";

export function setFrontmatterString(text: string, key: string, value: string): string {
  return applyTextEdit(text, frontmatterEdit.setString(text, key, value));
}

export function addFrontmatterListItem(text: string, key: string, item: string, same?: Sameness): string {
  return applyTextEdit(text, frontmatterEdit.addListItem(text, key, item, same));
}
