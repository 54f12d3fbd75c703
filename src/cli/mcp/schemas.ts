import { z } from "zod";

/** The `person` argument of every tool that acts on one person. */
export const PERSON = z
  .string()
  .min(1)
  .describe("The person: a full name, alias, email, file name or vault path (Contacts/Dana Okafor.md). A name several people share is refused with the candidates; then give the path.");

/** Topics, facts and the like are one line each in a note. */
export const LINE = (what: string): z.ZodString => z.string().min(1).describe(what);

export const DATE = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD")
  .describe("A date, YYYY-MM-DD.");
