import { KithError } from "../../errors";
import { formatScalar, frontmatterEdit, keyLinesOf, listValue, parseFrontmatter, readScalar, type ParsedFrontmatter } from "../../frontmatter";
import { listItems } from "../../frontmatter/keys";
import type { TextEdit } from "../../text/text-edit";

/**
 * Sets a contact property where it is: a scalar stays a scalar (its quote style kept), a list
 * stays a list whose first value (the one shown) is replaced and the others kept; an empty list
 * gets the value as its item. Clearing a list removes its first value.
 */
export function propertyEdit(text: string, key: string, value: string): TextEdit | null {
  const parsed = parseFrontmatter(text);
  const current = parsed.data[key];
  if (!Array.isArray(current)) return frontmatterEdit.setString(text, key, value);
  const first = listValue(current)[0];
  if (first === undefined) return value === "" ? null : frontmatterEdit.addListItem(text, key, value);
  if (value === "") return frontmatterEdit.removeListItem(text, key, first);
  if (first === value) return null;
  return checkedFirstItem(text, parsed, key, value, firstItemEdit(text, parsed, key, value));
}

/** A flow list's `[` and its first item: quoted, or plain up to a comma or `]`. */
const FLOW_FIRST = /^([ \t]*\[[ \t]*)('[^']*(?:''[^']*)*'|"[^"\\]*(?:\\.[^"\\]*)*"|[^,\]'"]*[^,\]'"\s])/;

/** The splice replacing the list's first item, in a block list (`- x`) or a flow list (`[x, y]`). */
function firstItemEdit(text: string, parsed: ParsedFrontmatter, key: string, value: string): TextEdit | null {
  const found = keyLinesOf(text, parsed).find((k) => k.key === key);
  if (!found) return null;
  const item = listItems(text, found)[0];
  if (item) {
    const scalar = readScalar(text.slice(item.valueStart, item.line.end));
    if (!scalar) return null;
    return { from: item.valueStart + scalar.start, to: item.valueStart + scalar.end, insert: formatScalar(value, scalar.quote) };
  }
  const flow = FLOW_FIRST.exec(text.slice(found.valueStart, found.line.end));
  if (!flow) return null;
  const [, open = "", old = ""] = flow;
  const quote = old.startsWith("'") ? "'" : old.startsWith('"') ? '"' : /[,[\]{}]/.test(value) ? "'" : "";
  const from = found.valueStart + open.length;
  return { from, to: from + old.length, insert: formatScalar(value, quote) };
}

/** As frontmatter's own editors do: the edited block must read the same but for the key's first value. */
function checkedFirstItem(text: string, parsed: ParsedFrontmatter, key: string, value: string, edit: TextEdit | null): TextEdit {
  const refused = new KithError("unsupported-frontmatter", `Kith cannot change the first value of "${key}" without touching other lines of the frontmatter; change it by hand.`);
  if (!edit || !parsed.block || edit.to > parsed.block.end) throw refused;
  let after: ParsedFrontmatter;
  try {
    after = parseFrontmatter(text.slice(0, edit.from) + edit.insert + text.slice(edit.to, parsed.block.end));
  } catch {
    throw refused;
  }
  const expected = { ...parsed.data, [key]: [value, ...listValue(parsed.data[key]).slice(1)] };
  if (JSON.stringify(after.data) !== JSON.stringify(expected)) throw refused;
  return edit;
}
