/** A property left null in YAML (`role: ~`, `company: null`) is an empty one: read as none, filled by an edit. */
import { expect, it } from "vitest";
import { setContactField, setLastContact } from "../../../src/core";
import { readPersonEntry } from "../../../src/core/people/entry";
import { CTX, md } from "../helpers";

const ANA = md("---", "tags: [person]", "role: ~", "company: null", "last_contact: ~", "---", "# Ana", "");

it("reads as no role, company or last contact", () => {
  expect(readPersonEntry("People/Ana.md", ANA)).toMatchObject({ role: null, company: null, lastContact: null });
});

it("is filled in its own line by set-field", () => {
  expect(setContactField(ANA, "Role", "Engineer", CTX)).toBe(md("---", "tags: [person]", "role: Engineer", "company: null", "last_contact: ~", "---", "# Ana", ""));
});

it("beside another spelling with a date, the date is the last contact, and touch moves that one", () => {
  const note = md("---", "tags: [person]", "last_contact: ~", "lastContact: 2026-02-02", "---", "# Ana", "");
  expect(readPersonEntry("People/Ana.md", note)?.lastContact).toBe("2026-02-02");
  expect(setLastContact(note, "2026-01-01", CTX)).toBe(note);
  expect(setLastContact(note, "2026-03-01", CTX)).toBe(md("---", "tags: [person]", "last_contact: ~", "lastContact: 2026-03-01", "---", "# Ana", ""));
});
