import { format } from "date-fns";
import moment from "moment";
import { describe, expect, it } from "vitest";
import { checkDateFormat, dateFnsToMoment, formatDisplayDate, momentToDateFns } from "../../../src/core/person/display-date";

// Moment is what Obsidian formats dates with (it ships it to plugins as `moment`): the oracle here.
const OPTIONS = { useAdditionalWeekYearTokens: true, useAdditionalDayOfYearTokens: true };
const DATES = [
  new Date(2026, 0, 1, 0, 5, 9, 7),
  new Date(2026, 10, 25, 13, 45, 30, 250),
  new Date(2024, 1, 29, 23, 59, 59, 999),
  new Date(2027, 0, 3, 12, 0, 0, 0), // ISO week 53 of 2026, locale week 2 of 2027
  new Date(2020, 11, 31, 9, 30, 0, 0),
];

describe("Moment's tokens as date-fns formats them", () => {
  it.each([
    ["YYYY", "yyyy"], ["YY", "yy"], ["Y", "y"], ["Q", "Q"], ["Qo", "Qo"],
    ["MMMM", "MMMM"], ["MMM", "MMM"], ["MM", "MM"], ["M", "M"], ["Mo", "Mo"],
    ["DDDD", "DDD"], ["DDDo", "Do"], ["DDD", "D"], ["DD", "dd"], ["Do", "do"], ["D", "d"],
    ["dddd", "EEEE"], ["ddd", "EEE"], ["dd", "EEEEEE"], ["E", "i"],
    ["ww", "ww"], ["wo", "wo"], ["w", "w"], ["WW", "II"], ["Wo", "Io"], ["W", "I"],
    ["gggg", "YYYY"], ["gg", "YY"], ["GGGG", "RRRR"],
    ["A", "a"], ["a", "aaa"], ["HH", "HH"], ["H", "H"], ["hh", "hh"], ["h", "h"], ["kk", "kk"], ["k", "k"],
    ["mm", "mm"], ["m", "m"], ["ss", "ss"], ["s", "s"], ["SSS", "SSS"], ["SS", "SS"], ["S", "S"],
    ["ZZ", "xx"], ["Z", "xxx"], ["X", "t"], ["x", "T"],
  ])("%s is date-fns' %s, and prints what Moment prints", (token, dateFns) => {
    expect(momentToDateFns(token)).toBe(dateFns);
    for (const date of DATES) expect(format(date, dateFns, OPTIONS)).toBe(moment(date).format(token));
  });

  it.each(["LTS", "LT", "LLLL", "LLL", "LL", "L", "llll", "lll", "ll", "l"])("the localized %s prints what English Moment prints", (token) => {
    for (const date of DATES) expect(format(date, momentToDateFns(token), OPTIONS)).toBe(moment(date).locale("en").format(token));
  });

  it.each([
    "YYYY-MM-DD",
    "DD MMM YYYY",
    "dddd, MMMM Do YYYY",
    "[Week] W [of] GGGG",
    "YYYY-MM-DD[T]HH:mm",
    "[It's] D.M.YY",
    "ddd D MMM [at] h:mm a",
    "YYYY [[x]] MM",
    "[a[b]",
    "Do [o'clock''s]",
  ])("the pattern %j prints what Moment prints", (pattern) => {
    for (const date of DATES) expect(format(date, momentToDateFns(pattern), OPTIONS)).toBe(moment(date).format(pattern));
  });

  it.each(["d", "do", "e", "ddd d", "z", "N", "GG"])("refuses %j, which has no date-fns twin", (pattern) => {
    expect(() => checkDateFormat(pattern)).toThrow(/cannot be shown/);
  });
});

describe("formatDisplayDate", () => {
  it.each([
    ["2026-03-02", "YYYY-MM-DD", "2026-03-02"],
    ["2026-03-02", "DD MMM YYYY", "02 Mar 2026"],
    ["2026-03-02", "dddd, Do MMMM", "Monday, 2nd March"],
    ["2026-03-02", "ddd d", "2026-03-02"],
    ["not a date", "YYYY", "not a date"],
  ])("%s in %j is %j", (iso, pattern, shown) => {
    expect(formatDisplayDate(iso, pattern)).toBe(shown);
  });
});

describe("dateFnsToMoment", () => {
  it.each([
    ["yyyy-MM-dd", "YYYY-MM-DD"],
    ["d MMM yyyy", "D MMM YYYY"],
    ["EEE, do MMMM yyyy 'at' h:mm aaa", "ddd, Do MMMM YYYY [at] h:mm a"],
    ["dd.MM.yy", "DD.MM.YY"],
    ["'It''s' yyyy", "[It's] YYYY"],
    ["yyyy''MM", "YYYY'MM"],
    ["PPP", null],
  ])("%j is Moment's %j", (dateFns, momentPattern) => {
    expect(dateFnsToMoment(dateFns)).toBe(momentPattern);
  });

  it("prints the same date as the date-fns pattern it came from", () => {
    for (const pattern of ["yyyy-MM-dd", "d MMM yyyy", "EEEE, do MMMM yyyy 'at' HH:mm", "yyyy 'Q'Q"]) {
      for (const date of DATES) expect(moment(date).format(dateFnsToMoment(pattern) ?? "")).toBe(format(date, pattern));
    }
  });
});
