import matter from "gray-matter";
import yaml from "js-yaml";
import { FrontmatterError, KithError } from "../errors";
import { lineNumberAt } from "../text/lines";
import { isSimpleYaml, readSimpleYaml } from "./fast-yaml";
import type { KeyLines } from "./keys";
import { locateFrontmatter, type FrontmatterBlock } from "./locate";

/**
 * Frontmatter as the user wrote it: every scalar stays a string (`2026-01-03`, `012`, `yes`
 * and `true` alike), so nothing is reinterpreted; the model decides what a value means.
 */
export type FrontmatterValue = string | null | FrontmatterValue[] | { [key: string]: FrontmatterValue };
export type FrontmatterData = Record<string, FrontmatterValue>;

export interface ParsedFrontmatter {
  block: FrontmatterBlock | null;
  data: FrontmatterData;
  /** The block's key lines, once an editor has walked them (see keyLinesOf). */
  keyLines?: KeyLines[];
}

function parseYamlFailsafe(source: string): object {
  return (yaml.load(source, { schema: yaml.FAILSAFE_SCHEMA, listener: refuseAnchors }) ?? {}) as object;
}

/**
 * Refuses the first anchored node js-yaml reads, before an alias can repeat it: a few lines
 * of aliases expand to billions of values (a "billion laughs"), which every walk of the
 * values would then visit. An alias needs an anchor, so refusing anchors refuses aliases.
 */
function refuseAnchors(this: unknown, event: string, state: { anchor?: string | null; line?: number }): void {
  if (event !== "close" || state.anchor === null || state.anchor === undefined) return;
  const name = state.anchor;
  throw new FrontmatterError(
    `The frontmatter uses YAML anchors/aliases (&${name}, *${name}); Kith does not read them. Write the values out in full.`,
    // The line js-yaml stands on, in the file's counting (see toFrontmatterError).
    (state.line ?? 0) + 1,
    "unsupported-frontmatter",
  );
}

// An options object on every call: gray-matter caches by input only when none is given, and
// shares the cached result objects between callers.
const MATTER_OPTIONS = {
  engines: {
    yaml: { parse: parseYamlFailsafe, stringify: () => "" },
    // No JavaScript front matter: its engine uses eval.
    javascript: { parse: () => ({}), stringify: () => "" },
    js: { parse: () => ({}), stringify: () => "" },
  },
};

/**
 * Reads a note's frontmatter. The block is found by `locateFrontmatter` and handed to
 * gray-matter on its own, so both agree on where it starts and ends.
 * Throws FrontmatterError (with the file's line number) when the YAML is malformed.
 */
export function parseFrontmatter(text: string): ParsedFrontmatter {
  const block = locateFrontmatter(text);
  if (!block) return { block: null, data: {} };
  const yamlText = blockYaml(text, block);
  return { block, data: readSimpleYaml(yamlText) ?? parseWithYaml(yamlText) };
}

/**
 * Throws what parseFrontmatter throws, and builds nothing when the block is one of the
 * simple shapes: the check every person edit makes before it writes. `block` is where
 * locateFrontmatter found it, for a caller that has located it already.
 */
export function checkFrontmatter(text: string, block: FrontmatterBlock | null = locateFrontmatter(text)): void {
  if (!block) return;
  const yamlText = blockYaml(text, block);
  if (!isSimpleYaml(yamlText)) parseWithYaml(yamlText);
}

/** The block's YAML lines, refused when they hold a line break Kith's editors read differently. */
function blockYaml(text: string, block: FrontmatterBlock): string {
  const yamlText = text.slice(block.contentStart, block.contentEnd);
  const loneCr = /\r(?!\n)/.exec(yamlText);
  if (loneCr) {
    // js-yaml breaks lines at a lone CR, Kith's line editor does not: refuse rather than disagree.
    throw new KithError("unsupported-frontmatter", `The frontmatter has a line break Kith does not edit (a lone CR) at line ${lineNumberAt(text, block.contentStart + loneCr.index)}.`);
  }
  return yamlText;
}

function parseWithYaml(yamlText: string): FrontmatterData {
  try {
    const result = matter(`---\n${yamlText}\n---\n`, MATTER_OPTIONS);
    const data: unknown = result.data;
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      throw new FrontmatterError("the block is not a list of keys", 2);
    }
    return data as FrontmatterData;
  } catch (error) {
    if (error instanceof FrontmatterError) throw error;
    throw toFrontmatterError(error);
  }
}

function toFrontmatterError(error: unknown): FrontmatterError {
  if (error instanceof yaml.YAMLException) {
    // js-yaml counts from the blank line gray-matter leaves after the opening fence, which
    // is exactly the fence's own line in the file: its 0-based line + 1 is the file's line.
    // @types/js-yaml 3 leaves out the fields js-yaml 3 sets on its errors.
    const detail = error as unknown as { reason?: string; mark?: { line?: number } };
    return new FrontmatterError(detail.reason ?? error.message, (detail.mark?.line ?? 0) + 1);
  }
  return new FrontmatterError(error instanceof Error ? error.message : String(error), 1);
}

/** A value as a string, or null when it is missing, empty or not a scalar. */
export function scalarValue(value: FrontmatterValue | undefined): string | null {
  return typeof value === "string" ? value : null;
}

/** A value as a list of strings: a list's scalars, or a lone scalar as a list of one. */
export function listValue(value: FrontmatterValue | undefined): string[] {
  if (typeof value === "string") return value === "" ? [] : [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}
