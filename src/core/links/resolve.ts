/**
 * Resolves link paths to notes the way Obsidian does, for hosts without its metadata cache
 * (tests, the CLI): a path with a folder names that note (relative to the linking note when
 * it starts with `./` or `../`); a bare name is the note of that name, in the linking note's
 * folder first, else the one with the shortest path. Case is ignored; `.md` is optional.
 */
export function pathResolver(paths: readonly string[]): (linkpath: string, fromPath: string) => string | null {
  const byKey = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const path of paths) {
    byKey.set(keyOf(path), path);
    const name = keyOf(path.slice(path.lastIndexOf("/") + 1));
    byName.set(name, [...(byName.get(name) ?? []), path]);
  }
  return (linkpath, fromPath) => {
    const wanted = linkpath.trim();
    if (wanted.includes("/")) return byKey.get(keyOf(resolveRelative(fromPath, wanted).replace(/^\/+/, ""))) ?? null;
    const candidates = byName.get(keyOf(wanted)) ?? [];
    const folder = fromPath.slice(0, fromPath.lastIndexOf("/") + 1);
    return candidates.find((p) => p.startsWith(folder) && !p.slice(folder.length).includes("/")) ?? [...candidates].sort((a, b) => a.length - b.length)[0] ?? null;
  };
}

function keyOf(path: string): string {
  return path.replace(/\.md$/i, "").normalize("NFC").toLowerCase();
}

/** A link path starting with `./` or `../` as a vault path from note `fromPath`; other paths as they are. */
export function resolveRelative(fromPath: string, linkpath: string): string {
  if (!linkpath.startsWith("./") && !linkpath.startsWith("../")) return linkpath;
  const parts = fromPath.split("/").slice(0, -1);
  for (const part of linkpath.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

/** The shortest link text for a note from anywhere: its name when no other note shares it, else its path. */
export function shortestLinkText(paths: readonly string[]): (target: string) => string {
  return (target) => {
    const name = keyOf(target.slice(target.lastIndexOf("/") + 1));
    const shared = paths.filter((p) => keyOf(p.slice(p.lastIndexOf("/") + 1)) === name).length > 1;
    return (shared ? target : target.slice(target.lastIndexOf("/") + 1)).replace(/\.md$/i, "");
  };
}
