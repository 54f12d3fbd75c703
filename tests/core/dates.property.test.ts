import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../src/core/dates";
import { fuzzRuns } from "../support/fuzz-runs";

/** The reading isIsoDate replaced: a regex and a round trip through Date.UTC. */
function viaDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
    expect(viaDate(value)).toBe(expected);
  });

  it("agrees with the Date round trip on near-dates", () => {
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
        expect(isIsoDate(value), value).toBe(viaDate(value));
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
