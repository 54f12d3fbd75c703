import { DEFAULT_HEADINGS, type PersonHeadings } from "./layout";

/** What every person edit needs besides the note: the date of the edit and the layout. */
export interface EditContext {
  /** Today's date, `YYYY-MM-DD`, from the host's clock. */
  today: string;
  headings?: PersonHeadings;
}

export function headingsOf(ctx: { headings?: PersonHeadings }): PersonHeadings {
  return ctx.headings ?? DEFAULT_HEADINGS;
}
