import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newPersonNote } from "../../src/core";
import { copyVault, kith, note, today } from "./run-kith";

/** The vault's files and folders; not the people cache, which a read of the vault may write (no note). */
async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true }))
    .map((p) => p.split(path.sep).join("/"))
    .filter((p) => !p.endsWith("/people-cache.json"))
    .sort();
}

describe("kith person new", () => {
  it("creates the note in the vault's people folder (from data.json) with newPersonNote", async () => {
    const vault = await copyVault();
    const run = await kith(vault, "person", "new", "Alex Kim", "--role", "CTO", "--company", "Tailspin", "--email", "alex@tailspin.example");
    expect(run).toEqual({ status: 0, stdout: "Contacts/Alex Kim.md\n", stderr: "" });
    expect(await note(vault, "Contacts/Alex Kim.md")).toBe(
      newPersonNote("Alex Kim", { today: today(), role: "CTO", company: "Tailspin", email: "alex@tailspin.example" }),
    );
  });

  it("--field NAME=VALUE adds any contact field: a layout field in its row (in the layout's spelling), others after them", async () => {
    const vault = await copyVault();
    const run = await kith(vault, "person", "new", "Alex Kim", "--role", "CTO", "--field", "phone=+1 555 0100", "--field", "Birthday = 1990-04-02", "--field", "Address=Rua 1;  Lisboa");
    expect(run).toEqual({ status: 0, stdout: "Contacts/Alex Kim.md\n", stderr: "" });
    const fields = [
      { field: "Role", value: "CTO" },
      { field: "Phone", value: "+1 555 0100" },
      { field: "Birthday", value: "1990-04-02" },
      { field: "Address", value: "Rua 1;  Lisboa" },
    ];
    expect(await note(vault, "Contacts/Alex Kim.md")).toBe(newPersonNote("Alex Kim", { today: today(), fields }));
    expect(await note(vault, "Contacts/Alex Kim.md")).toContain("| **Phone** | +1 555 0100 |\n| **LinkedIn** | _Unknown_ |\n| **Location** | _Unknown_ |\n| **Birthday** | 1990-04-02 |\n| **Address** | Rua 1; Lisboa |\n");
  });

  it.each([
    { args: ["--field", "Phone"], stderr: 'kith: --field "Phone": give NAME=VALUE (Phone=+1 555 0100).\n' },
    { args: ["--field", "Ro|le=CTO"], stderr: 'kith: --field "Ro|le=CTO": "Ro|le" is not a contact field name.\n' },
    { args: ["--role", "CEO", "--field", "role=CTO"], stderr: "kith: Role is given twice; give it once.\n" },
    { args: ["--field", "Birthday=1990-04-02", "--field", "birthday=1990-04-03"], stderr: "kith: birthday is given twice; give it once.\n" },
    {
      args: ["--field", "Tags=vip"],
      stderr: 'kith: --field "Tags=vip": Tags is not a contact field: the note\'s own "tags" property means something else to Kith and Obsidian. Edit it in the note\'s Properties.\n',
    },
    { args: ["--field", "last contact 2=2019-01-01"], stderr: 'kith: --field "last contact 2=2019-01-01": last contact 2 is not a contact field: the note\'s own "last contact 2" property means something else to Kith and Obsidian. Edit it in the note\'s Properties.\n' },
    { args: ["--field", "Aliases=Priya Raman"], stderr: 'kith: "Priya Raman" already names Priya Raman (Contacts/Priya Raman.md): it cannot be an alias of Alex Kim too. Nothing written.\n' },
    { args: ["--field", "Aliases=pri"], stderr: 'kith: "pri" already names Priya Raman (Contacts/Priya Raman.md): it cannot be an alias of Alex Kim too. Nothing written.\n' },
  ])("$args is refused in words, nothing written", async ({ args, stderr }) => {
    const vault = await copyVault();
    const files = await tree(vault);
    expect(await kith(vault, "person", "new", "Alex Kim", ...args)).toEqual({ status: 2, stdout: "", stderr });
    expect(await tree(vault)).toEqual(files);
  });

  it("--people-folder overrides the setting and creates the folder", async () => {
    const vault = await copyVault();
    expect((await kith(vault, "person", "new", "Alex Kim", "--people-folder", "Work/People")).stdout).toBe("Work/People/Alex Kim.md\n");
    expect(await note(vault, "Work/People/Alex Kim.md")).toBe(newPersonNote("Alex Kim", { today: today() }));
  });

  it("--people-folder ./Work/People is Work/People; a hidden or outside folder is refused, nothing written", async () => {
    const vault = await copyVault();
    expect((await kith(vault, "person", "new", "Alex Kim", "--people-folder", "./Work/People/")).stdout).toBe("Work/People/Alex Kim.md\n");
    const files = await tree(vault);
    expect(await kith(vault, "person", "new", "Bo Li", "--people-folder", ".obsidian")).toEqual({
      status: 2,
      stdout: "",
      stderr: 'kith: --people-folder ".obsidian" is in a hidden folder (.obsidian), which Obsidian does not show or index; give another folder.\n',
    });
    expect((await kith(vault, "person", "new", "Bo Li", "--people-folder", "People/../../x")).stderr).toBe('kith: --people-folder "People/../../x" leaves the vault; give a folder inside it.\n');
    expect((await kith(vault, "person", "new", "Bo Li", "--people-folder", "/etc")).stderr).toBe('kith: --people-folder "/etc" is an absolute path; give a folder inside the vault, from its top (People, Work/People).\n');
    expect((await kith(vault, "person", "new", "Bo Li", "--people-folder", "Peo*ple")).stderr).toBe('kith: --people-folder "Peo*ple" holds *, which a folder name cannot hold in every vault; give another folder.\n');

    expect(await tree(vault)).toEqual(files);
    await writeFile(path.join(vault, "Notes.md"), "x\n");
    const withFile = await tree(vault);
    expect((await kith(vault, "person", "new", "Bo Li", "--people-folder", "Notes.md/People")).stderr).toBe("kith: Notes.md/People cannot be written: a file stands where a folder on its way should be.\n");
    expect(await tree(vault)).toEqual(withFile);
  });

  it("prints the existing note for a known name, alias or email, says so on stderr and writes nothing", async () => {
    const vault = await copyVault();
    const files = await tree(vault);
    const queries = [["Pri"], ["Raman, Priya"], ["Someone Else", "--email", "PRIYA.RAMAN@contoso.example"]];
    const runs = await Promise.all(queries.map((args) => kith(vault, "person", "new", ...args)));
    for (const run of runs) {
      expect(run).toEqual({ status: 0, stdout: "Contacts/Priya Raman.md\n", stderr: "kith: Priya Raman has a note already: Contacts/Priya Raman.md. Nothing written.\n" });
    }
    expect(await tree(vault)).toEqual(files);
  });

  it("a person's path, or a name that makes their file name, is that person; a file name is refused", async () => {
    const vault = await copyVault();
    const files = await tree(vault);
    const said = { status: 0, stdout: "Contacts/Priya Raman.md\n", stderr: "kith: Priya Raman has a note already: Contacts/Priya Raman.md. Nothing written.\n" };
    for (const name of ["Contacts/Priya Raman.md", "Contacts/Priya Raman", "Priya Raman."]) expect(await kith(vault, "person", "new", name)).toEqual(said);
    expect(await kith(vault, "person", "new", "Alex Kim.md")).toEqual({ status: 2, stdout: "", stderr: 'kith: "Alex Kim.md" is a file name: give the person\'s name, without .md.\n' });
    expect(await tree(vault)).toEqual(files);
  });

  it("refuses a name that cannot be a file name", async () => {
    const vault = await copyVault();
    const run = await kith(vault, "person", "new", "???");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('kith: "???" cannot be a file name: nothing is left once unsafe characters are removed.\n');
  });

  it("refuses a name whose file name Kith could not edit later, or that hides an invisible character; nothing written", async () => {
    const vault = await copyVault();
    const files = await tree(vault);
    const cjk = "山".repeat(80);
    expect(await kith(vault, "person", "new", cjk)).toEqual({
      status: 2,
      stdout: "",
      stderr: `kith: "${cjk}" makes a file name of 240 bytes; a file name may have at most 200 bytes in UTF-8 (about 66 Chinese characters or 50 emoji), so that Kith can still edit the note. Use a shorter name.\n`,
    });
    expect(await kith(vault, "person", "new", "Dana \u202EOkafor")).toEqual({
      status: 2,
      stdout: "",
      stderr: 'kith: "Dana <U+202E>Okafor" cannot be a name: it contains U+202E (right-to-left override), which is invisible. Type the name without it.\n',
    });
    expect(await tree(vault)).toEqual(files);
  });
});
