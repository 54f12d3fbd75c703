import matter from "gray-matter";
import yaml from "js-yaml";
import { FrontmatterError, KithError } from "../errors";
import { lineNumberAt } from "../text/lines";
import { locateFrontmatter, type FrontmatterBlock } from "./locate";
import type { FrontmatterData, FrontmatterValue, ParsedFrontmatter } from "./types";

/**
 * Reads a note's frontmatter with one YAML library call: the block `locateFrontmatter` finds,
 * handed to gray-matter with js-yaml's FAILSAFE schema and YAML's null, so every scalar stays
 * the string the user wrote, but for a null (`role: ~`), which is no value, as in Obsidian's
 * Properties. Throws FrontmatterError (with the file's line number) when the YAML is malformed.
 */
export function parseFrontmatter(text: string): ParsedFrontmatter {
  const block = locateFrontmatter(text);
  return block ? { block, data: readBlock(text, block) } : { block: null, data: {} };
}

/**
 * Throws what parseFrontmatter throws: the check every person edit makes before it writes.
 * `block` is where locateFrontmatter found it, for a caller that has located it already.
 */
export function checkFrontmatter(text: string, block: FrontmatterBlock | null = locateFrontmatter(text)): void {
  if (block) readBlock(text, block);
}

// An options object on every call: without one gray-matter caches results by input and shares
// them between callers. The input always opens with a bare `---`, so the language is YAML.
const MATTER_OPTIONS = Object.freeze({ engines: Object.freeze({ yaml: readFailsafe }) });

function readBlock(text: string, block: FrontmatterBlock): FrontmatterData {
  const yamlText = text.slice(block.contentStart, block.contentEnd);
  const loneCr = /\r(?!\n)/.exec(yamlText);
  if (loneCr) {
    // js-yaml breaks lines at a lone CR, Kith's line editor does not: refuse rather than disagree.
    throw new KithError("unsupported-frontmatter", `The frontmatter has a line break Kith does not edit (a lone CR) at line ${lineNumberAt(text, block.contentStart + loneCr.index)}.`);
  }
  const read = readYaml(yamlText);
  // gray-matter closes the block at the first line that starts with `---`, Obsidian only at a
  // `---` line: a `---x` line before the closing fence would hide the keys after it.
  if (read.matter.length !== yamlText.length + 1) {
    const line = lineNumberAt(text, block.contentStart + read.matter.length);
    throw new FrontmatterError(`The frontmatter has a line starting with --- at line ${line} that does not close it; Kith does not read it.`, line, "unsupported-frontmatter");
  }
  const data: unknown = read.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new FrontmatterError("the block is not a list of keys", 2);
  return data as FrontmatterData;
}

function readYaml(yamlText: string): matter.GrayMatterFile<string> {
  try {
    return matter(`---\n${yamlText}\n---\n`, MATTER_OPTIONS);
  } catch (error) {
    throw error instanceof FrontmatterError ? error : toFrontmatterError(error);
  }
}

/** A plain `~` or `null` (in YAML's three spellings) is null; quoted (`'null'`), it is the text. */
const NULL = new yaml.Type("tag:yaml.org,2002:null", { kind: "scalar", resolve: (data: string | null) => data === null || /^(?:~|null|Null|NULL)$/.test(data), construct: () => null });
const STRINGS_AND_NULL = new yaml.Schema({ include: [yaml.FAILSAFE_SCHEMA], implicit: [NULL] });

function readFailsafe(yamlText: string): object {
  return (yaml.load(yamlText, { schema: STRINGS_AND_NULL, listener: refuseAnchors }) ?? {}) as object;
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

/** js-yaml's words for a character YAML does not allow: in a plain value, in a quoted one, a NUL. */
const CONTROL_REASON = /^(?:the stream contains non-printable characters|expected valid JSON character|null byte is not allowed in input)$/;
const CONTROL_SAID = "a character YAML does not allow (a control character such as a terminal's colour code, or a noncharacter); delete it";

function toFrontmatterError(error: unknown): FrontmatterError {
  if (error instanceof yaml.YAMLException) {
    // js-yaml counts from the blank line gray-matter leaves after the opening fence, which
    // is exactly the fence's own line in the file: its 0-based line + 1 is the file's line.
    // @types/js-yaml 3 leaves out the fields js-yaml 3 sets on its errors.
    const detail = error as unknown as { reason?: string; mark?: { line?: number } };
    const reason = detail.reason ?? error.message;
    return new FrontmatterError(CONTROL_REASON.test(reason) ? CONTROL_SAID : reason, (detail.mark?.line ?? 0) + 1);
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
