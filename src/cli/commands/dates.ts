import { MOST_UPCOMING_DAYS, UPCOMING_DAYS, upcomingDates, yearsPhrase, type UpcomingDate } from "../../core";
import { UsageError, stringOption } from "../args";
import { loadPeople } from "../people";
import { printable } from "../printable";
import { JSON_OPTION, VAULT_OPTIONS, openVault, type Command } from "../vault";

/** `date<TAB>name<TAB>label (turns 36)<TAB>path`. */
function textLine(row: UpcomingDate): string {
  const years = yearsPhrase(row.key, row.years);
  return [row.date, row.name, years ? `${row.label} (${years})` : row.label, row.path].map(printable).join("\t");
}

function daysOf(value: string | undefined): number {
  if (value === undefined) return UPCOMING_DAYS;
  if (!/^\d+$/.test(value.trim()) || Number(value) > MOST_UPCOMING_DAYS) {
    throw new UsageError(`dates: --days must be a whole number of days from 0 to ${MOST_UPCOMING_DAYS} (a year: each date comes once), not "${value}".`);
  }
  return Number(value);
}

export const datesCommand: Command = {
  spec: {
    name: "dates",
    summary: "Lists birthdays, anniversaries and other key dates coming up, soonest first.",
    details: [
      "From today through --days days ahead (default 30; 0 is today only), from the people index: birthday and",
      "anniversary (in Properties, the contact table, inline fields or bold labels; a birthday may have no year),",
      "and the dated fields the plugin's \"Key date fields\" setting names. Text: the date, the name, the label",
      "with the age or years when the year is known, and the note's path, tab-separated. KITH_TODAY=YYYY-MM-DD",
      "sets today.",
    ].join("\n"),
    args: [],
    options: {
      ...VAULT_OPTIONS,
      days: { type: "string", value: "N", description: `How many days ahead (default ${UPCOMING_DAYS}).` },
      ...JSON_OPTION,
    },
  },
  async run(_args, values) {
    const days = daysOf(stringOption(values, "days"));
    const ctx = await openVault(values);
    const people = await loadPeople(ctx);
    // `--json` prints each UpcomingDate as it is: name, path, key, label, date, value, years.
    const rows = upcomingDates(people.entries(), ctx.today, days);
    if (values.json) console.log(JSON.stringify(rows, null, 2));
    else if (rows.length === 0) console.log(days === 0 ? "No key dates today." : `No key dates in the next ${days} ${days === 1 ? "day" : "days"}.`);
    else for (const r of rows) console.log(textLine(r));
    return 0;
  },
};
