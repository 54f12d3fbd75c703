import { applyTextEdits } from "../text/text-edit";
import { scanLinks, type LinkRef } from "./scan";

/** The note links are moved to: its path, and the link text Obsidian would write for it from a note. */
export interface LinkTarget {
  path: string;
  linkText(fromPath: string): string;
}

/**
 * Points every link of one note that resolves to the old note at the target instead:
 * wikilinks, embeds, Markdown links and frontmatter links. Only the path part changes, so
 * display text and `#heading` / `#^block` parts stay; so does the link's style (a full path
 * stays a full path, `.md` stays). Links inside code are left as written.
 */
export function retargetLinks(text: string, fromPath: string, isOld: (linkpath: string) => boolean, target: LinkTarget): string {
  const edits = scanLinks(text)
    .filter((link) => isOld(link.linkpath))
    .map((link) => ({ from: link.pathFrom, to: link.pathTo, insert: written(link, newLinkpath(link.linkpath, fromPath, target)) }));
  return applyTextEdits(text, edits);
}

function newLinkpath(old: string, fromPath: string, target: LinkTarget): string {
  const written = /^\.\.?\//.test(old) ? relativePath(fromPath, target.path) : old.includes("/") ? target.path : target.linkText(fromPath);
  const base = written.replace(/\.md$/i, "");
  return /\.md$/i.test(old) ? `${base}.md` : base;
}

/** The path of `to` from the folder of note `from`: `../People/Dana Okafor.md`. */
function relativePath(from: string, to: string): string {
  const fromParts = from.split("/").slice(0, -1);
  const toParts = to.split("/");
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  return [...(up === 0 ? ["."] : Array<string>(up).fill("..")), ...toParts.slice(common)].join("/");
}

/** A path as the link's syntax needs it written. */
function written(link: LinkRef, path: string): string {
  // A Markdown path is read URL-decoded: a `%` of the name is written `%25`.
  if (link.kind === "markdown") return link.angle ? path : path.replace(/%/g, "%25").replace(/ /g, "%20").replace(/\(/g, "%28").replace(/\)/g, "%29");
  if (link.yamlQuote === "'") return path.replace(/'/g, "''");
  if (link.yamlQuote === '"') return path.replace(/"/g, '\\"');
  return path;
}
