import { describe, expect, it } from "vitest";
import { fillTemplate, foldForSearch, formatDisplayDate, searchFields, type PersonEntry } from "../../../src/core";
import { md } from "../helpers";

describe("fillTemplate", () => {
  it("fills the placeholders and keeps everything else", () => {
    const template = md("---", "type: people", "title: {{name}}", "created: '{{ date }}'", "---", "# {{name}}", "Tasks: {{handle}} {{unknown}}", "");
    expect(fillTemplate(template, { name: " Tomás  Núñez ", date: "2026-11-25" })).toBe(
      md("---", "type: people", "title: Tomás Núñez", "created: '2026-11-25'", "---", "# Tomás Núñez", "Tasks: @TomásNúñez {{unknown}}", ""),
    );
  });

  it("refuses a name that cannot be a file name", () => {
    expect(() => fillTemplate("{{name}}", { name: "//", date: "2026-11-25" })).toThrow(/cannot be a file name/);
  });
});

describe("search fields", () => {
  it("folds accents and case, name first", () => {
    const entry: PersonEntry = { path: "p.md", name: "Tomás Núñez", fileName: "Tomás Núñez", aliases: ["Tom"], emails: ["tomas@x.example"], role: "CTO", company: "Açaí Ltd", handle: "@TomásNúñez", keyDates: [], lastContact: null, tags: [], needsReview: false, cadence: { since: null, keepInTouch: null, snoozeUntil: null } };
    expect(searchFields(entry)).toEqual(["tomas nunez", "tom", "tomas@x.example", "acai ltd", "cto"]);
    expect(foldForSearch("  ÉLODIE\tMüller ")).toBe("elodie muller");
  });
});

describe("formatDisplayDate", () => {
  it("shows an ISO date in the user's pattern, the ISO text when the pattern fails", () => {
    expect(formatDisplayDate("2026-03-02", "D MMM YYYY")).toBe("2 Mar 2026");
    expect(formatDisplayDate("2026-03-02", "ddd d")).toBe("2026-03-02");
    expect(formatDisplayDate("03/02", "YYYY")).toBe("03/02");
  });
});
