/**
 * What Kith's edits are printed beside.
 *
 * - The raw splice: the same visible change (the inserted or replaced text and the footer
 *   date) with plain `indexOf`, `slice` and one concatenation. No fence awareness, no
 *   de-duplication, no YAML parse: it is only right on notes shaped exactly like the seed.
 * - The usual peer approach: a remark parse + stringify round trip (which also escapes
 *   `[[links]]`, changes bullets and rewrites tables: its speed, not a correct edit).
 */
import type { Parent, Root, RootContent } from "mdast";
import { remark } from "remark";

const FOOTER = "*Last updated:";

/** The footer line's span in the seed layout: from `*Last updated:` to the end of its line. */
function footerSpan(text: string): [number, number] {
  const from = text.lastIndexOf(FOOTER);
  const lf = text.indexOf("\n", from);
  return [from, lf === -1 ? text.length : lf];
}

/** Raw: appends `- fact` after the last line of `## Key Facts`, stamps the footer. */
export function rawAddKeyFact(text: string, fact: string, today: string): string {
  const heading = text.indexOf("\n## Key Facts\n");
  let end = text.indexOf("\n## ", heading + 1);
  while (text.charCodeAt(end - 1) === 10) end--;
  const at = end + 1;
  const [f0, f1] = footerSpan(text);
  return text.slice(0, at) + "- " + fact + "\n" + text.slice(at, f0) + "*Last updated: " + today + "*" + text.slice(f1);
}

/** Raw: puts the line first in `## Recent Context` (newest first), stamps the footer. */
export function rawAddRecentContext(text: string, date: string, link: string, summary: string, via: string, today: string): string {
  const heading = text.indexOf("\n## Recent Context\n");
  const at = text.indexOf("\n- ", heading) + 1;
  const [f0, f1] = footerSpan(text);
  const line = "- " + date + ": [[" + link + "]] - " + summary + " (via " + via + ")\n";
  return text.slice(0, at) + line + text.slice(at, f0) + "*Last updated: " + today + "*" + text.slice(f1);
}

/** Raw: replaces the value cell of `| **Field** | value |`, stamps the footer. */
export function rawSetContactField(text: string, field: string, value: string, today: string): string {
  const key = "| **" + field + "** | ";
  const from = text.indexOf(key) + key.length;
  const to = text.indexOf(" |", from);
  const [f0, f1] = footerSpan(text);
  return text.slice(0, from) + value + text.slice(to, f0) + "*Last updated: " + today + "*" + text.slice(f1);
}

/** Raw: replaces the `last_contact:` value with the quoted date, stamps the footer. */
export function rawSetLastContact(text: string, date: string, today: string): string {
  const key = "\nlast_contact: ";
  const from = text.indexOf(key) + key.length;
  const to = text.indexOf("\n", from);
  const [f0, f1] = footerSpan(text);
  return text.slice(0, from) + "'" + date + "'" + text.slice(to, f0) + "*Last updated: " + today + "*" + text.slice(f1);
}

// ---------------------------------------------------------------------------------------------
// remark

const processor = remark();

function textOf(node: RootContent | Root): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as RootContent[]).map(textOf).join("");
  return "";
}

function walk(node: Root | RootContent, visit: (node: RootContent, parent: Parent, index: number) => boolean | void): boolean {
  if (!("children" in node)) return false;
  const children = node.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as RootContent;
    if (visit(child, node, i) === true) return true;
    if (walk(child, visit)) return true;
  }
  return false;
}

function stampFooterNode(tree: Root, today: string): void {
  walk(tree, (node) => {
    if (node.type === "emphasis" && textOf(node).startsWith("Last updated:")) {
      node.children = [{ type: "text", value: `Last updated: ${today}` }];
      return true;
    }
    return false;
  });
}

function sectionNext(tree: Root, title: string): { index: number } | null {
  const index = tree.children.findIndex((n) => n.type === "heading" && n.depth === 2 && textOf(n).trim() === title);
  return index === -1 ? null : { index: index + 1 };
}

function listItem(value: string): RootContent {
  return { type: "listItem", spread: false, children: [{ type: "paragraph", children: [{ type: "text", value }] }] };
}

/** The peer approach: parse the whole note to mdast, change the tree, stringify it all. */
function remarkRoundTrip(text: string, mutate: (tree: Root) => void): string {
  const tree = processor.parse(text);
  mutate(tree);
  return processor.stringify(tree);
}

export function remarkAddKeyFact(text: string, fact: string, today: string): string {
  return remarkRoundTrip(text, (tree) => {
    const at = sectionNext(tree, "Key Facts");
    const list = at ? tree.children[at.index] : undefined;
    if (list?.type === "list") list.children.push(listItem(fact) as (typeof list.children)[number]);
    stampFooterNode(tree, today);
  });
}

export function remarkAddRecentContext(text: string, line: string, today: string): string {
  return remarkRoundTrip(text, (tree) => {
    const at = sectionNext(tree, "Recent Context");
    const list = at ? tree.children[at.index] : undefined;
    if (list?.type === "list") list.children.unshift(listItem(line) as (typeof list.children)[number]);
    stampFooterNode(tree, today);
  });
}

/** Without remark-gfm the table is a paragraph: the text after `**Field**` is the cell. */
export function remarkSetContactField(text: string, field: string, value: string, today: string): string {
  return remarkRoundTrip(text, (tree) => {
    walk(tree, (node, parent, index) => {
      if (node.type !== "strong" || textOf(node) !== field) return false;
      const next = parent.children[index + 1];
      if (next?.type === "text") next.value = next.value.replace(/^ \| [^|\n]*\|/, ` | ${value} |`);
      return true;
    });
    stampFooterNode(tree, today);
  });
}

/** remark has no frontmatter without a plugin: the block reads as a setext heading's text. */
export function remarkSetLastContact(text: string, date: string, today: string): string {
  return remarkRoundTrip(text, (tree) => {
    walk(tree, (node) => {
      if (node.type === "text" && node.value.includes("last_contact: ")) {
        node.value = node.value.replace(/last_contact: [^\n]*/, `last_contact: '${date}'`);
        return true;
      }
      return false;
    });
    stampFooterNode(tree, today);
  });
}

/** Lines of `a` that `b` lacks plus lines of `b` that `a` lacks (as multisets). */
export function changedLineCount(a: string, b: string): { count: number; examples: string[] } {
  const counts = new Map<string, number>();
  for (const line of a.split("\n")) counts.set(line, (counts.get(line) ?? 0) + 1);
  const added: string[] = [];
  for (const line of b.split("\n")) {
    const n = counts.get(line) ?? 0;
    if (n > 0) counts.set(line, n - 1);
    else added.push(line);
  }
  const removed = [...counts.entries()].flatMap(([line, n]) => Array.from({ length: n }, () => line));
  return { count: added.length + removed.length, examples: [...removed.slice(0, 3).map((l) => `- ${l}`), ...added.slice(0, 3).map((l) => `+ ${l}`)] };
}
