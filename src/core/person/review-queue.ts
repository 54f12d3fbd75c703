import { REVIEW_TAG } from "./layout";
import { sameTag } from "./status";

/**
 * Whether a person waits in the review queue: made by automation (`auto_created: true`) and
 * still tagged `needs-review`. Takes frontmatter values as Obsidian's metadata cache or the
 * core's parser gives them (a boolean or the string `true`; tags as a list or one string).
 */
export function needsReview(frontmatter: Readonly<Record<string, unknown>> | null | undefined): boolean {
  const auto = frontmatter?.auto_created;
  if (auto !== true && !(typeof auto === "string" && auto.trim().toLowerCase() === "true")) return false;
  const tags: unknown = frontmatter?.tags;
  const list: unknown[] = Array.isArray(tags) ? tags : typeof tags === "string" ? tags.split(/[,\s]+/) : [];
  return list.some((t) => typeof t === "string" && sameTag(t, REVIEW_TAG));
}
