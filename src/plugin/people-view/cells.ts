import { formatDisplayDate, type KeepInTouch, type PeopleColumn, type PeopleRow } from "../../core";
import { relativeDate } from "../panel/model/relative-time";

/** Column headers, in sentence case, in the order the table shows them. */
export const COLUMN_TITLES: Record<PeopleColumn, string> = {
  name: "Name",
  company: "Company",
  role: "Role",
  lastContact: "Last contact",
  nextKeyDate: "Next date",
  keepInTouch: "Keep in touch",
  needsReview: "Review",
};

const KEEP_IN_TOUCH: Record<KeepInTouch, string> = { stale: "Stale", snoozed: "Snoozed", "on-track": "On track", "not-tracked": "" };

/** What each cell of a row reads, in words, dates in the user's date format: the renderer only places them. */
export function cellTexts(row: PeopleRow, today: string, dateFormat: string): Record<PeopleColumn, string> {
  const next = row.nextKeyDate;
  return {
    name: row.name,
    company: row.company,
    role: row.role,
    lastContact: row.lastContact ? relativeDate(row.lastContact, today) : "",
    nextKeyDate: next ? `${next.label} ${next.date === today ? "today" : formatDisplayDate(next.date, dateFormat)}` : "",
    keepInTouch: row.keepInTouch === "stale" ? `Stale ${row.overdueDays} ${row.overdueDays === 1 ? "day" : "days"}` : KEEP_IN_TOUCH[row.keepInTouch],
    needsReview: row.needsReview ? "Needs review" : "",
  };
}

/** A cell's tooltip: the whole text (a cell may be cut short), and the date itself behind "3 weeks ago". */
export function cellTitle(column: PeopleColumn, row: PeopleRow, text: string, dateFormat: string): string {
  if (column === "lastContact" && row.lastContact) return formatDisplayDate(row.lastContact, dateFormat);
  return text;
}
