import { contactKey, contactPlaces, frontmatterEdit, parseFrontmatter, scanOutline, setContactField, type ContactFieldOptions } from "../../core";
import { headingsOf } from "../../core/person/context";
import { finishEdit } from "../../core/person/finish-edit";
import { livingPlace } from "../../core/person/contacts/record";

/** Fields a person has several of; the others hold one value, which a new one replaces. */
const LIST_VALUED = new Set(["email", "phone", "address", "url", "linkedin"]);

export const isListValued = (field: string): boolean => LIST_VALUED.has(contactKey(field));

/** How values share one table cell or line: addresses hold commas, so they are split on semicolons. */
const joinerOf = (key: string): string => (key === "address" ? "; " : ", ");
const splitValues = (key: string, text: string): string[] => text.split(key === "address" ? /\s*;\s*/ : /\s*[,;]\s*/).filter((v) => v.trim() !== "");

/**
 * Adds a value to a list-valued contact field where it lives: one more item of a property list
 * (`email: [a, b]`), else the value joined to the cell or line (`a@x, b@y`). A value already
 * there (any case) changes nothing; a field with no value is simply set.
 */
export function addContactValue(text: string, field: string, value: string, ctx: ContactFieldOptions): string {
  const key = contactKey(field);
  const places = contactPlaces(text, scanOutline(text), parseFrontmatter(text), headingsOf(ctx)).filter((p) => p.key === key);
  const lives = livingPlace(places);
  const held = (lives?.values ?? []).flatMap((v) => splitValues(key, v));
  const same = (v: string): boolean => v.trim().toLowerCase() === value.trim().toLowerCase();
  if (held.some(same)) return text;
  if (!lives || held.length === 0) return setContactField(text, field, value, ctx);
  if (lives.source === "property" && Array.isArray(parseFrontmatter(text).data[lives.label])) {
    const edit = frontmatterEdit.addListItem(text, lives.label, value.trim(), (a, b) => a.toLowerCase() === b.toLowerCase());
    return finishEdit(text, edit ? [edit] : [], ctx.today);
  }
  return setContactField(text, field, [...held, value.trim()].join(joinerOf(key)), ctx);
}
