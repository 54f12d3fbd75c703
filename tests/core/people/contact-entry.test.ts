/** The people index reads the contact record: emails, role and company wherever they live. */
import { describe, expect, it } from "vitest";
import { loadPeopleIndex, MemoryNoteStore, personEntry, resolvePerson } from "../../../src/core";
import { md } from "../helpers";
import { INLINE_FIELDS, PROPERTIES_ONLY, TYPE_PERSON } from "../person/contact-fixtures";

describe("personEntry reads emails, role and company from every place", () => {
  it.each([
    ["Properties only", PROPERTIES_ONLY, ["ana.lima@tailspin.example", "ana@home.example"], null, "Tailspin Toys"],
    ["a 📇 Contact Info table", TYPE_PERSON, ["jonas@berg.example"], null, null],
    ["inline fields", INLINE_FIELDS, ["mei@tanaka.example"], "product lead", "Wide World Importers"],
    ["bold labels", md("---", "type: people", "---", "**E-mail:** Kim <kim@park.example>", "**Organisation:** Contoso", "**Job title:** CFO", ""), ["kim@park.example"], "CFO", "Contoso"],
  ])("%s", (_name, text, emails, role, company) => {
    expect(personEntry("People/x.md", text)).toMatchObject({ emails, role, company });
  });

  it("an email in any place finds the person", async () => {
    const store = new MemoryNoteStore({ "People/Ana Lima.md": PROPERTIES_ONLY, "People/Jonas Berg.md": TYPE_PERSON, "People/Mei Tanaka.md": INLINE_FIELDS });
    const people = await loadPeopleIndex(store, { peopleFolder: "People" });
    expect(resolvePerson(people, "ANA@home.example").path).toBe("People/Ana Lima.md");
    expect(resolvePerson(people, "jonas@berg.example").path).toBe("People/Jonas Berg.md");
    expect(resolvePerson(people, "mei@tanaka.example").path).toBe("People/Mei Tanaka.md");
  });
});
