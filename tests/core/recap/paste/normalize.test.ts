import { describe, expect, it } from "vitest";
import { cleanInline, toLines } from "../../../../src/core/recap/paste/normalize";
import { parsePastedRecap } from "../../../../src/core/recap/paste";

describe("toLines: any line ending, no invisible characters", () => {
  it.each([
    ["LF", "a\nb"],
    ["CRLF", "a\r\nb"],
    ["CR", "a\rb"],
    ["BOM", "\uFEFFa\nb"],
    ["trailing spaces", "a  \nb\t"],
  ])("%s", (_name, text) => {
    expect(toLines(text)).toEqual(["a", "b"]);
  });
  it("no-break spaces are spaces, zero-width characters go", () => {
    expect(toLines("Dana\u00A0Okafor\u200B")).toEqual(["Dana Okafor"]);
  });
});

describe("cleanInline: the words a person would keep", () => {
  const cases: Array<[string, string, string]> = [
    ["Teams citations", "Dana confirmed the budget [1].", "Dana confirmed the budget."],
    ["several citations", "Latency is 20% lower [2][3], as planned [4, 5].", "Latency is 20% lower, as planned."],
    ["a citation range and a footnote", "Approved [1-3] by legal[^2]", "Approved by legal"],
    ["superscript citations", "Approved by legal¹²", "Approved by legal"],
    ["citation links", "Approved [1](https://teams.microsoft.com/l/1)", "Approved"],
    ["a Fathom timestamp link keeps its text", "[Pilot covers two clusters.](https://fathom.video/share/Xy7?timestamp=95.2)", "Pilot covers two clusters."],
    ["a link to a moment goes", "Budget approved ([00:11:45](https://docs.google.com/document/d/x#h))", "Budget approved"],
    ["a watch link goes", "Budget approved [Watch](https://fathom.video/share/x)", "Budget approved"],
    ["Fathom's WATCH marker", "Send the guide to Jonas - WATCH", "Send the guide to Jonas"],
    ["a tool URL goes, others stay", "See https://app.fireflies.ai/view/x and https://docs.example.com/a", "See and https://docs.example.com/a"],
    ["timestamps", "Sizing discussed (00:03:12). Retention (12:41 - 20:05)", "Sizing discussed. Retention"],
    ["a bracketed timestamp", "[00:12] Dana asked", "Dana asked"],
    ["emphasis", "**Bold**, __strong__, *italic*, _em_, ~~old~~, `code`", "Bold, strong, italic, em, old, code"],
    ["snake_case and a*b stay", "snake_case_name and 2*3*4", "snake_case_name and 2*3*4"],
    ["wikilinks", "[[Dana Okafor]] and [[Sam Reyes|Sam]]", "Dana Okafor and Sam"],
    ["escapes", "\\[Dana Okafor\\] Send \\[1\\]", "[Dana Okafor] Send"],
    ["HTML", "Line<br>break &amp; <b>bold</b>", "Line break & bold"],
    ["emoji", "📋 Pilot results ⚖️", "Pilot results"],
    ["an owner in brackets stays", "[Dana Okafor] Send the sheet", "[Dana Okafor] Send the sheet"],
    ["a mail address stays", "Dana <dana@northwind.example>", "Dana <dana@northwind.example>"],
  ];
  it.each(cases)("%s", (_name, text, clean) => {
    expect(cleanInline(text)).toBe(clean);
  });
});

describe("list markers, numbering and checkboxes", () => {
  it.each(["- ", "* ", "+ ", "• ", "● ", "◦ ", "▪ ", "– ", "1. ", "2) ", "(3) ", "- [ ] ", "- [x] ", "[ ] ", "☐ ", "☑ ", "✅ ", "* [ ] "])(
    "'%s' is a list item",
    (marker) => {
      expect(parsePastedRecap(`Decisions\n${marker}Ship it behind a flag.`).decisions).toEqual(["Ship it behind a flag."]);
    },
  );
});

describe("citation and link removal in a pasted recap", () => {
  it("Teams citations leave no trace in any field", () => {
    const read = parsePastedRecap(
      ["Summary", "The team reviewed the plan [1]. Legal agreed [2][3].", "", "Decisions", "- Ship in April [4]", "", "Action items", "- Dana will send the deck [5]"].join("\n"),
    );
    expect(read.summary).toBe("The team reviewed the plan. Legal agreed.");
    expect(read.decisions).toEqual(["Ship in April"]);
    expect(read.actions).toEqual([{ text: "Send the deck", owner: "Dana", due: null }]);
  });

  it("a recording link line goes, a content link stays", () => {
    const read = parsePastedRecap(
      ["Weekly sync", "View recording: https://zoom.us/rec/share/abc", "[View recording](https://fathom.video/share/x)", "", "Notes", "- Deck is at https://docs.example.com/deck"].join("\n"),
    );
    expect(read.title).toBe("Weekly sync");
    expect(read.facts).toEqual(["Deck is at https://docs.example.com/deck"]);
  });
});
