import { describe, expect, it } from "vitest";
import { candidates, findDates, isDateLine, settleMeetingDate } from "../../../../src/core/recap/paste/dates";
import { readDue } from "../../../../src/core/recap/paste/due";
import { parsePastedRecap } from "../../../../src/core/recap/paste";

describe("findDates: a date is taken only when it can mean one day", () => {
  const cases: Array<{ text: string; found: string; isos: string[] }> = [
    { text: "2026-03-04", found: "2026-03-04", isos: ["2026-03-04"] },
    { text: "2026-03-04T10:00:00Z", found: "2026-03-04", isos: ["2026-03-04"] },
    { text: "2026/03/04 10:00 PST", found: "2026/03/04", isos: ["2026-03-04"] },
    { text: "March 4, 2026", found: "March 4, 2026", isos: ["2026-03-04"] },
    { text: "Mar 4 2026", found: "Mar 4 2026", isos: ["2026-03-04"] },
    { text: "4 March 2026", found: "4 March 2026", isos: ["2026-03-04"] },
    { text: "29th October 2025", found: "29th October 2025", isos: ["2025-10-29"] },
    { text: "Wednesday, March 4, 2026 10:00 AM", found: "Wednesday, March 4, 2026", isos: ["2026-03-04"] },
    { text: "Wed, 4 Mar 2026", found: "Wed, 4 Mar 2026", isos: ["2026-03-04"] },
    { text: "15/03/2026", found: "15/03/2026", isos: ["2026-03-15"] },
    { text: "03/15/2026", found: "03/15/2026", isos: ["2026-03-15"] },
    { text: "15.03.2026", found: "15.03.2026", isos: ["2026-03-15"] },
    { text: "03/04/2026", found: "03/04/2026", isos: ["2026-03-04", "2026-04-03"] },
    { text: "04.03.26", found: "04.03.26", isos: ["2026-04-03", "2026-03-04"] },
    { text: "Wed 03/04/2026", found: "Wed 03/04/2026", isos: ["2026-03-04"] },
    { text: "05/05/2026", found: "05/05/2026", isos: ["2026-05-05"] },
    { text: "Meeting summary for Sync (03/18/2026)", found: "03/18/2026", isos: ["2026-03-18"] },
  ];
  it.each(cases)("$text", ({ text, found, isos }) => {
    const match = findDates(text)[0];
    expect(match?.text).toBe(found);
    expect(match ? candidates(match) : []).toEqual(isos);
  });

  it.each(["March 3", "Tue, 3/24", "Wednesday, March 4", "4 Mar"])("%s has no year", (text) => {
    const match = findDates(text)[0];
    expect(match?.year).toBeNull();
    expect(match ? candidates(match, 2026).length : 0).toBeGreaterThan(0);
  });

  it.each(["we may 3x the budget", "3/4 of the budget", "version 2.5", "10:30 AM", "Q3 2026", "March 2026"])("%s is no date", (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it("an impossible date is none", () => {
    const match = findDates("31/02/2026")[0];
    expect(match ? candidates(match) : []).toEqual([]);
  });
});

describe("settleMeetingDate: an unsure date is left for the user, with what to decide", () => {
  const settle = (text: string): { date: string | null; warnings: string[] } => {
    const warnings: string[] = [];
    return { date: settleMeetingDate(findDates(text)[0] ?? null, warnings), warnings };
  };
  it("a sure date", () => {
    expect(settle("March 4, 2026")).toEqual({ date: "2026-03-04", warnings: [] });
  });
  it("an ambiguous order names both candidates", () => {
    expect(settle("03/04/2026")).toEqual({ date: null, warnings: ['Date "03/04/2026" could be 2026-03-04 or 2026-04-03: set the meeting date.'] });
  });
  it("no year", () => {
    expect(settle("March 3")).toEqual({ date: null, warnings: ['Date "March 3" has no year: set the meeting date.'] });
  });
  it("no date at all is no warning", () => {
    expect(settle("Weekly sync")).toEqual({ date: null, warnings: [] });
  });
});

describe("isDateLine: a header line that is only a date", () => {
  it.each([
    "Mar 4, 2026",
    "Wednesday, March 11, 2026 · 10:00 AM – 10:30 AM",
    "Thu, Apr 16, 2026 · 45 min",
    "Tue, 3/24 2:00PM • 38:12",
    "Mar 4, 2026 10:00 AM Pacific Time (US and Canada)",
    "2026-03-04 14:00 CET",
  ])("%s", (text) => {
    expect(isDateLine(text)).toBe(true);
  });
  it.each(["Pilot scoping - March 4, 2026", "Weekly sync", "Tue, Apr 7, 2026 · Mei Chen, Jonas Berg"])("not: %s", (text) => {
    expect(isDateLine(text)).toBe(false);
  });
});

describe("readDue: due words counted from the meeting date (Wednesday 2026-03-04)", () => {
  const MEETING = "2026-03-04";
  const cases: Array<{ text: string; due: string | null; rest: string }> = [
    { text: "Send the deck by Friday.", due: "2026-03-06", rest: "Send the deck." },
    { text: "Send the deck Friday", due: "2026-03-06", rest: "Send the deck" },
    { text: "Send the deck on Fri", due: "2026-03-06", rest: "Send the deck" },
    { text: "Send the deck by Wednesday", due: "2026-03-11", rest: "Send the deck" },
    { text: "Send the deck this Wednesday", due: "2026-03-04", rest: "Send the deck" },
    { text: "Send the deck by Monday", due: "2026-03-09", rest: "Send the deck" },
    { text: "Send the deck by Tuesday night", due: "2026-03-10", rest: "Send the deck" },
    { text: "Send the deck tomorrow", due: "2026-03-05", rest: "Send the deck" },
    { text: "Send the deck tomorrow morning", due: "2026-03-05", rest: "Send the deck" },
    { text: "Send the deck today", due: "2026-03-04", rest: "Send the deck" },
    { text: "Send the deck by EOD", due: "2026-03-04", rest: "Send the deck" },
    { text: "Send the deck by end of day", due: "2026-03-04", rest: "Send the deck" },
    { text: "Send the deck COB", due: "2026-03-04", rest: "Send the deck" },
    { text: "Send the deck next week", due: "2026-03-09", rest: "Send the deck" },
    { text: "Send the deck by the end of the week", due: "2026-03-06", rest: "Send the deck" },
    { text: "Send the deck EOW", due: "2026-03-06", rest: "Send the deck" },
    { text: "Send the deck by end of next week", due: "2026-03-13", rest: "Send the deck" },
    { text: "Send the deck by end of month", due: "2026-03-31", rest: "Send the deck" },
    { text: "Send the deck in two weeks", due: "2026-03-18", rest: "Send the deck" },
    { text: "Send the deck within 3 business days", due: "2026-03-09", rest: "Send the deck" },
    { text: "Send the deck in 10 days", due: "2026-03-14", rest: "Send the deck" },
    { text: "Send the deck by March 10", due: "2026-03-10", rest: "Send the deck" },
    { text: "Send the deck by 10 March", due: "2026-03-10", rest: "Send the deck" },
    { text: "Send the deck by Mar 10th", due: "2026-03-10", rest: "Send the deck" },
    { text: "Send the deck by Jan 5", due: "2027-01-05", rest: "Send the deck" },
    { text: "Send the deck by 3/20", due: "2026-03-20", rest: "Send the deck" },
    { text: "Send the deck by 2026-03-20", due: "2026-03-20", rest: "Send the deck" },
    { text: "Send the deck by Friday, March 13, 2026", due: "2026-03-13", rest: "Send the deck" },
    { text: "Send the deck (due Friday)", due: "2026-03-06", rest: "Send the deck" },
    { text: "Send the deck — due: March 10", due: "2026-03-10", rest: "Send the deck" },
    { text: "Book the workshop for the week of March 16", due: "2026-03-16", rest: "Book the workshop" },
    { text: "Share this week's numbers", due: null, rest: "Share this week's numbers" },
    { text: "Prepare Friday's demo", due: null, rest: "Prepare Friday's demo" },
    { text: "Review the plan before Wednesday meeting", due: null, rest: "Review the plan before Wednesday meeting" },
    { text: "Schedule the call (Thursday/Friday)", due: null, rest: "Schedule the call (Thursday/Friday)" },
    { text: "Send the notes from today's call", due: null, rest: "Send the notes from today's call" },
    { text: "Send the deck ASAP", due: null, rest: "Send the deck ASAP" },
  ];
  it.each(cases)("$text", ({ text, due, rest }) => {
    expect(readDue(text, MEETING)).toEqual({ due, text: rest, warning: null });
  });

  // A date without its year is the next such day on or after the meeting.
  it.each([
    ["by March 1, said after it: next year's", "by March 1", "2026-03-04", "2027-03-01"],
    ["by Feb 29 in a leap year, said before it", "by Feb 29", "2028-02-10", "2028-02-29"],
    ["by Feb 29, said after the last one: the next leap year's", "by Feb 29", "2028-03-05", "2032-02-29"],
    ["by Feb 29 in a year without one: the next leap year's", "by Feb 29", "2027-03-05", "2028-02-29"],
  ])("%s", (_, words, meeting, due) => {
    expect(readDue(`Send the deck ${words}`, meeting)).toEqual({ due, text: "Send the deck", warning: null });
  });

  it("an ambiguous date is not guessed", () => {
    expect(readDue("Send the draft by 03/10/2026", MEETING)).toEqual({
      due: null,
      text: "Send the draft by 03/10/2026",
      warning: 'Due "by 03/10/2026" of "Send the draft" could be 2026-03-10 or 2026-10-03.',
    });
  });

  it("'next Friday' that could be this week's is read as next week's, and said so", () => {
    expect(readDue("Send the deck by next Friday", MEETING)).toEqual({
      due: "2026-03-13",
      text: "Send the deck",
      warning: 'Due "by next Friday" of "Send the deck" read as 2026-03-13 (not 2026-03-06): check it.',
    });
    expect(readDue("Send the deck next Monday", MEETING)).toEqual({ due: "2026-03-09", text: "Send the deck", warning: null });
  });

  describe("without a meeting date", () => {
    it.each(["by Friday", "tomorrow", "next week", "by EOD", "by March 10"])("%s stays in the text, with a warning", (phrase) => {
      expect(readDue(`Send the deck ${phrase}`, null)).toEqual({
        due: null,
        text: `Send the deck ${phrase}`,
        warning: `Due "${phrase}" of "Send the deck" needs the meeting date.`,
      });
    });
    it("a full date needs none", () => {
      expect(readDue("Send the deck by March 10, 2026", null)).toEqual({ due: "2026-03-10", text: "Send the deck", warning: null });
    });
  });
});

describe("dates in a pasted recap", () => {
  it("an ambiguous meeting date: no date, a warning, and dues left for the user", () => {
    const read = parsePastedRecap("Project sync - 04/05/2026\n\nNext steps\n- Ana will send the draft by Friday");
    expect(read.date).toBeNull();
    expect(read.actions).toEqual([{ text: "Send the draft by Friday", owner: "Ana", due: null }]);
    expect(read.warnings).toEqual([
      'Date "04/05/2026" could be 2026-04-05 or 2026-05-04: set the meeting date.',
      'Due "by Friday" of "Send the draft" needs the meeting date.',
    ]);
  });

  it("the labelled date wins over dates elsewhere in the header", () => {
    expect(parsePastedRecap("Retro - March 2, 2026\nDate: March 4, 2026\n\nSummary\nFine.").date).toBe("2026-03-04");
  });

  it("a date in a sentence of the header is not the meeting's", () => {
    expect(parsePastedRecap("Weekly sync\nWe meet again on March 12, 2026.\n\nSummary\nFine.").date).toBeNull();
  });
});
