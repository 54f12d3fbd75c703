import Papa from "papaparse";
import { KithError } from "../errors";
import { birthdayOf, distinctValues, emptyCard, type ContactCard, type ContactsFile, type PositionedCard } from "./card";

/**
 * Google Contacts and Outlook CSV exports. Header names vary between exports (Google's older
 * `Given Name`, `E-mail 1 - Type` and newer `First Name`, `E-mail 1 - Label`; Outlook's
 * `E-mail Address`, `Mobile Phone`, `Business Street`), so each column is known by a pattern,
 * not a fixed list. Google puts several values in one cell split by ` ::: `. Column names from
 * Google's and Microsoft's export help pages and the header lists public converters write for
 * them (one lists Google's structured `Address 1 - Country`, `Address 1 - Street`, ... columns);
 * no code taken, fixtures our own.
 */
/**
 * A cell a spreadsheet would run as a formula (`=HYPERLINK(...)`, `@SUM`, `-2+3`), which the
 * export writes with a `'` before it (spreadsheets show that as text) and the import takes off
 * again. A phone number (`+1 206 555 0142`) is no formula: it is written as it is, since phones
 * would show the `'`. A value starting with `'` before such a cell gets one more, so it comes back whole.
 */
export const SPREADSHEET_FORMULA = /^'*(?:[=@\t\r]|[+-](?![\d\s().:+-]*$))/;

type Column = "name" | "given" | "middle" | "family" | "email" | "phone" | "company" | "role" | "birthday" | "note" | "photo" | "url" | "address";

const COLUMNS: Array<[Column, RegExp]> = [
  ["name", /^(name|display name|full name)$/i],
  ["given", /^(first name|given name)$/i],
  ["middle", /^(middle name|additional name)$/i],
  ["family", /^(last name|family name|surname)$/i],
  ["email", /^(e-?mail( \d+)? - value|e-?mail( \d+)? address|e-?mail( \d+)?)$/i],
  ["phone", /^(phone( \d+)? - value|mobile( phone)?|.+ phone( \d+)?)$/i],
  ["company", /^(company|organization( \d+)? - name|organization name|organisation)$/i],
  ["role", /^(job title|organization( \d+)? - title|organization title)$/i],
  ["birthday", /^(birthday|birth date)$/i],
  ["note", /^notes?$/i],
  ["photo", /^photo$/i],
  ["url", /^(web ?page|website( \d+)? - value|(personal|business) web page)$/i],
  ["address", /^address( \d+)? - formatted$/i],
];

/**
 * Address part columns: Outlook's (`Business Street`, `Home City`) and Google's structured ones
 * (`Address 1 - Street`, `Address 1 - Country`); group 1 names the address, group 2 the part.
 */
const ADDRESS_PART = /^(business|home|other|address \d+) -? ?(street|street 2|street 3|extended address|po box|city|state|region|postal code|country\/region|country)$/i;

/** The order an address's parts are joined in, whatever the columns' order. */
const PART_ORDER = ["street", "street 2", "street 3", "extended address", "po box", "city", "state", "region", "postal code", "country/region", "country"];

/**
 * The columns of a row that hold fax numbers: Outlook's `Business Fax` (and Home, Other), and a
 * Google `Phone 2 - Value` whose `Phone 2 - Type` says `Work Fax`.
 */
function faxColumns(header: readonly string[], row: readonly string[]): Set<number> {
  const typeOf = (n: string): string => row[header.findIndex((h) => h.trim().toLowerCase() === `phone ${n} - type`)] ?? "";
  return new Set(
    header.flatMap((h, i) => {
      const google = /^phone (\d+) - value$/i.exec(h.trim());
      return /^(business|home|other) fax$/i.test(h.trim()) || (google && /fax/i.test(typeOf(google[1] ?? ""))) ? [i] : [];
    }),
  );
}

