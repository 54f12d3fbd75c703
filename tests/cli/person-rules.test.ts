import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kith, settingsFile, tempDir } from "./run-kith";

const md = (...lines: string[]): string => lines.join("\n");

// One note of each convention public vaults use, in fixtures written after what their templates
// show: `type: person` with camelCase keys and bold labels, `category: contact`, Properties-only
// people tagged `Person`, an inline `#person`, a People folder note with no type; and templates:
// the core Templates plugin's (`{{date:YYYY-MM-DD}}`, `{{title}}`) and Templater's (`<%* ... -%>`,
// `<% tp.file.title %>`), in the folders the vault's config names and one left outside them.
const NOTES: Record<string, string> = {
  ".obsidian/templates.json": '{"folder": "Templates"}',
  ".obsidian/plugins/templater-obsidian/data.json": '{"templates_folder": "/Extras/Templater", "trigger_on_file_creation": true}',
  "Notes/Ana Lima.md": md("---", "type: person", "relationship: client", "lastContact: 2026-02-01", "---", "", "# Ana Lima", "", "**Relationship:** client", ""),
  "Notes/Bo Berg.md": md("---", "category: contact", "Email:", "  - bo@example.org", "---", ""),
  "Notes/Cy Dorn.md": md("---", "tags: [Person]", "First Name: Cy", "Company: Acme", "---", "", "```dataview", "TABLE file.mtime", "```", ""),
  "Notes/Dee Ekwueme.md": md("# Dee Ekwueme", "", "Met at the conference. #person", ""),
  "People/Eli Fox.md": md("# Eli Fox", "", "Likes sailing.", ""),
  "Notes/Standup.md": md("---", "type: meeting", "---", "", "Talked about #personal goals.", ""),
  "Templates/Person.md": md("---", "type: person", "created: {{date:YYYY-MM-DD}}", "---", "", "# {{title}}", ""),
  "Extras/Templater/New person.md": md(
    "---",
    '<%* const name = await tp.system.prompt("Name") -%>',
    "tags: [Person]",
    "title: <% tp.file.title %>",
    "---",
    "",
    "# <% tp.file.title %>",
    "",
  ),
  "Notes/Untitled.md": md("---", "type: person", "created: {{date}}", "---", "", "# {{title}}", ""),
};

async function conventionsVault(): Promise<string> {
  const vault = await tempDir();
  for (const [file, text] of Object.entries(NOTES)) {
    await mkdir(path.dirname(path.join(vault, file)), { recursive: true });
    await writeFile(path.join(vault, file), text);
  }
  return vault;
}

const UNTITLED = "Notes/Untitled.md: template syntax in frontmatter ({{date}}): a template nobody rendered, not a person; render it, or move it to the templates folder";

describe("who is a person, as the CLI reads it", () => {
  it("lists one person of each convention, no template among them", async () => {
    const vault = await conventionsVault();
    expect(await kith(vault, "person", "list")).toEqual({
      status: 0,
      stdout: md("Ana Lima\tNotes/Ana Lima.md", "Bo Berg\tNotes/Bo Berg.md", "Cy Dorn\tNotes/Cy Dorn.md", "Dee Ekwueme\tNotes/Dee Ekwueme.md", "Eli Fox\tPeople/Eli Fox.md", ""),
      stderr: "",
    });
  });

  it("doctor names the unrendered template outside the template folders, and nothing else", async () => {
    const vault = await conventionsVault();
    expect(await kith(vault, "doctor")).toEqual({ status: 1, stdout: `${UNTITLED}\n`, stderr: "" });
  });

  it("reads the markers and the people folder rule from the plugin's settings", async () => {
    const vault = await conventionsVault();
    await mkdir(path.dirname(settingsFile(vault)), { recursive: true });
    await writeFile(settingsFile(vault), JSON.stringify({ personMarkers: ["contact"], peopleFolderMarksPeople: false }));
    // `person` is no marker now; `people`, the type new notes are written with, still is.
    expect((await kith(vault, "person", "list")).stdout).toBe("Bo Berg\tNotes/Bo Berg.md\n");
  });

  it("without a readable config, a template in its folder is still no person, and doctor names it", async () => {
    const vault = await conventionsVault();
    await writeFile(path.join(vault, ".obsidian/templates.json"), "{not json");
    expect((await kith(vault, "person", "list")).stdout).not.toContain("Templates/");
    expect((await kith(vault, "doctor")).stdout).toBe(
      `${UNTITLED}\nTemplates/Person.md: template syntax in frontmatter ({{date:YYYY-MM-DD}}): a template nobody rendered, not a person; render it, or move it to the templates folder\n`,
    );
  });
});
