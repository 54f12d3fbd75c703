import { KithError, contactKey, contactPlaces, frontmatterEdit, parseFrontmatter, scanOutline, setContactField, type ContactFieldOptions } from "../../core";
import { headingsOf } from "../../core/person/context";
import { finishEdit } from "../../core/person/finish-edit";
import { livingPlace } from "../../core/person/contacts/record";
import { splitValues } from "../../core/contacts-import/fields";

/** Fields a person has several of; the others hold one value, which a new one replaces. */
const LIST_VALUED = new Set(["email", "phone", "address", "url", "linkedin", "aliases"]);

export const isListValued = (field: string): boolean => LIST_VALUED.has(contactKey(field));

/** The separator a cell already uses between its values, else the usual one (`; ` for addresses, `, ` otherwise). */
function separatorIn(key: string, written: string): string {
  const used = /\s*[,;]\s*/.exec(written)?.[0];
  return splitValues(key, written).length > 1 && used ? used : key === "address" ? "; " : ", ";
}

/**
 * Adds a value to a list-valued contact field where it lives: one more item of a property list
 * (`email: [a, b]`), else the value after the cell's or line's text as written, with the
 * separator it already uses (`a@x; b@y` stays written so). A value already there (any case)
 * changes nothing; a field with no value is simply set. A property that holds one value is
 * refused: turning it into a list, or into one string of two, is the user's call.
 */
export function addContactValue(text: string, field: string, value: string, ctx: ContactFieldOptions): string {
  const key = contactKey(field);
  const parsed = parseFrontmatter(text);
  const places = contactPlaces(text, scanOutline(text), parsed, headingsOf(ctx)).filter((p) => p.key === key);
  const lives = livingPlace(places);
  const held = (lives?.values ?? []).flatMap((v) => splitValues(key, v));
  const same = (v: string): boolean => v.trim().toLowerCase() === value.trim().toLowerCase();
  if (held.some(same)) return text;
  if (!lives || held.length === 0) return setContactField(text, field, value, ctx);
  if (lives.source === "property") {
    if (!Array.isArray(parsed.data[lives.label])) {
      throw new KithError("invalid-value", `${lives.label} holds one value in the note's properties: make it a list there to keep several, or give replace: true to replace it.`);
    }
    const edit = frontmatterEdit.addListItem(text, lives.label, value.trim(), (a, b) => a.toLowerCase() === b.toLowerCase());
    return finishEdit(text, edit ? [edit] : [], ctx.today);
  }
  const written = text.slice(lives.valueFrom, lives.valueTo);
  return setContactField(text, field, `${written}${separatorIn(key, written)}${value.trim()}`, ctx);
}
