import { KithError } from "../errors";
import { frontmatterEdit } from "../frontmatter";
import { scanOutline } from "../sections/outline";
import { bodyLines } from "../sections/section";
import { applyTextEdit } from "../text/text-edit";
import { headingsOf, type EditContext } from "./context";
import { changeBetween, finishEdit } from "./finish-edit";
import { personSection, type SectionKey } from "./layout";
import { cleanName, defaultHandle, nameKey, sameName, personFileName } from "./names";
import type { PersonRules } from "./is-person";
import { parsePerson, type Person } from "./parse";

export interface RenameOptions extends EditContext {
  rules?: PersonRules;
}

/**
 * The handle a person has after a rename: a handle made from the name follows the name; one
 * the user chose (the note's query says another) stays.
 */
export function handleAfterRename(person: Person, newName: string): string {
  return person.handle === defaultHandle(person.name) ? defaultHandle(cleanName(newName)) : person.handle;
}

/**
 * Renames the person inside their note: `title`, the H1, the name in the Open Tasks query and
 * the handle in the Tasks They Own query; the old name is kept as an alias so links and
 * lookups by it still find the person. The file itself is renamed by the host.
 */
export function renamePerson(text: string, path: string, rawName: string, ctx: RenameOptions): string {
  const newName = checkNewName(rawName);
  const person = parsePerson(text, path, { ...ctx.rules, headings: headingsOf(ctx) });
  if (person.name === newName) return text;
  const newHandle = handleAfterRename(person, newName);

  let result = applyTextEdit(text, frontmatterEdit.setString(text, "title", newName));
  const h1 = scanOutline(result).headings.find((h) => h.level === 1);
  if (h1) {
    const titleAt = result.indexOf(h1.title, h1.start);
    if (titleAt !== -1 && titleAt < h1.lineEnd) result = applyTextEdit(result, { from: titleAt, to: titleAt + h1.title.length, insert: newName });
  }
  result = replaceInQuery(result, ctx, "openTasks", `"${person.name}"`, `"${newName}"`);
  result = replaceInQuery(result, ctx, "tasksTheyOwn", `"${person.handle}"`, `"${newHandle}"`);
  if (!sameName(person.name, newName)) {
    result = applyTextEdit(result, frontmatterEdit.addListItem(result, "aliases", person.name, (a, b) => nameKey(a) === nameKey(b)));
  }
  // Each step reads the text the last one left (the frontmatter may gain lines): one change in all.
  return finishEdit(text, changeBetween(text, result), ctx.today);
}

/** Replaces a quoted string in the code lines (the Dataview query) of one section. */
function replaceInQuery(text: string, ctx: EditContext, key: SectionKey, from: string, to: string): string {
  if (from === to) return text;
  const outline = scanOutline(text);
  const headings = headingsOf(ctx);
  const section = personSection(text, outline, headings, headings[key]);
  if (!section) return text;
  const line = bodyLines(text, outline, section).find((l) => l.inCode && !l.inComment && l.text.includes(from));
  if (!line) return text;
  const at = line.start + line.text.indexOf(from);
  return applyTextEdit(text, { from: at, to: at + from.length, insert: to });
}

/** The new name cleaned; refused when empty or when nothing of it can be a file name. */
export function checkNewName(rawName: string): string {
  const name = cleanName(rawName);
  if (name === "") throw new KithError("invalid-name", "The new name is empty.");
  personFileName(name);
  return name;
}
