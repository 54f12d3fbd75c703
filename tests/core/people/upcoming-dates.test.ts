import { describe, expect, it } from "vitest";
import { personEntry, upcomingDates, type PersonEntry } from "../../../src/core";
import { md } from "../helpers";

const person = (name: string, ...fm: string[]): string => md("---", "tags: [Person]", `title: ${name}`, ...fm, "---", "", `# ${name}`, "");

function entry(name: string, ...fm: string[]): PersonEntry {
  const found = personEntry(`People/${name}.md`, person(name, ...fm), { keyDateFields: ["First met"] });
  if (!found) throw new Error(`${name} is no person`);
  return found;
}

const PEOPLE = [
  entry("Ana", "birthday: 1990-04-02"),
  entry("Bo", "birthday: --04-02", "anniversary: 2015-03-30"),
  entry("Cy", "dob: 29 February 1992", "first met: 2024-04-20"),
  entry("Di", "birthday: 2 May"), // out of the window
  entry("Ed", "birthday: 1990-02-30"), // no such day: no key date
];

describe("the index entry keeps a person's key dates", () => {
  it("label, date (with or without the year) and the value as written", () => {
    expect(PEOPLE.map((p) => [p.name, p.keyDates])).toEqual([
      ["Ana", [{ key: "birthday", label: "Birthday", date: "1990-04-02", value: "1990-04-02" }]],
      [
        "Bo",
        [
          { key: "birthday", label: "Birthday", date: "--04-02", value: "--04-02" },
          { key: "anniversary", label: "Anniversary", date: "2015-03-30", value: "2015-03-30" },
        ],
      ],
      [
        "Cy",
        [
          { key: "birthday", label: "Birthday", date: "1992-02-29", value: "29 February 1992" },
          { key: "first met", label: "First met", date: "2024-04-20", value: "2024-04-20" },
        ],
      ],
      ["Di", [{ key: "birthday", label: "Birthday", date: "--05-02", value: "2 May" }]],
      ["Ed", []],
    ]);
  });
});

describe("upcomingDates: the next days' key dates across the index, by date then name", () => {
  const row = (u: ReturnType<typeof upcomingDates>[number]) => [u.date, u.name, u.label, u.years];

  it("30 days from 25 March 2026: today and the last day counted", () => {
    expect(upcomingDates(PEOPLE, "2026-03-25", 30).map(row)).toEqual([
      ["2026-03-30", "Bo", "Anniversary", 11],
      ["2026-04-02", "Ana", "Birthday", 36],
      ["2026-04-02", "Bo", "Birthday", null],
      ["2026-04-20", "Cy", "First met", 2],
    ]);
    expect(upcomingDates(PEOPLE, "2026-03-30", 0).map(row)).toEqual([["2026-03-30", "Bo", "Anniversary", 11]]);
    expect(upcomingDates(PEOPLE, "2026-03-31", 1).map(row)).toEqual([]);
  });

  it("across the new year; 29 February on the 28th in a common year", () => {
    expect(upcomingDates(PEOPLE, "2026-12-20", 70).map(row)).toEqual([["2027-02-28", "Cy", "Birthday", 35]]);
  });

  it("carries the path and the value as written, for the list to open and show", () => {
    expect(upcomingDates(PEOPLE, "2026-02-20", 10)).toEqual([
      { name: "Cy", path: "People/Cy.md", key: "birthday", label: "Birthday", date: "2026-02-28", value: "29 February 1992", years: 34 },
    ]);
  });
});
