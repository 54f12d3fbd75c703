import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_VAULT, copyVault, fixture, kith, settingsFile } from "./run-kith";

const LEE = "Contacts/Lee Chen.md: missing sections: Projects, Open Tasks, Tasks They Own, Profile, Related";
const MORGAN = "Contacts/Morgan Blake.md: Malformed frontmatter at line 5: missed comma between flow collection entries";

describe("kith doctor", () => {
  it("reports the fixture vault's problems, one line each, and exits 1", async () => {
    expect(await kith(FIXTURE_VAULT, "doctor")).toEqual({ status: 1, stdout: `${LEE}\n${MORGAN}\n`, stderr: "" });
  });

  it("finds duplicate names, case-only file name differences and malformed person notes outside the people folder", async () => {
    const vault = await copyVault();
    const meeting = "Meetings/2026-03-02 - Pilot scoping call.md";
    const lower = "Meetings/2026-03-02 - pilot scoping call.md";
    await writeFile(path.join(vault, "Contacts/Dana Okafor (Northwind).md"), await fixture("Contacts/Dana Okafor.md"));
    await writeFile(path.join(vault, lower), "# Same name, other case\n");
    // On a case-insensitive file system the second file replaced the first: nothing to report.
    const caseSensitive = (await readdir(path.join(vault, "Meetings"))).length === 2;
    await mkdir(path.join(vault, "Notes"));
    await writeFile(path.join(vault, "Notes/Broken person.md"), "---\ntype: people\ntitle: [Broken\n---\n");
    await writeFile(path.join(vault, "Notes/Broken plan.md"), "---\ntype: plan\ntitle: [Broken\n---\n");
    const run = await kith(vault, "doctor");
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")).toEqual([
      'Contacts/Dana Okafor (Northwind).md: duplicate name "Dana Okafor" (also Contacts/Dana Okafor.md)',
      'Contacts/Dana Okafor.md: duplicate name "Dana Okafor" (also Contacts/Dana Okafor (Northwind).md)',
      LEE,
      MORGAN,
      ...(caseSensitive
        ? [`${meeting}: file name differs only in case from ${lower}`, `${lower}: file name differs only in case from ${meeting}`]
        : []),
      "Notes/Broken person.md: Malformed frontmatter at line 4: unexpected end of the stream within a flow collection",
      "",
    ]);
  });

  it("uses the section headings from the settings and exits 0 when clean", async () => {
    const vault = await copyVault();
    await rm(path.join(vault, "Contacts/Lee Chen.md"));
    await rm(path.join(vault, "Contacts/Morgan Blake.md"));
    expect(await kith(vault, "doctor")).toEqual({ status: 0, stdout: "No problems found in 2 person notes.\n", stderr: "" });
    await writeFile(settingsFile(vault), JSON.stringify({ peopleFolder: "Contacts", headings: { keyFacts: "Facts" } }));
    expect((await kith(vault, "doctor")).stdout).toBe(
      "Contacts/Dana Okafor.md: missing sections: Facts\nContacts/Priya Raman.md: missing sections: Facts\n",
    );
  });
});
