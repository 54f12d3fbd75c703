import { Parser } from "commonmark";
import spec from "commonmark-spec";
import { describe, expect, it } from "vitest";
import { scanLinks } from "../../../src/core";

/**
 * The paths of the Markdown links and images scanLinks finds, against commonmark.js (the
 * reference implementation, a dev-only oracle) on the CommonMark spec's examples of links and
 * images: each destination without its `#fragment`, URL-decoded, schemes (https:) left out as
 * Kith leaves them.
 */
const KNOWN: Record<number, string> = {
  503: "an HTML entity in a path (&auml;) is read as written",
  507: "a no-break space ends a path",
  510: "a link over two lines is not read",
  520: "an image whose alt holds an image with a link is read for the innermost link only",
  524: "raw HTML is text to Kith: a link inside a tag's attribute is read",
  525: "a code span that starts inside a link's text does not hide the link",
  526: "an autolink is text to Kith: a link inside one is read",
  575: "a link in an image's alt hides the image",
};

/** Reference links (`[text][ref]` with `[ref]: path`) are not read: the examples that define one. */
const DEFINES_REFERENCE = /^ {0,3}\[(?:\\.|[^\]\\])+\]:/m;

const examples = spec.tests.filter((t) => t.section === "Links" || t.section === "Images").map((t) => ({ ...t, markdown: t.markdown.replace(/→/g, "\t") }));

function commonmarkPaths(markdown: string): string[] {
  const paths: string[] = [];
  const walker = new Parser().parse(markdown).walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering || (event.node.type !== "link" && event.node.type !== "image")) continue;
    const path = (event.node.destination ?? "").split("#")[0] ?? "";
    if (path !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(path)) paths.push(decodeURIComponent(path));
  }
  return paths.sort();
}

const kithPaths = (markdown: string): string[] =>
  scanLinks(markdown)
    .filter((l) => l.kind === "markdown")
    .map((l) => l.linkpath)
    .sort();

describe("Markdown links as commonmark.js reads them", () => {
  const read = examples.filter((t) => !(t.number in KNOWN) && !DEFINES_REFERENCE.test(t.markdown));
  it("covers the sections", () => expect([examples.length, read.length]).toEqual([112, 48]));
  it.each(read)("example $number ($section)", ({ markdown }) => {
    expect(kithPaths(markdown)).toEqual(commonmarkPaths(markdown));
  });
});
