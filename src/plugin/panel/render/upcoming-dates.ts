import { upcomingDateText, type UpcomingDate } from "../../../core";
import { firstThenAll, noteLink, section, type RenderContext } from "./parts";

/** Rows shown before "Show all": the soonest dates; the command lists them all too. */
const FIRST_DATES = 5;

/**
 * "Upcoming dates" at the foot of the panel: everyone's key dates in the next 30 days, from the
 * people index, soonest first; a name opens the person (Ctrl/Cmd-click: a new tab). Without
 * any, the panel shows no such section: the command says "none" when asked.
 */
export function renderUpcomingDates(root: HTMLElement, dates: readonly UpcomingDate[], today: string, dateFormat: string, ctx: RenderContext): void {
  if (dates.length === 0) return;
  const key = "upcoming-dates";
  const body = section(root, key, "Upcoming dates", ctx, dates.length);
  const list = body.createEl("ul", { cls: "kith-items kith-upcoming-dates" });
  const rows = (from: number, to: number): void => {
    for (const date of dates.slice(from, to)) {
      const row = list.createEl("li", { cls: "kith-upcoming-date" });
      noteLink(row, date.name, `${key}:${date.path}:${date.key}`, (evt) => ctx.actions.openNote(date.path, evt.ctrlKey || evt.metaKey));
      row.createDiv({ cls: "kith-upcoming-detail", text: upcomingDateText(date, today, dateFormat) });
    }
  };
  firstThenAll(body, key, dates.length, FIRST_DATES, "dates", ctx, rows);
}
