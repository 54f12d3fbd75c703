import { Parser } from "commonmark";
import spec from "commonmark-spec";
import { describe, expect, it } from "vitest";
import { codeRanges, scanLinks, scanOutline } from "../../../src/core";

/**
 * The inline code spans codeRanges finds (where links are examples, not links) against
 * commonmark.js, the reference implementation, on the CommonMark spec's examples of code spans
 * and backslash escapes: each span's content as commonmark.js gives it. Both are dev-only oracles.
 */
const KNOWN: Record<number, string> = {
  344: "raw HTML is text to Kith: a backtick inside a tag's attribute can open a span",
  346: "an autolink is text to Kith: a backtick inside one can open a span",
};

const examples = spec.tests.filter((t) => t.section === "Code spans" || t.section === "Backslash escapes").map((t) => ({ ...t, markdown: t.markdown.replace(/→/g, "\t") }));

function commonmarkSpans(markdown: string): string[] {
  const spans: string[] = [];
  const walker = new Parser().parse(markdown).walker();
  for (let event = walker.next(); event; event = walker.next()) if (event.entering && event.node.type === "code") spans.push(event.node.literal ?? "");
  return spans;
}

/** Kith's spans (fences left out), their content as CommonMark gives it: backticks off, line breaks as spaces, one space each side stripped. */
function kithSpans(markdown: string): string[] {
  return codeRanges(markdown)
    .slice(scanOutline(markdown).fences.length)
    .map(([start, end]) => markdown.slice(start, end).replace(/^(`+)([^]*)\1$/, "$2").replace(/\n/g, " ").replace(/^ ([^]*[^ ][^]*) $/, "$1"));
}

describe("code spans as commonmark.js reads them", () => {
  it("covers both sections", () => expect(examples.length).toBeGreaterThan(30));
  it.each(examples.filter((t) => !(t.number in KNOWN)))("example $number ($section)", ({ markdown }) => {
    expect(kithSpans(markdown)).toEqual(commonmarkSpans(markdown));
  });
});

describe("a link after an escaped backtick, or after a run no other closes, is a link", () => {
  it.each([
    { text: "a \\` b ![[Lena Voss.png]] c ` d", links: ["Lena Voss.png"] },
    { text: "`foo``bar`` ![[Lena Voss.png]]", links: ["Lena Voss.png"] },
    { text: "a `![[Lena Voss.png]]` b", links: [] },
    { text: "a `x\n```\n`![[Lena Voss.png]]\n```\n", links: [] },
  ])("$text", ({ text, links }) => {
    expect(scanLinks(text).map((l) => l.linkpath)).toEqual(links);
  });
});
