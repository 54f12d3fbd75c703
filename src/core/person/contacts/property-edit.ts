import { KithError } from "../../errors";
import { formatScalar, frontmatterEdit, keyLinesOf, parseFrontmatter, readScalar, type ParsedFrontmatter } from "../../frontmatter";
import type { NewKeyPlacement } from "../../frontmatter/edit";
import { listItems } from "../../frontmatter/keys";
import type { TextEdit } from "../../text/text-edit";
import { isShownValue } from "./places";

/**
 * Sets a contact property where it is: a scalar stays a scalar (its quote style kept), a list
 * stays a list whose first value (the one shown) is replaced and the others kept; an empty list
 * gets the value as its item. Clearing a list removes its first value. An item that is no value
 * (YAML's null `~`, an empty one, `_Unknown_`) is neither shown nor replaced. A new property
 * goes where `placement` says.
 */
export function propertyEdit(text: string, key: string, value: string, placement: NewKeyPlacement = {}): TextEdit | null {
  const parsed = parseFrontmatter(text);
  const current = parsed.data[key];
  if (!Array.isArray(current)) return frontmatterEdit.setString(text, key, value, placement);
  const index = current.findIndex(isShownValue);
  const first = current[index];
  if (!isShownValue(first)) return value === "" ? null : frontmatterEdit.addListItem(text, key, value);
  if (value === "") return frontmatterEdit.removeListItem(text, key, first);
  if (first === value) return null;
  const expected = current.map((v, i) => (i === index ? value : v));
  return checkedEdit(text, parsed, key, expected, itemEdit(text, parsed, key, index, value));
}

/** A flow list's `[`. */
const FLOW_OPEN = /^[ \t]*\[/;
/** One flow item after the `[` or a comma: quoted, or plain up to a comma or `]`; then its comma or `]`. */
const FLOW_ITEM = /([ \t]*)('[^']*(?:''[^']*)*'|"[^"\\]*(?:\\.[^"\\]*)*"|[^,\]'"]*[^,\]'"\s])[ \t]*[,\]]/;

/** The splice replacing the list's `index`th item, in a block list (`- x`) or a flow list (`[x, y]`). */
function itemEdit(text: string, parsed: ParsedFrontmatter, key: string, index: number, value: string): TextEdit | null {
  const found = keyLinesOf(text, parsed).find((k) => k.key === key);
  if (!found) return null;
  const items = listItems(text, found);
  if (items.length > 0) {
    const item = items[index];
    if (!item) return null;
    const scalar = readScalar(text.slice(item.valueStart, item.line.end));
    if (!scalar) return null;
    return { from: item.valueStart + scalar.start, to: item.valueStart + scalar.end, insert: formatScalar(value, scalar.quote) };
  }
  const valueText = text.slice(found.valueStart, found.line.end);
  const open = FLOW_OPEN.exec(valueText);
  if (!open) return null;
  // Item after item from the `[` (a sticky copy: each match starts where the last ended).
  const next = new RegExp(FLOW_ITEM.source, "y");
  next.lastIndex = open[0].length;
  let flow = next.exec(valueText);
  for (let i = 0; i < index && flow; i++) flow = next.exec(valueText);
  if (!flow) return null;
  const [, space = "", old = ""] = flow;
  const quote = old.startsWith("'") ? "'" : old.startsWith('"') ? '"' : /[,[\]{}]/.test(value) ? "'" : "";
  const from = found.valueStart + flow.index + space.length;
  return { from, to: from + old.length, insert: formatScalar(value, quote) };
}

/** As frontmatter's own editors do: the edited block must read the same but for the key's first value. */
function checkedEdit(text: string, parsed: ParsedFrontmatter, key: string, expected: readonly unknown[], edit: TextEdit | null): TextEdit {
  const refused = new KithError("unsupported-frontmatter", `Kith cannot change the first value of "${key}" without touching other lines of the frontmatter; change it by hand.`);
  if (!edit || !parsed.block || edit.to > parsed.block.end) throw refused;
  let after: ParsedFrontmatter;
  try {
    after = parseFrontmatter(text.slice(0, edit.from) + edit.insert + text.slice(edit.to, parsed.block.end));
  } catch {
    throw refused;
  }
  if (JSON.stringify(after.data) !== JSON.stringify({ ...parsed.data, [key]: expected })) throw refused;
  return edit;
}
