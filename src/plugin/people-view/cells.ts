import type { KeepInTouch, PeopleColumn, PeopleRow } from "../../core";
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

/** What each cell of a row reads, in words: the renderer only places them. */
export function cellTexts(row: PeopleRow, today: string): Record<PeopleColumn, string> {
  return {
    name: row.name,
    company: row.company,
    role: row.role,
    lastContact: row.lastContact ? relativeDate(row.lastContact, today) : "",
    nextKeyDate: row.nextKeyDate ? `${row.nextKeyDate.label} ${row.nextKeyDate.date === today ? "today" : row.nextKeyDate.date}` : "",
    keepInTouch: row.keepInTouch === "stale" ? `Stale ${row.overdueDays} ${row.overdueDays === 1 ? "day" : "days"}` : KEEP_IN_TOUCH[row.keepInTouch],
    needsReview: row.needsReview ? "Needs review" : "",
  };
}
