/**
 * The footer (`*Last updated: ...*`) is stamped only where it ends the note: a line of that
 * shape with the user's text below it is theirs, and an edit leaves it as written.
 */
import { expect, it } from "vitest";
import { addKeyFact } from "../../../src/core";
import { CTX, md } from "../helpers";

it.each([
  {
    name: "text below the line: left as written",
    before: md("## Key Facts", "", "- One.", "", "*Last updated: never*", "I still owe Dana a call.", ""),
    after: md("## Key Facts", "", "- One.", "- Two.", "", "*Last updated: never*", "I still owe Dana a call.", ""),
  },
  {
    name: "a blank line and a paragraph below it: left as written",
    before: md("## Key Facts", "", "- One.", "", "*Last updated: never*", "", "Ask about the move.", ""),
    after: md("## Key Facts", "", "- One.", "- Two.", "", "*Last updated: never*", "", "Ask about the move.", ""),
  },
  {
    name: "blank lines and a comment below it: the footer, stamped",
    before: md("## Key Facts", "", "- One.", "", "---", "*Last updated: *", "", "%% private %%", "", ""),
    after: md("## Key Facts", "", "- One.", "- Two.", "", "---", `*Last updated: ${CTX.today}*`, "", "%% private %%", "", ""),
  },
])("$name", ({ before, after }) => {
  expect(addKeyFact(before, "Two.", CTX)).toBe(after);
});
