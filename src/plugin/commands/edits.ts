import {
  addDays,
  addKeyDecision,
  addKeyFact,
  cadenceOf,
  CONTACT_FIELDS,
  contactKey,
  knownContactKey,
  type ContactField,
  markReviewed,
  mergeTopics,
  parseFrontmatter,
  parsePerson,
  setContactField,
  setKeepInTouch,
  snoozePerson,
  type EditContext,
  type PersonEntry,
} from "../../core";
import { editOptions, editPerson, readNote, report, type CommandContext } from "./context";

type PersonRun = (ctx: CommandContext, person: PersonEntry) => Promise<void>;

/** An edit that asks for one line of text first, then writes it with `edit`. */
function promptedEdit(question: (name: string) => string, edit: (text: string, answer: string, ctx: EditContext) => string): PersonRun {
  return async (ctx, person) => {
    const answer = await ctx.ui.prompt(question(person.name));
    if (answer === null) return;
    await editPerson(ctx, person, (text) => edit(text, answer, editOptions(ctx.plugin)));
  };
}

export const addFact = promptedEdit((name) => `Key fact about ${name}`, addKeyFact);
export const addDecision = promptedEdit((name) => `Key decision with ${name}`, addKeyDecision);
export const addTopic = promptedEdit((name) => `Topics discussed with ${name} (comma-separated)`, (text, topics, ctx) => mergeTopics(text, [topics], ctx));

/** Picks a contact field (the standard ones and any the note has), then asks for its value. */
export const setContact: PersonRun = async (ctx, person) => {
  const text = await readNote(ctx, person.path);
  if (text === null) return;
  let record: ContactField[];
  try {
    record = parsePerson(text, person.path, editOptions(ctx.plugin).rules).contacts;
  } catch (error) {
    return report(ctx, error);
  }
  // The standard fields, named as the note writes them (`E-mail`, `Mobile`), then its other contact fields.
  const standard = CONTACT_FIELDS.map((label) => record.find((f) => f.key === contactKey(label)) ?? label);
  const others = record.filter((f) => !standard.includes(f) && f.key !== "aliases" && (f.source === "table" || knownContactKey(f.label) !== null));
  const choices = [...standard, ...others].map((f) => (typeof f === "string" ? { value: f, label: f, detail: "" } : { value: f.label, label: f.label, detail: f.values.join(", ") }));
  const field = await ctx.ui.pick(`Which contact field of ${person.name}?`, choices);
  if (field === null) return;
  const current = record.find((f) => f.label === field)?.values[0] ?? "";
  const value = await ctx.ui.prompt(`${field} of ${person.name} (empty for unknown)`, { value: current });
  if (value === null) return;
  await editPerson(ctx, person, (t) => setContactField(t, field, value, editOptions(ctx.plugin)));
};

export const reviewed: PersonRun = async (ctx, person) => {
  await editPerson(ctx, person, (text) => markReviewed(text, editOptions(ctx.plugin)));
};

/** Hides a person from the stale list until a date (a week from today by default). */
export const snooze: PersonRun = async (ctx, person) => {
  const today = ctx.plugin.today();
  const until = await ctx.ui.prompt(`Snooze ${person.name} until`, { value: addDays(today, 7), placeholder: "YYYY-MM-DD" });
  if (until === null) return;
  await editPerson(ctx, person, (text) => snoozePerson(text, until.trim(), editOptions(ctx.plugin)));
};

/** Sets how often to be in touch with the person, in days (0: do not track). */
export const keepInTouch: PersonRun = async (ctx, person) => {
  const text = await readNote(ctx, person.path);
  if (text === null) return;
  let current: number | null = null;
  try {
    current = cadenceOf(parseFrontmatter(text).data).keepInTouch;
  } catch {
    // Malformed frontmatter: the edit below refuses it with its line number.
  }
  const answer = await ctx.ui.prompt(`Keep in touch with ${person.name} every how many days? (0: never)`, {
    value: String(current ?? ctx.plugin.settings.staleDays),
  });
  if (answer === null) return;
  await editPerson(ctx, person, (t) => setKeepInTouch(t, answer, editOptions(ctx.plugin)));
};
