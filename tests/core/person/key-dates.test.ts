import { DEFAULT_HEADINGS } from "../../../src/core/person/layout";
import { describe, expect, it } from "vitest";
import { contactRecord, keyDatesOf, nextOccurrence, parseFrontmatter, readKeyDate, yearsPhrase } from "../../../src/core";
import { scanOutline } from "../../../src/core/sections/outline";
import { md } from "../helpers";

describe("readKeyDate reads a date as people write it, and nothing else", () => {
  const cases: Array<[string, string | null]> = [
    ["1990-04-02", "1990-04-02"],
    ["1990/4/2", "1990-04-02"],
    ["1990-04-02T00:00:00Z", "1990-04-02"],
    ["  1990-04-02 ", "1990-04-02"],
    ["[[1990-04-02]]", "1990-04-02"], // a daily note link
    ["[[Journal/1990-04-02|2 April]]", "1990-04-02"], // a daily note in its folder
    ["[[Ana's birthday party]]", null],
    ["[[1990-04-02|2 April]]", "1990-04-02"],
    ["--04-02", "--04-02"], // vCard 3
    ["--0402", "--04-02"], // vCard 4
    ["04-02", "--04-02"], // a dash date is month first, as ISO writes it
    ["4-2", "--04-02"],
    ["2 April", "--04-02"],
    ["2nd of April 1990", "1990-04-02"],
    ["2 Apr. 1990", "1990-04-02"],
    ["April 2", "--04-02"],
    ["April 2, 1990", "1990-04-02"],
    ["apr 2nd 1990", "1990-04-02"],
    ["5 May", "--05-05"],
    ["13/04/1990", "1990-04-13"], // only one order is a date
    ["04/13/1990", "1990-04-13"],
    ["13.04.", "--04-13"],
    ["03/04/1990", null], // March or April: no key date
    ["1990-02-30", null], // no such day
    ["--02-30", null],
    ["1991-02-29", null], // 1991 is no leap year
    ["--02-29", "--02-29"], // a birthday without a year may be the 29th
    ["1992-02-29", "1992-02-29"],
    ["13-04", null], // month first: there is no month 13
    ["0402", null],
    ["spring 1990", null],
    ["", null],
    ["_Unknown_", null],
    ["1990-04-02 and 1991-05-03", null],
    ["1990-04-02 (approx.)", null],
  ];
  it.each(cases)("%j -> %j", (value, expected) => {
    expect(readKeyDate(value)).toBe(expected);
  });
});

describe("nextOccurrence: the next time on or after today, and the years it marks", () => {
  const cases: Array<[string, string, string, number | null]> = [
    ["1990-04-02", "2026-03-01", "2026-04-02", 36],
    ["1990-04-02", "2026-04-02", "2026-04-02", 36], // today counts
    ["1990-04-02", "2026-04-03", "2027-04-02", 37],
    ["--04-02", "2026-12-31", "2027-04-02", null],
    ["--12-31", "2026-12-31", "2026-12-31", null],
    ["1992-02-29", "2026-02-01", "2026-02-28", 34], // not a leap year: the 28th
    ["1992-02-29", "2028-02-01", "2028-02-29", 36],
    ["--02-29", "2026-03-01", "2027-02-28", null],
    ["2027-06-20", "2026-11-25", "2027-06-20", 0], // still to come the first time
    ["2026-11-25", "2026-11-25", "2026-11-25", 0],
  ];
  it.each(cases)("%s from %s -> %s, %s years", (date, today, next, years) => {
    expect(nextOccurrence(date, today)).toEqual({ date: next, years });
  });

  it("says the years as a birthday or an anniversary", () => {
    expect([yearsPhrase("birthday", 36), yearsPhrase("anniversary", 10), yearsPhrase("first met", 1), yearsPhrase("birthday", null), yearsPhrase("wedding", 0)]).toEqual([
      "turns 36",
      "10 years",
      "1 year",
      "",
      "",
    ]);
  });
});

const keyDates = (text: string, fields: string[] = []) => {
  const parsed = parseFrontmatter(text);
  return keyDatesOf(contactRecord(text, scanOutline(text), parsed, DEFAULT_HEADINGS), parsed.data, fields);
};

describe("keyDatesOf: birthday, anniversary and the fields the settings name, wherever the note keeps them", () => {
  it("Properties: birthday in any spelling, a named property the record does not know", () => {
    const note = md("---", "tags: [Person]", "DOB: 1990-04-02", "first_met: 2019-09-14", "anniversary: 2015-06-20", "---", "");
    expect(keyDates(note, ["First met"])).toEqual([
      { key: "birthday", label: "Birthday", date: "1990-04-02", value: "1990-04-02" },
      { key: "anniversary", label: "Anniversary", date: "2015-06-20", value: "2015-06-20" },
      { key: "first met", label: "First met", date: "2019-09-14", value: "2019-09-14" },
    ]);
  });

  it("the contact table (no year), inline fields and bold labels", () => {
    const note = md(
      "# Ana",
      "",
      "## Contact Information",
      "",
      "| Field | Value |",
      "|-------|-------|",
      "| **Birthday** | --04-02 |",
      "",
      "Wedding Anniversary:: 20 June 2015",
      "**Started:** March 3, 2021",
      "",
    );
    expect(keyDates(note, ["started"])).toEqual([
      { key: "birthday", label: "Birthday", date: "--04-02", value: "--04-02" },
      { key: "anniversary", label: "Anniversary", date: "2015-06-20", value: "20 June 2015" },
      { key: "started", label: "started", date: "2021-03-03", value: "March 3, 2021" },
    ]);
  });

  it("a value that is no date is left out; a later place with one counts; a field named twice counts once", () => {
    const note = md("---", "tags: [Person]", "birthday: sometime in spring", "---", "", "Birthday:: 2 April", "Renewal:: 1990-02-30", "");
    expect(keyDates(note, ["Birthday", "dob", "Renewal", " "])).toEqual([{ key: "birthday", label: "Birthday", date: "--04-02", value: "2 April" }]);
  });

  it("no key dates: an empty list", () => {
    expect(keyDates(md("---", "tags: [Person]", "birthday: _Unknown_", "---", ""))).toEqual([]);
  });
});
