import { describe, expect, it } from "vitest";
import { addDays, cadenceOf, daysBetween, needsReview, parseFrontmatter, setKeepInTouch, snoozePerson, staleContacts } from "../../../src/core";
import { change, CTX, md, runEditCases, runRefusalCases, STAMP } from "../helpers";
import { LEE } from "./notes";

const TODAY = "2026-11-25";
const person = (name: string, frontmatter: Record<string, unknown>) => ({ path: `People/${name}.md`, name, frontmatter });

describe("staleContacts", () => {
  const people = [
    person("Within global", { last_contact: "2026-11-01" }), // 24 days, threshold 30
    person("Over global", { last_contact: "2026-10-01" }), // 55 days: 25 over
    person("Own short threshold", { last_contact: "2026-11-10", keep_in_touch: 7 }), // 15 days: 8 over
    person("Own long threshold", { last_contact: "2026-08-01", keep_in_touch: "180" }), // 116 days: not over
    person("Snoozed", { last_contact: "2026-01-01", snooze_until: "2026-12-01" }),
    person("Snooze ends today", { last_contact: "2026-01-01", snooze_until: TODAY }),
    person("Snooze over", { last_contact: "2026-09-01", snooze_until: "2026-11-24" }), // 85 days: 55 over
    person("Not tracked", { last_contact: "2020-01-01", keep_in_touch: 0 }),
    person("Created only", { created: "2026-09-26" }), // 60 days: 30 over
    person("No dates", { title: "x" }),
    person("No frontmatter", {}),
    { path: "People/Null.md", name: "Null", frontmatter: null },
    person("Tie b", { last_contact: "2026-10-01" }),
  ];

  it("reads a last contact written as people write days, as the note's reader does", () => {
    const written = [person("Link", { last_contact: "[[2026-10-01]]" }), person("Words", { last_contact: "1 October 2026" }), person("Later link", { last_contact: "[[2026-11-20]]" })];
    expect(staleContacts(written, TODAY, 30).map((s) => [s.name, s.since, s.overdueDays])).toEqual([
      ["Link", "2026-10-01", 25],
      ["Words", "2026-10-01", 25],
    ]);
  });

  it("lists the overdue, most overdue first, each with the threshold that applied", () => {
    expect(staleContacts(people, TODAY, 30).map((s) => [s.name, s.since, s.days, s.overdueDays])).toEqual([
      ["Snooze over", "2026-09-01", 30, 55],
      ["Created only", "2026-09-26", 30, 30],
      ["Over global", "2026-10-01", 30, 25],
      ["Tie b", "2026-10-01", 30, 25],
      ["Own short threshold", "2026-11-10", 7, 8],
    ]);
  });

  it("uses the global threshold for everyone without their own", () => {
    expect(staleContacts(people, TODAY, 60).map((s) => s.name)).toEqual(["Snooze over", "Own short threshold"]);
  });

  it("reads frontmatter as the core parser gives it (strings) as well", () => {
    const { data } = parseFrontmatter(md("---", "last_contact: 2026-10-01", "keep_in_touch: 14", "snooze_until: '2026-11-01'", "---", ""));
    expect(cadenceOf(data)).toEqual({ since: "2026-10-01", keepInTouch: 14, snoozeUntil: "2026-11-01" });
    expect(cadenceOf({ keep_in_touch: -3 }).keepInTouch).toBeNull();
  });

  it("counts days across months and years", () => {
    expect(daysBetween("2026-02-27", "2026-03-02")).toBe(3);
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
  });
});

describe("snoozePerson and setKeepInTouch", () => {
  runEditCases([
    {
      name: "snooze_until goes after the last contact, quoted as the note quotes its dates",
      before: LEE,
      after: change(LEE, ["last_contact: '2026-02-01'\n", "last_contact: '2026-02-01'\nsnooze_until: '2026-12-02'\n"], STAMP),
      edit: (t) => snoozePerson(t, "2026-12-02", CTX),
    },
    {
      name: "a snooze already there is moved",
      before: md("---", "last_contact: 2026-02-01", "snooze_until: 2026-03-01", "---", ""),
      after: md("---", "last_contact: 2026-02-01", "snooze_until: 2026-12-02", "---", ""),
      edit: (t) => snoozePerson(t, "2026-12-02", CTX),
    },
    {
      name: "keep_in_touch is a plain number",
      before: LEE,
      after: change(LEE, ["last_contact: '2026-02-01'\n", "last_contact: '2026-02-01'\nkeep_in_touch: 14\n"], STAMP),
      edit: (t) => setKeepInTouch(t, 14, CTX),
    },
    {
      name: "the same number changes nothing",
      before: md("---", "keep_in_touch: 14", "---", ""),
      after: md("---", "keep_in_touch: 14", "---", ""),
      edit: (t) => setKeepInTouch(t, 14, CTX),
    },
  ]);
  runRefusalCases([
    { name: "a snooze that is not a date", before: LEE, error: /not a date/, edit: (t) => snoozePerson(t, "next week", CTX) },
    { name: "a negative interval", before: LEE, error: /0 or more/, edit: (t) => setKeepInTouch(t, -1, CTX) },
    // A value over more lines than the one scalar Kith sets is the user's: refused, not collapsed.
    { name: "a snooze written as a list", before: md("---", "snooze_until:", "- 2026-03-01 # work", "- 2026-04-01", "---", ""), error: /^snooze_until is a list; Kith only sets a single date/, edit: (t) => snoozePerson(t, "2026-12-02", CTX) },
    { name: "an interval written as a map", before: md("---", "keep_in_touch:", "  work: 14", "  home: 30", "---", ""), error: /^keep_in_touch is a map; Kith only sets a single number/, edit: (t) => setKeepInTouch(t, 7, CTX) },
  ]);
});

describe("needsReview", () => {
  it.each([
    [{ auto_created: true, tags: ["type/people", "needs-review"] }, true],
    [{ auto_created: "true", tags: "#Needs-Review" }, true],
    [{ auto_created: true, tags: ["type/people"] }, false],
    [{ tags: ["needs-review"] }, false],
    [null, false],
  ])("%j -> %s", (fm, expected) => {
    expect(needsReview(fm)).toBe(expected);
  });
});
