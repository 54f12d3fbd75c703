import type { Outline } from "../sections/outline";
import { bodyLines, type Section } from "../sections/section";
import { defaultHandle } from "./names";

const QUERY_HANDLE = /contains\(\s*text\s*,\s*"(@[^"\s]+)"\s*\)/;

/** The person's task handle: from the note's own "Tasks They Own" query, else `@` + name. */
export function readHandle(text: string, outline: Outline, tasksSection: Section | null, name: string): string {
  const query = (tasksSection ? bodyLines(text, outline, tasksSection) : []).find((l) => l.inCode && !l.inComment && QUERY_HANDLE.test(l.text));
  return QUERY_HANDLE.exec(query?.text ?? "")?.[1] ?? defaultHandle(name);
}
