import { describe } from "vitest";
import {
  appendLineEdit,
  DEFAULT_HEADINGS,
  detectEol,
  findSection,
  insertSectionEdit,
  orderedHeadings,
  replaceSectionContentEdit,
  scanOutline,
} from "../../../src/core";
import { applyTextEdit } from "../../../src/core/text/text-edit";
import { BOM, crlf, fixture, md, runEditCases, type EditCase } from "../helpers";

const ORDER = orderedHeadings(DEFAULT_HEADINGS);

function append(title: string, line: string): (text: string) => string {
  return (text) => {
    const outline = scanOutline(text);
    const section = findSection(text, outline, title);
    if (!section) throw new Error(`no section ${title}`);
    return applyTextEdit(text, appendLineEdit(text, outline, section, line, detectEol(text)));
  };
}

function replace(title: string, content: string[]): (text: string) => string {
  return (text) => {
    const outline = scanOutline(text);
    const section = findSection(text, outline, title);
    if (!section) throw new Error(`no section ${title}`);
    return applyTextEdit(text, replaceSectionContentEdit(text, outline, section, content, detectEol(text)));
  };
}

const insert = (title: string, content: string[]) => (text: string) => applyTextEdit(text, insertSectionEdit(text, title, content, ORDER, detectEol(text)));

