import { formatKey, formatScalar } from "../frontmatter/scalar";
import { hidesOwnLines } from "../sections/outline";
import { controlCharacters, hidesOtherLines } from "./finish-edit";
import { controlCharacterCount } from "../text/control-characters";
import type { Eol } from "../text/lines";
import { valueLine } from "../text/one-line";
import { CONTACT_FIELDS, DEFAULT_HEADINGS, PERSON_TAG, PERSON_TYPE, REVIEW_TAG, UNKNOWN, type PersonHeadings } from "./layout";
import { cleanName, defaultHandle, personFileName } from "./names";
import { LAYOUT_PROMPTS } from "./placeholder";
import { contactFieldName, contactKey, newFieldName } from "./contacts/aliases";

export interface NewPersonOptions {
  /** `created` and the footer date. */
  today: string;
  role?: string | null;
  company?: string | null;
  email?: string | null;
  /**
   * More contact fields, in order: a layout field (`Phone`, `Location`; `Role` too) fills its row
   * or property, any other (`Birthday`, `Address`) is written after them, as setContactField
   * would add it. One value each (several joined), written on one line.
   */
  fields?: ReadonlyArray<{ field: string; value: string }>;
  /** Made by automation: `auto_created: true` and the `needs-review` tag. */
  autoCreated?: boolean;
  headings?: PersonHeadings;
  /** Folders the Projects query looks in. */
  projectFolders?: readonly string[];
  /** Whether the Projects, Open Tasks and Tasks They Own sections carry their Dataview queries. */
  includeDataview?: boolean;
  handle?: string;
  /** The `type` value that marks a person note (settings.personType). */
  personType?: string;
  /** Where the contact details go: the contact table (the layout's own), or Properties (settings.newNoteContacts). */
  contacts?: "table" | "properties";
  eol?: Eol;
}

/** A field's name as a new note writes it: a layout field in the layout's spelling (`phone` is `Phone`), any other as given (contactFieldName). */
export function newNoteFieldName(field: string): string {
  const name = newFieldName(contactFieldName(field));
  return CONTACT_FIELDS.find((f) => contactKey(f) === contactKey(name)) ?? name;
}

const DEFAULT_PROJECT_FOLDERS = ["Work/Projects", "Personal/Projects"];

/** A new person note in the exact layout of the person note format. */
export function newPersonNote(rawName: string, options: NewPersonOptions): string {
  const name = cleanName(rawName);
  personFileName(name); // refuses a name that cannot be a file name
  const h = options.headings ?? DEFAULT_HEADINGS;
  const handle = options.handle ?? defaultHandle(name);
  const dataview = options.includeDataview ?? true;
  const folders = (options.projectFolders?.length ? options.projectFolders : DEFAULT_PROJECT_FOLDERS)
    .map((f) => `"${f.replace(/"/g, "")}"`)
    .join(" OR ");
  // A table cell is one line: a value of several lines (a CSV cell, a card's title) is folded onto it.
  const cell = (v: string | null | undefined): string => (v?.trim() ? valueLine(v).replace(/\|/g, "\\|") : UNKNOWN);
  // A map, not an object: a field named `__proto__` is a name like any other.
  const values = new Map<string, string | null | undefined>([["Role", options.role], ["Company", options.company], ["Email", options.email]]);
  for (const { field, value } of options.fields ?? []) values.set(field, value);
  // The layout's fields, then the others given, in their order; aliases are Obsidian's own property (a list), in either layout.
  const given = (options.fields ?? []).map((f) => f.field).filter((field) => !(CONTACT_FIELDS as readonly string[]).includes(field));
  const fields = [...CONTACT_FIELDS, ...given.filter((field) => contactKey(field) !== "aliases")];
  const aliases = given.filter((field) => contactKey(field) === "aliases").map((field) => values.get(field)?.trim() ?? "").filter((v) => v !== "");
  const query = (lines: string[]): string[] => (dataview ? ["```dataview", ...lines, "```"] : []);
  const asProperties = options.contacts === "properties";
  // Properties: the table's fields as lower-case keys, an unknown value left empty (`email:`), as Obsidian writes an empty property.
  const property = (field: string): string => {
    const value = values.get(field);
    return `${formatKey(field.toLowerCase())}:${value?.trim() ? ` ${formatScalar(valueLine(value))}` : ""}`;
  };
  const contactTable = ["| Field | Value |", "|-------|-------|", ...fields.map((field) => `| **${field}** | ${cell(values.get(field))} |`), ""];

  const lines = [
    "---",
    `type: ${formatScalar(options.personType ?? PERSON_TYPE)}`,
    `title: ${formatScalar(name)}`,
    `created: '${options.today}'`,
    ...(options.autoCreated ? ["auto_created: true"] : []),
    ...(asProperties ? fields.map(property) : []),
    ...(aliases.length > 0 ? ["aliases:", ...aliases.map((alias) => `- ${formatScalar(valueLine(alias))}`)] : []),
    "tags:",
    `- ${PERSON_TAG}`,
    ...(options.autoCreated ? [`- ${REVIEW_TAG}`] : []),
    "---",
    "",
    `# ${name}`,
    "",
    ...(asProperties ? [] : [`## ${h.contact}`, "", ...contactTable]),
    `## ${h.relationship}`,
    "",
    LAYOUT_PROMPTS.relationship,
    "",
    `## ${h.background}`,
    "",
    LAYOUT_PROMPTS.background,
    "",
    "",
    `## ${h.projects}`,
    "",
    LAYOUT_PROMPTS.projects,
    "",
    ...query(["LIST", `FROM ${folders}`, "WHERE contains(file.outlinks, this.file.link)"]),
    "",
    "",
    `## ${h.openTasks}`,
    "",
    ...query(["TASK", 'FROM ""', `WHERE !completed AND contains(text, "${name.replace(/["\\]/g, "")}")`, "SORT due ASC"]),
    "",
    "",
    `## ${h.tasksTheyOwn}`,
    "",
    LAYOUT_PROMPTS.tasksTheyOwn,
    "",
    ...query(["TASK", `WHERE contains(text, "${handle.replace(/["\\]/g, "")}") AND !completed`, "SORT due ASC"]),
    "",
    `## ${h.keyFacts}`,
    "",
    `## ${h.topics}`,
    "",
    `## ${h.recentContext}`,
    "",
    `## ${h.profile}`,
    "",
    `**Role**: ${cell(values.get("Role"))}`,
    `**Relationship**: ${UNKNOWN}`,
    "",
    `## ${h.keyDecisions}`,
    "",
    `## ${h.related}`,
    "",
    "",
    "---",
    `*Last updated: ${options.today}*`,
    "",
  ];
  const text = lines.join(options.eol ?? "\n");
  // A value that opens a comment or code (a role of `%% x`) would hide the rest of the new note.
  if (hidesOwnLines(text)) throw hidesOtherLines();
  // Nor does a new note hold what no edit may write: a terminal's colour codes are no text.
  if (controlCharacterCount(text) > 0) throw controlCharacters();
  return text;
}
