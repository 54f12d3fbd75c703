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

const WIKI = /(!?)\[\[([^[\]\n]*)\]\]/g;
/**
 * `[text](path "title")`, `![alt](<path with spaces>)`. The text may hold brackets in pairs
 * (`[a [b] c]`) but no link of its own (in `[![photo](a.png)](b.md)` the image is the link
 * found) and does not start with `[` (`[[x]]` is a wikilink); the path may hold parentheses in
 * pairs (`Anna%20(Annie).png`, two deep), as CommonMark's link destinations do, and only a
 * whole `<...>` is an angle path. An escaped `\[` opens no link, and is text inside one (each
 * backslash is read with the character after it, so no text is read two ways).
 */
const MARKDOWN = /(?<!\\)(!?)(\[(?!\[)(?:\\.|[^[\]\n\\]|\[(?:\\.|[^[\]\n\\])*\](?!\())*\])\((<[^<>\n]*>|(?!<)(?:[^()\s]|\((?:[^()\s]|\([^()\s]*\))*\))*)(?:[ \t]+"[^"\n]*")?\)/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Every link outside code, in order. */
export function scanLinks(text: string): LinkRef[] {
  const code = codeRanges(text);
  const block = locateFrontmatter(text);
  const bodyStart = block?.end ?? 0;
  const links: LinkRef[] = [];
  if (block) {
    WIKI.lastIndex = block.contentStart;
    for (let m = WIKI.exec(text); m && m.index < block.contentEnd; m = WIKI.exec(text)) {
      const quote = yamlQuoteAt(text, m.index);
      const ref = wikiRef(m, quote);
      if (ref) links.push(ref);
    }
  }
  WIKI.lastIndex = bodyStart;
  for (let m = WIKI.exec(text); m; m = WIKI.exec(text)) {
    const ref = inRanges(code, m.index) ? null : wikiRef(m, null);
    if (ref) links.push(ref);
  }
  MARKDOWN.lastIndex = bodyStart;
  for (let m = MARKDOWN.exec(text); m; m = MARKDOWN.exec(text)) {
    const ref = inRanges(code, m.index) ? null : markdownRef(m);
    if (ref) links.push(ref);
  }
  return links.sort((a, b) => a.start - b.start);
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
  const url = m[3] ?? "";
  const angle = url.startsWith("<");
  const raw = angle ? url.slice(1, -1) : url;
  const hash = raw.indexOf("#");
  const path = hash === -1 ? raw : raw.slice(0, hash);
  if (path === "" || SCHEME.test(path)) return null;
  const pathFrom = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0) + 1 + (angle ? 1 : 0);
  return {
    kind: "markdown",
    embed: m[1] === "!",
    start: m.index,
    end: m.index + m[0].length,
    pathFrom,
    pathTo: pathFrom + path.length,
    linkpath: decode(path),
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
