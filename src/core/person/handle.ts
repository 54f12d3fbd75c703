import type { Outline } from "../sections/outline";
import { bodyLines, type Section } from "../sections/section";
import { defaultHandle } from "./names";

const QUERY_HANDLE = /contains\(\s*text\s*,\s*"(@[^"\s]+)"\s*\)/;

/** The person's task handle: from the note's own "Tasks They Own" query, else `@` + name. */
export function readHandle(text: string, outline: Outline, tasksSection: Section | null, name: string): string {
  if (tasksSection) {
    for (const line of bodyLines(text, outline, tasksSection)) {
      const m = line.inCode ? QUERY_HANDLE.exec(line.text) : null;
      if (m?.[1]) return m[1];
    }
  }
  return defaultHandle(name);
}