describe("appendLineToSection", () => {
  const cases: EditCase[] = [
    {
      name: "after the last list item, before the trailing blank lines",
      before: md("## Key Facts", "", "- a", "- b", "", "", "## Next", ""),
      after: md("## Key Facts", "", "- a", "- b", "- c", "", "", "## Next", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "a heading whose first letter NFC joins to the mark after it (É as E + U+0301) is the same section",
      before: md("## E\u0301tudes", "", "- a", "", "## Next", ""),
      after: md("## E\u0301tudes", "", "- a", "- c", "", "## Next", ""),
      edit: append("\u00c9tudes", "- c"),
    },
    {
      name: "after the last item's indented continuation",
      before: md("## Key Facts", "", "- a", "  more of a", "", "## Next", ""),
      after: md("## Key Facts", "", "- a", "  more of a", "- c", "", "## Next", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "after the last item, not after a paragraph below the list",
      before: md("## Key Facts", "", "- a", "", "A closing remark.", "", "## Next", ""),
      after: md("## Key Facts", "", "- a", "- c", "", "A closing remark.", "", "## Next", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "a list item inside code does not count",
      before: md("## Key Facts", "", "- a", "", "```", "- code", "```", "", "## Next", ""),
      after: md("## Key Facts", "", "- a", "- c", "", "```", "- code", "```", "", "## Next", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "after the last content line when there is no list",
      before: md("## Notes", "", "Some prose.", "", "## Next", ""),
      after: md("## Notes", "", "Some prose.", "- c", "", "## Next", ""),
      edit: append("Notes", "- c"),
    },
    {
      name: "an empty section keeps its blank line under the heading and gets one below",
      before: md("## Key Facts", "", "## Topics Discussed", ""),
      after: md("## Key Facts", "", "- c", "", "## Topics Discussed", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "an empty section with several blank lines keeps them below",
      before: md("## Related", "", "", "", "", "---", "*Last updated: *", ""),
      after: md("## Related", "", "- c", "", "", "", "---", "*Last updated: *", ""),
      edit: append("Related", "- c"),
    },
    {
      name: "a heading directly followed by the next heading",
      before: md("## Key Facts", "## Next", ""),
      after: md("## Key Facts", "", "- c", "", "## Next", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "an empty section at the end of the text",
      before: md("## Key Facts", ""),
      after: md("## Key Facts", "", "- c", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "a heading as the last line with no line break: still none at the end",
      before: md("# A", "", "## Key Facts"),
      after: md("# A", "", "## Key Facts", "", "- c"),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "the last item with no line break: still none at the end",
      before: md("## Key Facts", "", "- a"),
      after: md("## Key Facts", "", "- a", "- c"),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "CRLF",
      before: crlf(md("## Key Facts", "", "- a", "", "## Next", "")),
      after: crlf(md("## Key Facts", "", "- a", "- c", "", "## Next", "")),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "CRLF, empty section",
      before: crlf(md("## Key Facts", "", "## Next", "")),
      after: crlf(md("## Key Facts", "", "- c", "", "## Next", "")),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "a heading with closing #s",
      before: md("## Key Facts ##   ", "", "- a", ""),
      after: md("## Key Facts ##   ", "", "- a", "- c", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "the section the heading in code only looks like is skipped",
      before: md("```", "## Key Facts", "```", "", "## Key Facts", "", "- a", ""),
      after: md("```", "## Key Facts", "```", "", "## Key Facts", "", "- a", "- c", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "a fence at the margin after the last item ends the item: the line never goes inside the code",
      before: md("## Key Facts", "", "- a", "```", "", "```", ""),
      after: md("## Key Facts", "", "- a", "- c", "```", "", "```", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "an item's own indented fence, blank line inside, is passed over whole",
      before: md("## Key Facts", "", "- a", "  ```", "  code", "", "  more", "  ```", "", "## Next", ""),
      after: md("## Key Facts", "", "- a", "  ```", "  code", "", "  more", "  ```", "- c", "", "## Next", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "a lazy continuation line stays with its item",
      before: md("## Key Facts", "", "- Runs two data centres", "active-active, 40 ms apart.", "", "## Next", ""),
      after: md("## Key Facts", "", "- Runs two data centres", "active-active, 40 ms apart.", "- c", "", "## Next", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "a block quote after an item is not its continuation",
      before: md("## Key Facts", "", "- a", "> quoted", ""),
      after: md("## Key Facts", "", "- a", "- c", "> quoted", ""),
      edit: append("Key Facts", "- c"),
    },
    {
      name: "before the footer block",
      before: md("## Related", "", "- [[x]]", "", "---", "*Last updated: *", ""),
      after: md("## Related", "", "- [[x]]", "- [[y]]", "", "---", "*Last updated: *", ""),
      edit: append("Related", "- [[y]]"),
    },
  ];
  runEditCases(cases);
});

describe("replaceSectionContent", () => {
  const cases: EditCase[] = [
    {
      name: "the content lines, not the blank lines around them",
      before: md("## Topics Discussed", "", "A, B", "C", "", "", "## Next", ""),
      after: md("## Topics Discussed", "", "X", "", "", "## Next", ""),
      edit: replace("Topics Discussed", ["X"]),
    },
    {
      name: "several lines, CRLF",
      before: crlf(md("## S", "", "old", "", "## Next", "")),
      after: crlf(md("## S", "", "one", "two", "", "## Next", "")),
      edit: replace("S", ["one", "two"]),
    },
    {
      name: "empty content empties the section",
      before: md("## S", "", "old", "", "## Next", ""),
      after: md("## S", "", "", "## Next", ""),
      edit: replace("S", []),
    },
    {
      name: "an empty section gets the content",
      before: md("## S", "", "## Next", ""),
      after: md("## S", "", "new", "", "## Next", ""),
      edit: replace("S", ["new"]),
    },
    {
      name: "an empty section and no content is a no-op",
      before: md("## S", "", "## Next", ""),
      after: md("## S", "", "## Next", ""),
      edit: replace("S", []),
    },
  ];
  runEditCases(cases);
});

describe("insertSection at its canonical place", () => {
  const cases: EditCase[] = [
    {
      name: "after the nearest section before it in the layout",
      before: md("# A", "", "## Tasks They Own", "", "x", "", "## Topics Discussed", "", "T", ""),
      after: md("# A", "", "## Tasks They Own", "", "x", "", "## Key Facts", "", "- f", "", "## Topics Discussed", "", "T", ""),
      edit: insert("Key Facts", ["- f"]),
    },
    {
      name: "before the nearest section after it when none comes before",
      before: md("# A", "", "## Profile", "", "x", ""),
      after: md("# A", "", "## Key Facts", "", "- f", "", "## Profile", "", "x", ""),
      edit: insert("Key Facts", ["- f"]),
    },
    {
      name: "reordered sections: after the nearest one before it in the layout (Recent Context)",
      before: fixture("reordered-sections.md"),
      after: fixture("reordered-sections.md").replace(
        "## Key Facts",
        md("## Profile", "", "**Role**: x", "", "## Key Facts"),
      ),
      edit: insert("Profile", ["**Role**: x"]),
    },
    {
      name: "sections packed without blank lines get them",
      before: md("# A", "## Background", "x", "## Profile", ""),
      after: md("# A", "## Background", "x", "", "## Key Facts", "", "- f", "", "## Profile", ""),
      edit: insert("Key Facts", ["- f"]),
    },
    {
      name: "before the footer when no layout section is there",
      before: md("# A", "", "hello", "", "---", "*Last updated: *", ""),
      after: md("# A", "", "hello", "", "## Key Facts", "", "- f", "", "---", "*Last updated: *", ""),
      edit: insert("Key Facts", ["- f"]),
    },
    {
      name: "at the end when there is no footer",
      before: md("# A", "", "hello", ""),
      after: md("# A", "", "hello", "", "## Key Facts", "", "- f", ""),
      edit: insert("Key Facts", ["- f"]),
    },
    {
      name: "at the end of a text without a final line break: still none",
      before: md("# A", "", "## Background", "", "x"),
      after: md("# A", "", "## Background", "", "x", "", "## Key Facts", "", "- f"),
      edit: insert("Key Facts", ["- f"]),
    },
    {
      name: "into an empty note",
      before: "",
      after: md("## Key Facts", "", "- f", ""),
      edit: insert("Key Facts", ["- f"]),
    },
    {
      name: "CRLF with a BOM",
      before: BOM + crlf(md("---", "a: 1", "---", "# A", "", "## Profile", "")),
      after: BOM + crlf(md("---", "a: 1", "---", "# A", "", "## Key Facts", "", "- f", "", "## Profile", "")),
      edit: insert("Key Facts", ["- f"]),
    },
    {
      name: "a layout heading inside code is not a place",
      before: md("# A", "", "```", "## Background", "```", "", "## Profile", ""),
      after: md("# A", "", "```", "## Background", "```", "", "## Key Facts", "", "- f", "", "## Profile", ""),
      edit: insert("Key Facts", ["- f"]),
    },
  ];
  runEditCases(cases);
});
