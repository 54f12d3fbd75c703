import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/core/dates";
import { fuzzRuns } from "../support/fuzz-runs";

/** The Gregorian calendar's own rule, by arithmetic: an oracle independent of Date. */
function byCalendar(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= days;
}

describe("isIsoDate", () => {
  const cases: Array<[string, boolean]> = [
    ["2026-11-25", true],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2026-04-31", false],
    ["2026-12-31", true],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-01-00", false],
    ["0099-01-01", false],
    ["0100-01-01", true],
    ["9999-12-31", true],
    ["2026-1-25", false],
    ["2026-11-25 ", false],
    ["2026/11/25", false],
    ["２０２６-11-25", false],
    ["", false],
  ];
  it.each(cases)("%s is a date: %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
    expect(byCalendar(value)).toBe(expected);
  });

  it("agrees with the calendar's rule on near-dates", () => {
    const digits = (n: number) => fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((d) => d.join(""));
    const nearDate = fc.oneof(
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
        ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(nearDate, (value) => {
        expect(isIsoDate(value), value).toBe(byCalendar(value));
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
