/**
 * Every refusal the core makes is a KithError with a stable code, so hosts can show the
 * message and tests can assert the reason. Throwing one means: nothing is written.
 */
export type KithErrorCode =
  | "malformed-frontmatter"
  | "unsupported-frontmatter"
  | "unsupported-layout"
  | "not-a-person"
  | "invalid-name"
  | "invalid-value"
  | "invalid-date"
  | "not-found"
  | "ambiguous"
  | "exists"
  | "conflict"
  | "outside-vault"
  /** The file is there but cannot be read or written as a note: permissions, not a regular file, a link loop. */
  | "unreadable"
  /** A server Kith asked (your model's) answered with an error, too late or not at all. */
  | "network";

export class KithError extends Error {
  constructor(
    readonly code: KithErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "KithError";
  }
}

/**
 * Frontmatter Kith cannot read: malformed YAML between the fences, or (code
 * `unsupported-frontmatter`, its message given whole) YAML Kith refuses to read, such as
 * anchors and aliases. `line` is 1-based in the whole file.
 */
export class FrontmatterError extends KithError {
  constructor(
    message: string,
    readonly line: number,
    code: "malformed-frontmatter" | "unsupported-frontmatter" = "malformed-frontmatter",
  ) {
    super(code, code === "malformed-frontmatter" ? `Malformed frontmatter at line ${line}: ${message}` : message);
    this.name = "FrontmatterError";
  }
}

export function isKithError(error: unknown): error is KithError {
  return error instanceof KithError;
}
