/** setLastContact writes to the key the note already uses. */
import { describe } from "vitest";
import { setLastContact } from "../../../src/core";
import { CTX, md, runEditCases } from "../helpers";
import { TYPE_PERSON } from "./contact-fixtures";

const touch = (date: string) => (text: string): string => setLastContact(text, date, CTX);

describe("setLastContact keeps the note's own key", () => {
  runEditCases([
    { name: "camelCase lastContact stays lastContact", before: TYPE_PERSON, after: TYPE_PERSON.replace("lastContact: 2026-01-10", "lastContact: 2026-02-01"), edit: touch("2026-02-01") },
    { name: "an earlier date changes nothing", before: TYPE_PERSON, after: TYPE_PERSON, edit: touch("2025-12-31") },
    { name: "'Last Contact' quoted stays so", before: md("---", "Last Contact: '2026-01-10'", "---", ""), after: md("---", "Last Contact: '2026-03-01'", "---", ""), edit: touch("2026-03-01") },
    {
      name: "a daily note's link stays a link, to the new day, in its own quotes",
      before: md("---", "created: '2026-01-01'", 'last_contact: "[[2026-02-01]]"', "---", ""),
      after: md("---", "created: '2026-01-01'", 'last_contact: "[[2026-03-01]]"', "---", ""),
      edit: touch("2026-03-01"),
    },
    { name: "a link into a folder of daily notes keeps its folder", before: md("---", 'last_contact: "[[Daily/2026-02-01]]"', "---", ""), after: md("---", 'last_contact: "[[Daily/2026-03-01]]"', "---", ""), edit: touch("2026-03-01") },
    { name: "a link with a display text is the new day's link", before: md("---", "last_contact: '[[2026-02-01|1 Feb]]'", "---", ""), after: md("---", "last_contact: '[[2026-03-01]]'", "---", ""), edit: touch("2026-03-01") },
    { name: "no key: last_contact after created", before: md("---", "type: person", "created: 2026-01-01", "tags: [Person]", "---", ""), after: md("---", "type: person", "created: 2026-01-01", "last_contact: 2026-03-01", "tags: [Person]", "---", ""), edit: touch("2026-03-01") },
  ]);
});