/** Outlook's numbers that are someone else's: the assistant's, the company's switchboard. */
const NOT_THEIRS = /^(assistant's|company main) phone$/i;

export function columnOf(header: string): Column | null {
  if (NOT_THEIRS.test(header.trim())) return null;
  return COLUMNS.find(([, pattern]) => pattern.test(header.trim()))?.[0] ?? null;
}

/**
 * Every row of a contacts CSV as a card. A row that cannot be read (a broken quote, no name)
 * is skipped with a warning naming its line; a file whose header names no contact columns is an
 * error, nothing imported.
 */
export function readContactsCsv(text: string): ContactsFile {
  // Blank lines are kept (and passed over below) so that row numbers are the spreadsheet's.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  // A quote never closed takes every row below it into one cell: no row after it would be imported.
  const unclosed = parsed.errors.find((e) => e.code === "MissingQuotes");
  if (unclosed) throw new KithError("invalid-value", `row ${(unclosed.row ?? 0) + 1}: a quote (") opens a cell that never closes, so every row below it would be lost; close it and import again. Nothing was imported.`);
  const [header, ...rows] = parsed.data;
  const columns = (header ?? []).map(columnOf);
  const named = columns.some((c) => c === "name" || c === "given" || c === "family");
  if (!header || !named || !columns.some((c) => c === "email" || c === "phone" || c === "company")) {
    throw new KithError("invalid-value", "not a vCard file nor a contacts CSV (Google or Outlook): its first line names no name, email or phone columns; nothing was imported.");
  }
  const google = header.some((h) => / - (value|label|type)$/i.test(h));
  const source = google ? "Google CSV" : "Outlook CSV";
  // A row with too few or too many cells is still read (missing cells are empty); a broken quote is not.
  const broken = new Map(parsed.errors.filter((e) => e.type === "Quotes" && e.row !== undefined).map((e) => [(e.row ?? 0) - 1, e.message]));
  const cards: PositionedCard[] = [];
  const warnings: string[] = [];
  const dayFirst = daysFirst(rows.flatMap((row) => columns.flatMap((c, i) => (c === "birthday" ? [row[i] ?? ""] : []))));
  let skipped = 0;
  const skip = (why: string): void => {
    warnings.push(why);
    skipped++;
  };
  rows.forEach((row, i) => {
    // Row numbers count the header as row 1, as a spreadsheet shows them.
    const position = `row ${i + 2}`;
    if (row.every((cell) => cell.trim() === "")) return;
    const problem = broken.get(i);
    if (problem !== undefined) return skip(`${position}: not a readable CSV row (${problem}); skipped.`);
    const { card, notes } = rowCard(header, columns, row, source, dayFirst);
    if (card.name === "") return skip(`${position}: no name, email or company; skipped.`);
    cards.push({ position, card });
    warnings.push(...notes.map((note) => `${position}: ${note}`));
  });
  return { format: "csv", cards, warnings, skipped };
}

/** A birthday written `d/m/yyyy`, `m/d/yyyy` or `d.m.yyyy`, as Outlook writes it in the computer's language. */
const SLASH_DATE = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/;
/** Outlook's empty birthday. */
const NO_DATE = /^0{1,2}\/0{1,2}\/0{2,4}$/;

/**
 * Whether the file writes its slashed birthdays day first (`25/12/1980`, a British Outlook):
 * yes when one can only be read so, and none only month first; else month first, as US Outlook
 * writes them. null: no birthday says which (`02/04/1981` could be either).
 */
function daysFirst(cells: readonly string[]): boolean | null {
  const dates = cells.map((c) => SLASH_DATE.exec(c.trim())).filter((m) => m !== null);
  const dayFirstOnly = dates.some((m) => Number(m[1]) > 12);
  const monthFirstOnly = dates.some((m) => Number(m[3]) > 12);
  return dayFirstOnly && !monthFirstOnly ? true : monthFirstOnly ? false : null;
}

/** The birthday of a cell, read in the file's order, and what to tell about it. */
function birthdayCell(raw: string, dayFirst: boolean | null): { birthday: string | null; note: string | null } {
  const value = raw.trim();
  if (NO_DATE.test(value)) return { birthday: null, note: null };
  const parts = SLASH_DATE.exec(value);
  if (!parts) return read(birthdayOf(value), value, null);
  const [, first = "", separator, second = "", year = ""] = parts;
  // Undecided, a slash date is month first, as US Outlook writes it; a dot date day first, as every language that writes dots does.
  const dayFirstHere = dayFirst ?? separator === ".";
  const [month, day] = dayFirstHere ? [second, first] : [first, second];
  const either = dayFirst === null && first !== second && Number(first) <= 12 && Number(second) <= 12;
  return read(birthdayOf(`${month}/${day}/${year}`), value, either ? (dayFirstHere ? "day first" : "month first") : null);
}

/** A birthday cell read: the day, or why none; an order guessed is said. */
function read(birthday: string | null, value: string, guessed: string | null): { birthday: string | null; note: string | null } {
  if (birthday === null) return { birthday, note: `birthday "${value}" is no date Kith reads; left out.` };
  return { birthday, note: guessed ? `birthday "${value}" read ${guessed} (${birthday}): no birthday in the file shows which comes first; check it.` : null };
}

function rowCard(header: readonly string[], columns: readonly (Column | null)[], row: readonly string[], source: string, dayFirst: boolean | null): { card: ContactCard; notes: string[] } {
  const cells = (keep: (column: Column | null, i: number) => boolean): string[] => columns.flatMap((c, i) => (keep(c, i) ? unguarded(row[i] ?? "").split(" ::: ") : []));
  const values = (column: Column): string[] => cells((c) => c === column);
  const fax = faxColumns(header, row);
  const first = (column: Column): string | null => distinctValues(values(column))[0] ?? null;
  const notes: string[] = [];
  const card = emptyCard(source);
  // An email has an `@`: Outlook's Exchange (X.500) addresses, `/o=ExchangeLabs/...`, are none.
  const [emails, notEmails] = partition(distinctValues(values("email")), (e) => e.includes("@"));
  card.emails = emails;
  notes.push(...notEmails.map((e) => `"${e}" is no email address (an Exchange address, say); left out.`));
  card.phones = distinctValues(cells((c, i) => c === "phone" && !fax.has(i)));
  const faxes = distinctValues(cells((_c, i) => fax.has(i)));
  notes.push(...faxes.map((number) => `the fax number ${number} is no phone to call; left out.`));
  card.company = first("company");
  card.role = first("role");
  const birthday = first("birthday");
  const read = birthday === null ? null : birthdayCell(birthday, dayFirst);
  card.birthday = read?.birthday ?? null;
  if (read?.note) notes.push(read.note);
  card.addresses = distinctValues([...values("address").map((a) => a.replace(/\s*\r?\n\s*/g, ", ")), ...partAddresses(header, row)]);
  card.urls = distinctValues(values("url"));
  const photo = first("photo");
  card.photo = photo && /^https?:\/\//i.test(photo) ? { kind: "url", url: photo } : null;
  card.note = values("note").join("\n").trim() || null;
  // Prefix and suffix (Outlook's `Title` is `Ms.`) are left out: a note is named without them.
  const parts = (["given", "middle", "family"] as const).map(first).filter((p) => p !== null);
  const name = first("name") ?? (first("given") !== null || first("family") !== null ? parts.join(" ") : null);
  card.name = (name ?? card.company ?? card.emails[0] ?? "").replace(/\s+/g, " ").trim();
  return { card, notes };
}

/** A cell without the `'` the export guards a formula with (see SPREADSHEET_FORMULA). */
function unguarded(cell: string): string {
  return cell.startsWith("'") && SPREADSHEET_FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/** Addresses kept in parts, each joined with ", "; an address Google also gives formatted (`Address 1 - Formatted`) is read from there. */
function partAddresses(header: readonly string[], row: readonly string[]): string[] {
  const formatted = new Set(header.flatMap((h, i) => (/^(address \d+) - formatted$/i.test(h.trim()) && row[i]?.trim() ? [h.trim().toLowerCase().replace(/ - formatted$/, "")] : [])));
  const byAddress = new Map<string, Array<[number, string]>>();
  header.forEach((h, i) => {
    const match = ADDRESS_PART.exec(h.trim());
    const value = row[i]?.trim();
    const address = (match?.[1] ?? "").toLowerCase();
    if (!match || !value || formatted.has(address)) return;
    byAddress.set(address, [...(byAddress.get(address) ?? []), [PART_ORDER.indexOf((match[2] ?? "").toLowerCase()), value]]);
  });
  return [...byAddress.values()].map((parts) => parts.sort((a, b) => a[0] - b[0]).map(([, v]) => v).join(", "));
}
