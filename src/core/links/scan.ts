import { locateFrontmatter } from "../frontmatter/locate";
import { codeRanges, inRanges } from "./code-ranges";

/** One link in a note: a wikilink or embed (body or frontmatter) or a Markdown link or image. */
export interface LinkRef {
  kind: "wiki" | "markdown";
  embed: boolean;
  /** The whole link's offsets. */
  start: number;
  end: number;
  /** Where its path is written (no `#heading`, `^block` or `|display` part): what a retarget replaces. */
  pathFrom: number;
  pathTo: number;
  /** The path as it resolves: URL-decoded, YAML quotes undone. */
  linkpath: string;
  /** Inside frontmatter: the quote of the YAML scalar it sits in (`""` for plain); null in the body. */
  yamlQuote: "'" | '"' | "" | null;
  /** A Markdown link written `(<path with spaces.md>)`. */
  angle: boolean;
}

const WIKI = String.raw`(!?)\[\[([^[\]\n]*)\]\]`;
/** A character of a Markdown link's text: escaped (`\]`), or no bracket. */
const TEXT_CHAR = String.raw`\\.|[^[\]\n\\]`;
/**
 * A link destination: `<path with spaces>` or a path whose parentheses are in pairs (two deep,
 * `Anna%20(Annie).png`), as CommonMark's are; a backslash is read with the character after it
 * (`foo\(bar`), so no path is read two ways.
 */
const DEST = String.raw`<(?:\\.|[^<>\n\\])*>|(?!<)(?:\\\S|[^()\s\\]|\((?:\\\S|[^()\s\\]|\((?:\\\S|[^()\s\\])*\))*\))*`;
/** Not after an odd run of backslashes: `\[` is escaped, `\\[` is a backslash and then a bracket. */
const UNESCAPED = String.raw`(?<!(?:^|[^\\])\\(?:\\\\)*)`;
/** A link title, `"..."`, `'...'` or `(...)`, and the spaces before the closing parenthesis. */
const TITLE_AND_END = String.raw`(?:[ \t]+(?:"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|\((?:\\.|[^()\\\n])*\)))?[ \t]*\)`;
/** An image in a link's text (`[![photo](a.png)](b.md)`): a link of its own, found inside. */
const IMAGE_IN_TEXT = String.raw`!\[(?:${TEXT_CHAR})*\]\([ \t]*(?![ \t])(?:${DEST})${TITLE_AND_END}`;
/** Brackets in pairs, two deep (`[a [b] c]`), that are no link's text. */
const BRACKETS = String.raw`\[(?:${TEXT_CHAR}|\[(?:${TEXT_CHAR})*\](?!\())*\](?!\()`;
/**
 * `[text](path "title")`, `![alt](<path with spaces>)`. The text may hold brackets in pairs and
 * images, but no link of its own (in `[a [b](c) d](e)` the inner link is the one found), and does
 * not start with `[` (`[[x]]` is a wikilink). An escaped `\[` opens no link, and is text inside
 * one. Spaces may stand after the `(`. Reference links (`[text][ref]`, `[ref]: path`) are not read.
 */
const MARKDOWN = String.raw`${UNESCAPED}(!?)(\[(?!\[)(?:${IMAGE_IN_TEXT}|${TEXT_CHAR}|${BRACKETS})*\])\(([ \t]*)(?![ \t])(${DEST})${TITLE_AND_END}`;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Every link outside code, in order. */
export function scanLinks(text: string): LinkRef[] {
  const code = codeRanges(text);
  const block = locateFrontmatter(text);
  const bodyStart = block?.end ?? 0;
  const links: LinkRef[] = [];
  if (block) {
    const wiki = new RegExp(WIKI, "g");
    wiki.lastIndex = block.contentStart;
    for (let m = wiki.exec(text); m && m.index < block.contentEnd; m = wiki.exec(text)) {
      const quote = yamlQuoteAt(text, m.index);
      const ref = wikiRef(m, quote);
      if (ref) links.push(ref);
    }
  }
  const wiki = new RegExp(WIKI, "g");
  wiki.lastIndex = bodyStart;
  for (let m = wiki.exec(text); m; m = wiki.exec(text)) {
    const ref = inRanges(code, m.index) ? null : wikiRef(m, null);
    if (ref) links.push(ref);
  }
  links.push(...markdownLinks(text, bodyStart, text.length, code));
  return links.sort((a, b) => a.start - b.start);
}

/** The Markdown links starting in [from, to), outside code, and the images in their texts. */
function markdownLinks(text: string, from: number, to: number, code: ReadonlyArray<readonly [number, number]>): LinkRef[] {
  const markdown = new RegExp(MARKDOWN, "g");
  markdown.lastIndex = from;
  const links: LinkRef[] = [];
  for (let m = markdown.exec(text); m && m.index < to; m = markdown.exec(text)) {
    if (inRanges(code, m.index)) continue;
    const ref = markdownRef(m);
    if (ref) links.push(ref);
    const textFrom = m.index + (m[1]?.length ?? 0) + 1;
    if (m[2]?.includes("![")) links.push(...markdownLinks(text, textFrom, textFrom + (m[2]?.length ?? 2) - 2, code));
  }
  return links;
}

function wikiRef(m: RegExpExecArray, yamlQuote: LinkRef["yamlQuote"]): LinkRef | null {
  const inner = m[2] ?? "";
  const cut = [inner.indexOf("|"), inner.indexOf("#")].filter((i) => i !== -1);
  let path = cut.length > 0 ? inner.slice(0, Math.min(...cut)) : inner;
  // In a table the display pipe is written `\|`: the backslash is not part of the path.
  if (path.endsWith("\\")) path = path.slice(0, -1);
  const linkpath = yamlQuote === "'" ? path.replace(/''/g, "'") : path;
  if (linkpath.trim() === "") return null;
  const pathFrom = m.index + (m[1]?.length ?? 0) + 2;
  return { kind: "wiki", embed: m[1] === "!", start: m.index, end: m.index + m[0].length, pathFrom, pathTo: pathFrom + path.length, linkpath, yamlQuote, angle: false };
}

function markdownRef(m: RegExpExecArray): LinkRef | null {
  const url = m[4] ?? "";
  const angle = url.startsWith("<");
  const raw = angle ? url.slice(1, -1) : url;
  const hash = raw.indexOf("#");
  const path = hash === -1 ? raw : raw.slice(0, hash);
  if (path === "" || SCHEME.test(path)) return null;
  const pathFrom = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0) + 1 + (m[3]?.length ?? 0) + (angle ? 1 : 0);
  return {
    kind: "markdown",
    embed: m[1] === "!",
    start: m.index,
    end: m.index + m[0].length,
    pathFrom,
    pathTo: pathFrom + path.length,
    // `\(` is `(`, as CommonMark reads a backslash before punctuation.
    linkpath: decode(path.replace(/\\([!-/:-@[-`{-~])/g, "$1")),
    yamlQuote: null,
    angle,
  };
}

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The quote of the YAML scalar holding `pos`: the quotes before it on its line, counted. */
function yamlQuoteAt(text: string, pos: number): "'" | '"' | "" {
  const prefix = text.slice(text.lastIndexOf("\n", pos - 1) + 1, pos);
  const singles = (prefix.match(/'/g) ?? []).length;
  const doubles = (prefix.replace(/\\"/g, "").match(/"/g) ?? []).length;
  if (singles % 2 === 1) return "'";
  if (doubles % 2 === 1) return '"';
  return "";
}
