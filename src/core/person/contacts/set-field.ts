import { KithError } from "../../errors";
import { frontmatterEdit, parseFrontmatter } from "../../frontmatter";
import { lineFrom, scanOutline } from "../../sections/outline";
import { insertLineEdit } from "../../sections/edit";
import { detectEol, lineStart } from "../../text/lines";
import type { TextEdit } from "../../text/text-edit";
import { valueLine } from "../../text/one-line";
import { setContactRow, type ContactFieldOptions } from "../contact";
import { headingsOf } from "../context";
import { finishEdit } from "../finish-edit";
import { UNKNOWN } from "../layout";
import { contactFieldName, contactKey, newFieldName } from "./aliases";
import { contactPlaces, SOURCE_ORDER, type ContactPlace, type ContactSource } from "./places";
import { propertyEdit } from "./property-edit";
import { livingPlace } from "./record";

/**
 * Sets one contact field where it lives (see livingPlace): a table row's value cell, a
 * property (a scalar stays a scalar, a list keeps its other values), an inline field's value
 * (`Email:: x` changes only x) or a bold label's (`**Location:** x`). A field the note does not
 * have goes where the note keeps most of its fields (ties and a note with none: the table).
 * Null or empty clears the value (`_Unknown_` in a table row or bold label).
 */
export function setContactField(text: string, field: string, value: string | null, ctx: ContactFieldOptions): string {
  const name = contactFieldName(field);
  const clean = valueLine(value ?? ""); // as a new note writes it: lines joined with " / "
  const outline = scanOutline(text);
  // The layout's own sections keep their own lines (see contactPlaces): a field is neither read,
  // written nor followed there.
  const parsed = parseFrontmatter(text);
  const places = contactPlaces(text, outline, parsed, headingsOf(ctx));
  const read = { outline, frontmatterParsed: true };
  const key = contactKey(name);
  const lives = livingPlace(places.filter((p) => p.key === key));
  // A property the note has that is no contact field (`pronouns`), in this case or another: Obsidian reads keys in any case as one.
  const own = lives ? undefined : Object.prototype.hasOwnProperty.call(parsed.data, name) ? name : Object.keys(parsed.data).find((k) => k.toLowerCase() === name.toLowerCase());
  // A field new to the note is never one of its own properties (`title`, `tags`), in any layout.
  if (!lives) newFieldName(own ?? name);
  // Obsidian's own property, a list in every layout: a new alias goes there, never into a table row.
  if (!lives && key === "aliases") {
    const edit = clean === "" ? null : frontmatterEdit.addListItem(text, own ?? "aliases", clean);
    return finishEdit(text, edit ? [edit] : [], ctx.today, read);
  }
  const source = lives?.source ?? mostUsedSource(places);
  if (source === "table") return setContactRow(text, lives?.label ?? name, clean, ctx, read);
  if (source === "property") {
    // A new one after the note's last contact property, as a new line follows its source's last field.
    const last = places.filter((p) => p.source === "property" && p.key !== "aliases").at(-1);
    const edit = propertyEdit(text, lives?.label ?? own ?? propertyName(name, places), clean, { after: last ? [last.label] : [] });
    return finishEdit(text, edit ? [edit] : [], ctx.today, read);
  }
  if (lives) return finishEdit(text, [valueEdit(text, lives, clean)], ctx.today, read);
  return finishEdit(text, [newLineEdit(text, places, source, name, clean)], ctx.today, read);
}

/** A new property's key in the note's case: lower case when every contact property is (`email`, `organisation`), else as given. */
function propertyName(name: string, places: readonly ContactPlace[]): string {
  const labels = places.filter((p) => p.source === "property" && p.key !== "aliases").map((p) => p.label);
  return labels.length > 0 && labels.every((label) => label === label.toLowerCase()) ? name.toLowerCase() : name;
}

/**
 * The source with the most fields, earlier in SOURCE_ORDER on a tie; the table for a note with
 * none. `aliases` is not counted: Obsidian's own property, in notes of every layout, it says
 * nothing of where a note keeps its contact details.
 */
function mostUsedSource(places: readonly ContactPlace[]): ContactSource {
  const count = (source: ContactSource): number => places.filter((p) => p.source === source && p.key !== "aliases").length;
  return SOURCE_ORDER.reduce((best, source) => (count(source) > count(best) ? source : best), "table");
}

/** An inline field's or bold label's value replaced; nothing else on the line changes. */
function valueEdit(text: string, place: ContactPlace, value: string): TextEdit {
  const closer = place.inText ? /[\])]/ : null;
  if (closer?.test(value)) throw new KithError("invalid-value", `"${value}" holds a bracket, which would end the inline field ${place.label}:: early; set it by hand.`);
  const written = value === "" && place.source === "bold-label" ? UNKNOWN : value;
  // `Email::` with nothing after it gets the usual space before its new value.
  const space = place.valueFrom === place.valueTo && text[place.valueFrom - 1] === ":" && written !== "" ? " " : "";
  return { from: place.valueFrom, to: place.valueTo, insert: space + written };
}

/** A new line for the field after the last field line of its source, written like that line. */
function newLineEdit(text: string, places: readonly ContactPlace[], source: ContactSource, name: string, value: string): TextEdit {
  // A field on a line of its own is the one to follow; one inside text (`[Role:: x]`) only when there is no other.
  const same = places.filter((p) => p.source === source);
  const last = same.filter((p) => !p.inText).at(-1) ?? same.at(-1);
  if (!last) throw new Error(`no ${source} place to follow`);
  const line = lineFrom(text, lineStart(text, last.valueFrom));
  const prefix = last.inText ? "" : last.prefix;
  const written = source === "bold-label" ? boldLine(line.text, prefix, name, value || UNKNOWN) : inlineLine(prefix, name, value);
  return insertLineEdit(text, line.next === line.end ? text.length : line.next, written, detectEol(text));
}

/** `**Name:** value` or `**Name**: value`, as the line it follows writes its label. */
function boldLine(after: string, prefix: string, name: string, value: string): string {
  return after.includes(":**") ? `${prefix}${name}:** ${value}` : `${prefix}${name}**: ${value}`;
}

/** `Name:: value`, or `**Name**:: value` after a bold key, with the list marker of the line it follows. */
function inlineLine(prefix: string, name: string, value: string): string {
  return prefix.endsWith("**") ? `${prefix}${name}**:: ${value}` : `${prefix}${name}:: ${value}`;
}
