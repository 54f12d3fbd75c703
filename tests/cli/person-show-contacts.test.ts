/** `kith person show`, `touch` and `set-field` on person notes in the other layouts public vaults use. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePerson } from "../../src/core";
import { INLINE_FIELDS, PROPERTIES_ONLY, TYPE_PERSON } from "../core/person/contact-fixtures";
import { kith, note, swap, tempDir } from "./run-kith";

const NOTES: Record<string, string> = {
  "People/Ana Lima.md": PROPERTIES_ONLY,
  "People/Jonas Berg.md": TYPE_PERSON,
  "People/Mei Tanaka.md": INLINE_FIELDS,
};

async function vault(): Promise<string> {
  const dir = await tempDir();
  await mkdir(path.join(dir, "People"), { recursive: true });
  await Promise.all(Object.entries(NOTES).map(([file, text]) => writeFile(path.join(dir, file), text)));
  return dir;
}

describe("kith person show on other layouts", () => {
  it("--json has the contact record; a person is found by an email kept anywhere", async () => {
    const dir = await vault();
    for (const [query, file] of [
      ["ana@home.example", "People/Ana Lima.md"],
      ["jonas@berg.example", "People/Jonas Berg.md"],
      ["mei@tanaka.example", "People/Mei Tanaka.md"],
    ] as const) {
      const run = await kith(dir, "person", "show", query, "--json");
      expect(run.stderr).toBe("");
      const shown = JSON.parse(run.stdout) as ReturnType<typeof parsePerson>;
      expect(shown).toEqual(parsePerson(NOTES[file]!, file, {}));
      expect(shown.contacts.find((f) => f.key === "email")?.values).toContain(query);
    }
  });

  it("the text summary shows the fields wherever they live", async () => {
    const dir = await vault();
    expect((await kith(dir, "person", "show", "People/Ana Lima.md")).stdout).toBe(
      ["Ana Lima", "  People/Ana Lima.md", "  Tailspin Toys", "  Also known as: Ana L", "  First Name: Ana", "  Last Name: Lima", "  Email: ana.lima@tailspin.example, ana@home.example", "  Phone: +46 70 123 45 67", "  Birthday: 1990-04-02", "  Last contact: never", ""].join("\n"),
    );
    expect((await kith(dir, "person", "show", "People/Jonas Berg.md")).stdout).toBe(
      ["Jonas Berg", "  People/Jonas Berg.md", "  Email: jonas@berg.example", "  Phone: +46 31 555 0101", "  Location: Gothenburg", "  Last contact: 2026-01-10", ""].join("\n"),
    );
  });
});

describe("kith person touch and set-field change only the intended bytes", () => {
  it("touch keeps camelCase lastContact; set-field writes the table row, the bold label, the property list and the inline field", async () => {
    const dir = await vault();
    const jonas = "People/Jonas Berg.md";
    expect((await kith(dir, "person", "touch", jonas, "--date", "2026-02-01")).status).toBe(0);
    expect((await kith(dir, "person", "set-field", jonas, "email", "jonas@nordic.example")).status).toBe(0);
    expect((await kith(dir, "person", "set-field", jonas, "City", "Malmö")).status).toBe(0);
    expect(await note(dir, jonas)).toBe(
      swap(TYPE_PERSON, ["lastContact: 2026-01-10", "lastContact: 2026-02-01"], ["| Email | jonas@berg.example |", "| Email | jonas@nordic.example |"], ["**Location:** Gothenburg", "**Location:** Malmö"]),
    );

    const ana = "People/Ana Lima.md";
    expect((await kith(dir, "person", "set-field", ana, "E-mail", "ana@fabrikam.example")).stdout).toBe(`Set E-mail in ${ana}\n`);
    expect((await kith(dir, "person", "touch", ana, "--date", "2026-02-01")).status).toBe(0);
    expect(await note(dir, ana)).toBe(swap(PROPERTIES_ONLY, ["  - ana.lima@tailspin.example", "  - ana@fabrikam.example"], ["aliases: [Ana L]\n", "aliases: [Ana L]\nlast_contact: 2026-02-01\n"]));

    const mei = "People/Mei Tanaka.md";
    expect((await kith(dir, "person", "set-field", mei, "Phone", "+81 6 5555 0199")).status).toBe(0);
    expect((await kith(dir, "person", "set-field", mei, "LinkedIn", "in/mei")).status).toBe(0);
    expect(await note(dir, mei)).toBe(swap(INLINE_FIELDS, ["- Phone:: +81 3 5555 0100", "- Phone:: +81 6 5555 0199"], ["**Company**:: Wide World Importers\n", "**Company**:: Wide World Importers\n**LinkedIn**:: in/mei\n"]));
  });
});
