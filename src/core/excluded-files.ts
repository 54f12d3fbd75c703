/**
 * Obsidian's "Excluded files" (Settings > Files and links, `userIgnoreFilters` in
 * `.obsidian/app.json`): folder or path prefixes, or `/regex/` patterns; and Kith's template
 * note (with or without `.md`), whose placeholders are nobody's tasks or projects. The plugin
 * reads the filters through Obsidian, the CLI from app.json; both decide here.
 */
export function excludedFiles(filters: readonly unknown[], templatePath: string): (path: string) => boolean {
  const tests = filters.filter((f): f is string => typeof f === "string" && f.trim() !== "").map(filterTest);
  const template = templatePath.trim().replace(/^\/+/, "");
  return (path) => (template !== "" && (path === template || path === `${template}.md`)) || tests.some((test) => test(path));
}

/** A `/regex/` filter (one that does not compile excludes nothing), else a prefix. */
function filterTest(filter: string): (path: string) => boolean {
  if (filter.length <= 2 || !filter.startsWith("/") || !filter.endsWith("/")) return (path) => path.startsWith(filter);
  try {
    const re = new RegExp(filter.slice(1, -1));
    return (path) => re.test(path);
  } catch {
    return () => false;
  }
}
