import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bomLength, locateFrontmatter } from "../../../src/core/frontmatter/locate";
import { scanCodeAndFooter, scanCodeBlocks, scanOutline, type Footer, type Heading } from "../../../src/core/sections/outline";
import { fuzzRuns } from "../../support/fuzz-runs";

/**
 * scanOutline jumps between marker characters with indexOf for speed; this reference walks
 * the note line by line, as the Markdown rules read, and the two must agree on every note.
 */
function referenceOutline(text: string, from?: number): ReturnType<typeof scanOutline> {
  const frontmatter = from === undefined ? locateFrontmatter(text) : null;
  const bodyStart = from ?? frontmatter?.end ?? bomLength(text);
  const lines: Array<{ start: number; end: number; next: number; text: string }> = [];
  for (let pos = bodyStart; ; ) {
    const lf = text.indexOf("\n", pos);
    const next = lf === -1 ? text.length : lf + 1;
    const end = lf === -1 ? text.length : lf > 0 && text[lf - 1] === "\r" ? lf - 1 : lf;
    lines.push({ start: pos, end, next, text: text.slice(pos, end) });
    if (lf === -1) break;
    pos = next;
  }
  const headings: Heading[] = [];
  const fences: Array<[number, number]> = [];
  let footer: Footer | null = null;
  let fence: { char: string; length: number; start: number } | null = null;
  lines.forEach((line, index) => {
    const fenceLine = /^ {0,3}(`{3,}|~{3,})([^]*)$/.exec(line.text);
    if (fence) {
      if (fenceLine && fenceLine[1]![0] === fence.char && fenceLine[1]!.length >= fence.length && /^[ \t]*$/.test(fenceLine[2]!)) {
        fences.push([fence.start, line.next]);
        fence = null;
      }
      return;
    }
    if (fenceLine && !(fenceLine[1]![0] === "`" && fenceLine[2]!.includes("`"))) {
      fence = { char: fenceLine[1]![0]!, length: fenceLine[1]!.length, start: line.start };
      return;
    }
    const heading = /^ {0,3}(#{1,6})((?:[ \t\r][^]*)?)$/.exec(line.text);
    if (heading) {
      let title = heading[2]!.trim();
      const closing = /(?:^|[ \t]+)#+$/.exec(title);
      if (closing) title = title.slice(0, closing.index).trim();
      headings.push({ level: heading[1]!.length, title, start: line.start, lineEnd: line.end, next: line.next });
      footer = null;
      return;
    }
    if (/^\*Last updated:[^\n]*\*[ \t]*$/.test(line.text)) {
      let start = line.start;
      for (let j = index - 1; j >= 0; j--) {
        const prev = lines[j]!;
        if (prev.text.trim() === "") continue;
        if (/^ {0,3}(?:-[ \t]*){3,}$/.test(prev.text.trimEnd())) start = prev.start;
        break;
      }
      footer = { start, lineStart: line.start, lineEnd: line.end };
    }
  });
  const open = fence as { start: number } | null;
  if (open) fences.push([open.start, text.length]);
  return { frontmatter, bodyStart, headings, fences, footer, unclosedFence: open ? open.start : null };
}

/** The outline, or the refusal's message: an unclosed frontmatter fence is refused by both. */
function outcome(read: (text: string) => unknown, text: string): unknown {
  try {
    return read(text);
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

/** The reference's code blocks; a note whose frontmatter is never closed read as having none. */
function codeBlocksOf(text: string): unknown {
  let outline: ReturnType<typeof scanOutline>;
  try {
    outline = referenceOutline(text);
  } catch {
    outline = referenceOutline(text, bomLength(text));
  }
  const { bodyStart, fences, unclosedFence } = outline;
  return { bodyStart, fences, unclosedFence };
}

function codeAndFooterOf(text: string): unknown {
  const { frontmatter, bodyStart, fences, unclosedFence, footer } = referenceOutline(text);
  return { frontmatter, bodyStart, fences, unclosedFence, footer };
}

const line = fc.constantFrom(
  "# Dana Okafor",
  "## Key Facts",
  "## Key Facts ##",
  "##NoSpace",
  "####### seven",
  "   ### three spaces",
  "    # four spaces",
  "#",
  "# closing #",
  "#\ttab",
  "\t# tab first",
  "```",
  "```dataview",
  "````",
  " ```",
  "``` a`b",
  "`` two",
  "~~~",
  "~~~~ python",
  "  ~~~",
  "*Last updated: 2026-01-03*",
  "*Last updated: x* ",
  " *Last updated: 1*",
  "*Last updated: open",
  "---",
  "- - -",
  "",
  "   ",
  "- item #tag",
  "C# and F# ##",
  "text *Last updated: 1*",
  "a\r# lone CR",
  "x\u2028# line separator",
  "| **Role** | Lead |",
);
const note = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, fc.constantFrom("\n", "\r\n")), { maxLength: 30 }))
  .map(([bom, parts]) => (bom ? "\uFEFF" : "") + parts.map(([l, eol]) => l + eol).join(""));

describe("scanOutline", () => {
  it("agrees with a line-by-line reading on every note", () => {
    fc.assert(
      fc.property(note, fc.boolean(), (body, trimLast) => {
        // With and without a final line break; the body never starts with a frontmatter fence.
        const text = trimLast ? body.replace(/\r?\n$/, "") : body;
        expect(outcome(scanOutline, text), JSON.stringify(text)).toEqual(outcome(referenceOutline, text));
        expect(outcome(scanCodeAndFooter, text), JSON.stringify(text)).toEqual(outcome(codeAndFooterOf, text));
        expect(scanCodeBlocks(text), JSON.stringify(text)).toEqual(codeBlocksOf(text));
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });

  it("reads a note below its frontmatter the same way", () => {
    fc.assert(
      fc.property(note, (body) => {
        const text = `---\ntype: people\n---\n${body.replace(/^\uFEFF/, "")}`;
        expect(outcome(scanOutline, text), JSON.stringify(text)).toEqual(outcome(referenceOutline, text));
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
