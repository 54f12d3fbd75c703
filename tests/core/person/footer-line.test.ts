/**
 * The footer (`*Last updated: ...*`) gets the edit's date when it is empty or holds a date;
 * words there (`never`, a template's `{{date}}`) are the user's and stay as written. It ends the
 * note's last section whatever follows it (a `#person` tag line, say), as before.
 */
import { expect, it } from "vitest";
import { addKeyFact, addRecentContext } from "../../../src/core";
import { CTX, md } from "../helpers";

it.each([
  {
    name: "words in it, text below it: left as written",
    before: md("## Key Facts", "", "- One.", "", "*Last updated: never*", "I still owe Dana a call.", ""),
    after: md("## Key Facts", "", "- One.", "- Two.", "", "*Last updated: never*", "I still owe Dana a call.", ""),
  },
  {
    name: "a template's placeholder: left as written",
    before: md("## Key Facts", "", "- One.", "", "---", "*Last updated: {{date}}*", ""),
    after: md("## Key Facts", "", "- One.", "- Two.", "", "---", "*Last updated: {{date}}*", ""),
  },
  {
    name: "empty, blank lines and a comment below it: stamped",
    before: md("## Key Facts", "", "- One.", "", "---", "*Last updated: *", "", "%% private %%", "", ""),
    after: md("## Key Facts", "", "- One.", "- Two.", "", "---", `*Last updated: ${CTX.today}*`, "", "%% private %%", "", ""),
  },
  {
    name: "a date, a tag line below it: stamped",
    before: md("## Key Facts", "", "- One.", "", "---", "*Last updated: 5 March 2026*", "#person", ""),
    after: md("## Key Facts", "", "- One.", "- Two.", "", "---", `*Last updated: ${CTX.today}*`, "#person", ""),
  },
])("$name", ({ before, after }) => {
  expect(addKeyFact(before, "Two.", CTX)).toBe(after);
});

it("a new section goes above the footer, a tag line below it or not", () => {
  const before = md("# Dana", "", "## Key Facts", "", "- One.", "", "---", "*Last updated: 2026-01-01*", "#person", "");
  expect(addRecentContext(before, { date: "2026-02-01", link: null, summary: "Call.", via: null }, CTX)).toBe(
    md("# Dana", "", "## Key Facts", "", "- One.", "", "## Recent Context", "", "- 2026-02-01: Call.", "", "---", `*Last updated: ${CTX.today}*`, "#person", ""),
  );
});
