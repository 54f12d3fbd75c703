/** A property left null in YAML (`role: ~`, `company: null`) is an empty one: read as none, filled by an edit. */
import { expect, it } from "vitest";
import { setContactField } from "../../../src/core";
import { readPersonEntry } from "../../../src/core/people/entry";
import { CTX, md } from "../helpers";

const ANA = md("---", "tags: [person]", "role: ~", "company: null", "last_contact: ~", "---", "# Ana", "");

it("reads as no role, company or last contact", () => {
  expect(readPersonEntry("People/Ana.md", ANA)).toMatchObject({ role: null, company: null, lastContact: null });
});

it("is filled in its own line by set-field", () => {
  expect(setContactField(ANA, "Role", "Engineer", CTX)).toBe(md("---", "tags: [person]", "role: Engineer", "company: null", "last_contact: ~", "---", "# Ana", ""));
});
