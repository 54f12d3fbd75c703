import { describe, expect, it } from "vitest";
import { handleAfterRename, parsePerson, renamePerson, rewriteTaskHandle } from "../../../src/core";
import { change, CTX, md, runEditCases, runRefusalCases, STAMP } from "../helpers";
import { LEE, LEE_PATH } from "./notes";

describe("renamePerson", () => {
  runEditCases([
    {
      name: "title, H1 and handle query follow the name; the old name becomes an alias",
      before: LEE,
      after: change(
        LEE,
        ["title: Lee Chen\n", "title: Lee Chen-Park\n"],
        ["- type/people\n---", "- type/people\naliases:\n- Lee Chen\n---"],
        ["# Lee Chen\n", "# Lee Chen-Park\n"],
        ['"@LeeChen"', '"@LeeChen-Park"'],
        STAMP,
      ),
      edit: (t) => renamePerson(t, LEE_PATH, "  Lee   Chen-Park ", CTX),
    },
    {
      name: "an existing alias list gets the old name; the Open Tasks query follows; a chosen handle stays",
      before: md("---", "title: Ana", "aliases: [Ana S]", "---", "# Ana", "## Open Tasks", "```dataview", 'WHERE contains(text, "Ana")', "```", "## Tasks They Own", "```dataview", 'WHERE contains(text, "@ana")', "```", ""),
      after: md("---", "title: Ana Souza", "aliases: [Ana S, Ana]", "---", "# Ana Souza", "## Open Tasks", "```dataview", 'WHERE contains(text, "Ana Souza")', "```", "## Tasks They Own", "```dataview", 'WHERE contains(text, "@ana")', "```", ""),
      edit: (t) => renamePerson(t, "People/Ana.md", "Ana Souza", CTX),
    },
    {
      name: "a change of case only needs no alias",
      before: md("---", "title: lee chen", "---", "# lee chen", ""),
      after: md("---", "title: Lee Chen", "---", "# Lee Chen", ""),
      edit: (t) => renamePerson(t, LEE_PATH, "Lee Chen", CTX),
    },
    { name: "the same name changes nothing", before: LEE, after: LEE, edit: (t) => renamePerson(t, LEE_PATH, "Lee Chen", CTX) },
  ]);
  runRefusalCases([
    { name: "an empty name", before: LEE, error: /empty/, code: "invalid-name", edit: (t) => renamePerson(t, LEE_PATH, "   ", CTX) },
    { name: "a name with nothing a file can hold", before: LEE, error: /cannot be a file name/, edit: (t) => renamePerson(t, LEE_PATH, "///", CTX) },
  ]);

  it("says which handle the person has after the rename", () => {
    expect(handleAfterRename(parsePerson(LEE, LEE_PATH), "Lee Park")).toBe("@LeePark");
  });
});

describe("rewriteTaskHandle", () => {
  const NOTE = md(
    "---",
    "owner: '@LeeChen'",
    "---",
    "- [ ] Send the deck @LeeChen 📅 2026-05-01",
    "- [x] Done already @LeeChen",
    "  - [ ] nested @LeeChen, then @LeeChenX and me@LeeChen",
    "- A plain bullet about @LeeChen",
    "- [ ] In code `@LeeChen`",
    "```",
    "- [ ] @LeeChen",
    "```",
    "> - [ ] In a quote @LeeChen",
    "> [!todo] Follow-ups",
    ">> - [ ] In a callout, nested @LeeChen",
    "> A quoted line about @LeeChen",
    "",
  );
  runEditCases([
    {
      name: "only whole handles in task lines outside code, in quotes and callouts too",
      before: NOTE,
      after: NOTE.replace("deck @LeeChen", "deck @LeePark").replace("already @LeeChen", "already @LeePark").replace("nested @LeeChen,", "nested @LeePark,").replace("quote @LeeChen", "quote @LeePark").replace("nested @LeeChen\n", "nested @LeePark\n"),
      edit: (t) => rewriteTaskHandle(t, "@LeeChen", "@LeePark"),
    },
    { name: "the same handle changes nothing", before: NOTE, after: NOTE, edit: (t) => rewriteTaskHandle(t, "@LeeChen", "@LeeChen") },
  ]);
});
