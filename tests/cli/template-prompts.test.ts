import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyVault, kith, settingsFile, today } from "./run-kith";

const TEMPLATE = `---
type: people
---
# {{title}}

## Relationship

_Where did we meet?_

## Topics Discussed

_Topics go here_

---
*Last updated: *
`;

/** A vault whose settings name a template note, and a person written from it. */
async function vaultWithTemplate(): Promise<string> {
  const vault = await copyVault();
  const settings = JSON.parse(await readFile(settingsFile(vault), "utf8")) as Record<string, unknown>;
  await writeFile(settingsFile(vault), JSON.stringify({ ...settings, templatePath: "Templates/Person" }));
  await mkdir(path.join(vault, "Templates"));
  await writeFile(path.join(vault, "Templates/Person.md"), TEMPLATE);
  await writeFile(path.join(vault, "Contacts/Ada Lovelace.md"), TEMPLATE.replace("{{title}}", "Ada Lovelace"));
  return vault;
}

describe("the template note's own prompts are placeholders; other italic text is the user's", () => {
  it("a topic takes the place of the template's prompt, and the prompt is not read as content", async () => {
    const vault = await vaultWithTemplate();
    const show = JSON.parse((await kith(vault, "person", "show", "Ada Lovelace", "--json")).stdout) as { topics: string[]; relationship: string | null };
    expect(show.topics).toEqual([]);
    expect(show.relationship).toBeNull();
    expect((await kith(vault, "person", "add-topic", "Ada Lovelace", "Analytical engines")).status).toBe(0);
    expect(await readFile(path.join(vault, "Contacts/Ada Lovelace.md"), "utf8")).toBe(
      TEMPLATE.replace("{{title}}", "Ada Lovelace").replace("_Topics go here_", "Analytical engines").replace("*Last updated: *", `*Last updated: ${today()}*`),
    );
  });

  it("without the template setting, the same italic line is the user's text and is kept", async () => {
    const vault = await vaultWithTemplate();
    const settings = JSON.parse(await readFile(settingsFile(vault), "utf8")) as Record<string, unknown>;
    await writeFile(settingsFile(vault), JSON.stringify({ ...settings, templatePath: "" }));
    expect((await kith(vault, "person", "add-topic", "Ada Lovelace", "Analytical engines")).status).toBe(0);
    expect(await readFile(path.join(vault, "Contacts/Ada Lovelace.md"), "utf8")).toContain("_Topics go here_, Analytical engines\n");
  });
});
