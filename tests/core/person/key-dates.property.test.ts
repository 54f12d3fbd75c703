import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, nextOccurrence, readKeyDate } from "../../../src/core";
import { fuzzRuns } from "../../support/fuzz-runs";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const pad = (n: number): string => String(n).padStart(2, "0");

/** A real calendar day from 1900 to 2100, as ISO. */
const day = fc.integer({ min: 0, max: 73_000 }).map((n) => addDays("1900-01-01", n));

describe("key dates, for any day", () => {
  it("every way of writing a day reads back as that day", () => {
    fc.assert(
      fc.property(day, (iso) => {
        const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
        const month = MONTHS[m - 1] ?? "";
        for (const written of [iso, `${d} ${month} ${y}`, `${month} ${d}, ${y}`, `${month.slice(0, 3)} ${d} ${y}`]) expect(readKeyDate(written), written).toBe(iso);
        for (const written of [`--${pad(m)}-${pad(d)}`, `--${pad(m)}${pad(d)}`, `${pad(m)}-${pad(d)}`, `${d} ${month}`]) expect(readKeyDate(written), written).toBe(`--${pad(m)}-${pad(d)}`);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it("the next occurrence is on or after today, within a year, on the same month and day (29 Feb on the 28th), or the day itself when still to come", () => {
    fc.assert(
      fc.property(day, day, fc.boolean(), (iso, today, withYear) => {
        const date = withYear ? iso : `--${iso.slice(5)}`;
        const next = nextOccurrence(date, today);
        expect(next.date >= today).toBe(true);
        if (withYear && iso >= today) {
          expect(next).toEqual({ date: iso, years: 0 });
          return;
        }
        expect(daysBetween(today, next.date)).toBeLessThan(366);
        expect([iso.slice(5), ...(iso.slice(5) === "02-29" ? ["02-28"] : [])]).toContain(next.date.slice(5));
        expect(next.years).toBe(withYear ? Number(next.date.slice(0, 4)) - Number(iso.slice(0, 4)) : null);
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
