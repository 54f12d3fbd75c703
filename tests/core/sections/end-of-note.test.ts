/**
 * Section edits at the end of a note: a note without a final line break still has none, and a
 * last line that ends in a lone CR (part of that line as Kith reads it: only LF breaks a line)
 * keeps its lone CR when a line is added after it: the added line break is CRLF there, since an
 * LF would make the CR half of a CRLF.
 */
import { describe, expect, it } from "vitest";
import {
  addKeyDecision,
  addKeyFact,
  appendLineEdit,
  DEFAULT_HEADINGS,
  detectEol,
  findSection,
  insertLineEdit,
  insertSectionEdit,
  orderedHeadings,
  replaceSectionContentEdit,
  scanOutline,
  setContactField,
} from "../../../src/core";
import { applyTextEdit } from "../../../src/core/text/text-edit";
import { breakAt, removeLine } from "../../../src/core/text/lines";
import { normalizePersonNote } from "../../../src/core/person/normalize";
import { carryLines } from "../../../src/core/person/section-lines";
import { BOM, CTX, runEditCases, type EditCase } from "../helpers";

const ORDER = orderedHeadings(DEFAULT_HEADINGS);

function inSection(title: string, edit: "append" | "replace", line: string): (text: string) => string {
  return (text) => {
    const outline = scanOutline(text);
    const section = findSection(text, outline, title);
    if (!section) throw new Error(`no section ${title}`);
    const eol = detectEol(text);
    return edit === "append" ? applyTextEdit(text, appendLineEdit(text, outline, section, line, eol)) : applyTextEdit(text, replaceSectionContentEdit(text, outline, section, [line], eol));
  };
}

const lonelyCrs = (s: string): number => (s.match(/\r(?!\n)/g) ?? []).length;

describe("a line added after a last line that ends in a lone CR", () => {
  const cases: EditCase[] = [
    { name: "insertLineAt the end", before: "a\r", after: "a\r\r\nb", edit: (t) => applyTextEdit(t, insertLineEdit(t, t.length, "b", "\n")) },
    { name: "insertLineAt the end, a CRLF note", before: "x\r\na\r", after: "x\r\na\r\r\nb", edit: (t) => applyTextEdit(t, insertLineEdit(t, t.length, "b", detectEol(t))) },
    { name: "insertLineAt the end, no CR: the note's line break", before: "a", after: "a\nb", edit: (t) => applyTextEdit(t, insertLineEdit(t, t.length, "b", "\n")) },
    { name: "insertLineAt the end of a text with a final line break", before: "a\r\n", after: "a\r\nb\r\n", edit: (t) => applyTextEdit(t, insertLineEdit(t, t.length, "b", "\r\n")) },
    {
      name: "appendLineToSection after a last item that ends in a lone CR",
      before: "## Key Facts\n\n- a\r",
      after: "## Key Facts\n\n- a\r\r\n- b",
      edit: inSection("Key Facts", "append", "- b"),
    },
    {
      name: "appendLineToSection into an empty section whose heading is the last line",
      before: "# Dana\n\n## Key Facts\r",
      after: "# Dana\n\n## Key Facts\r\r\n\n- b",
      edit: inSection("Key Facts", "append", "- b"),
    },
    {
      name: "appendLineToSection into an empty section whose last, blank line is a lone CR",
      before: "## Key Facts\n\r",
      after: "## Key Facts\n\r\r\n- b",
      edit: inSection("Key Facts", "append", "- b"),
    },
    {
      name: "replaceSectionContent of an empty section at the end",
      before: "## Key Facts\r",
      after: "## Key Facts\r\r\n\n- b",
      edit: inSection("Key Facts", "replace", "- b"),
    },
    {
      name: "insertSection after a last line that ends in a lone CR",
      before: "# Dana\n\n- a\r",
      after: "# Dana\n\n- a\r\r\n\n## Key Facts\n\n- b",
      edit: (t) => applyTextEdit(t, insertSectionEdit(t, "Key Facts", ["- b"], ORDER, detectEol(t))),
    },
    {
      name: "insertSection after a lone CR in a CRLF note: the note's CRLF",
      before: "# Dana\r\n\r\n- a\r",
      after: "# Dana\r\n\r\n- a\r\r\n\r\n## Key Facts\r\n\r\n- b",
      edit: (t) => applyTextEdit(t, insertSectionEdit(t, "Key Facts", ["- b"], ORDER, detectEol(t))),
    },
    {
      name: "insertSection after a BOM and a lone CR",
      before: `${BOM}\r`,
      after: `${BOM}\r\r\n\n## Key Facts\n\n- b`,
      edit: (t) => applyTextEdit(t, insertSectionEdit(t, "Key Facts", ["- b"], ORDER, detectEol(t))),
    },
    { name: "addKeyFact to a one-line note that ends in a lone CR", before: "- \r", after: "- \r\r\n\n## Key Facts\n\n- Prefers email.", edit: (t) => addKeyFact(t, "Prefers email.", CTX) },
    {
      name: "addKeyDecision below a Key Decisions list whose last item ends in a lone CR",
      before: "## Key Decisions\n\n- ✅ Ship it.\r",
      after: "## Key Decisions\n\n- ✅ Ship it.\r\r\n- ✅ Test first.",
      edit: (t) => addKeyDecision(t, "Test first.", CTX),
    },
    {
      name: "setContactField: a new row after a last row that ends in a lone CR",
      before: "## Contact Information\n\n| Field | Value |\n|---|---|\n| **Role** | Eng |\r",
      after: "## Contact Information\n\n| Field | Value |\n|---|---|\n| **Role** | Eng |\r\r\n| **Email** | e@x.example |",
      edit: (t) => setContactField(t, "Email", "e@x.example", CTX),
    },
  ];
  runEditCases(cases);

  it.each(cases)("$name: the lone CRs stay lone", ({ before, edit }) => {
    expect(lonelyCrs(edit(before))).toBe(lonelyCrs(before));
  });
});

describe("breakAt", () => {
  it.each([
    ["a", 1, "\n", "\n"],
    ["a", 1, "\r\n", "\r\n"],
    ["a\r", 2, "\n", "\r\n"],
    ["a\r", 2, "\r\n", "\r\n"],
    ["\r", 0, "\n", "\n"],
    ["", 0, "\n", "\n"],
  ] as const)("breakAt(%j, %i, %j) is %j", (text, at, eol, expected) => {
    expect(breakAt(text, at, eol)).toBe(expected);
  });
});

describe("removeLine: a note without a final line break still has none", () => {
  /** `text` less its last line. */
  const dropLast = (text: string): string => {
    const start = text.lastIndexOf("\n") + 1;
    return removeLine(text, { start, end: text.length, next: text.length });
  };
  it.each([
    ["the break before the last line goes with it", "a\nb", "a"],
    ["a CRLF break", "a\r\nb", "a"],
    ["an empty line above goes too", "a\n\nb", "a"],
    ["empty lines above go too, CRLF", "a\r\n\r\n\r\nb", "a"],
    ["a line of spaces above stays", "a\n  \nb", "a\n  "],
    ["a lone CR ending the line above stays", "a\r\r\nb", "a\r"],
    ["an empty CRLF line below an LF line goes too", "a\n\r\nb", "a"],
    ["after a BOM, empty lines only", `${BOM}\n\nb`, BOM],
    ["empty lines only", "\n\nb", ""],
  ])("%s: %j -> %j", (_name, text, expected) => {
    expect(dropLast(text)).toBe(expected);
  });

  it.each([
    ["a line with its line break", "a\n\nb\nc\n", 3, 4, 5, "a\n\nc\n"],
    ["the last line of a text with a final line break", "a\n\nb\n", 3, 4, 5, "a\n\n"],
  ] as const)("%s: only that line goes", (_name, text, start, end, next, expected) => {
    expect(removeLine(text, { start, end, next })).toBe(expected);
  });
});

describe("a lone CR ending the last line, in merge and normalize", () => {
  it("carryLines keeps it a lone CR", () => {
    expect(carryLines("## Notes\n\nOld line\r", "Notes", ["New line"], ["Notes"], "\n")).toBe("## Notes\n\nOld line\r\r\n\nNew line");
  });

  it("normalize adds the missing sections after a CRLF break", () => {
    const result = normalizePersonNote("# Dana\n\n## Key Facts\n\n- One.\r", "People/Dana.md", CTX);
    expect(result.slice(result.indexOf("## Key Facts"))).toBe(
      "## Key Facts\n\n- One.\r\r\n\n## Topics Discussed\n\n## Recent Context\n\n## Profile\n\n**Role**: _Unknown_\n**Relationship**: _Unknown_\n\n## Key Decisions\n\n## Related\n\n---\n*Last updated: 2026-11-25*\n",
    );
  });
});
