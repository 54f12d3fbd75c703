import { chmod, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SETTINGS_FILE } from "../../src/cli/vault-settings";
import { CAN_DROP_PRIVILEGES, copyVault, fixture, kith, kithAsNobody, nobodysVault, settingsFile } from "./run-kith";

const MORGAN = "Contacts/Morgan Blake.md";

describe("kith says what is wrong in words", () => {
  it("names the malformed note a name lands on, instead of saying there is no such person", async () => {
    const vault = await copyVault();
    const before = await readFile(path.join(vault, MORGAN));
    expect(await kith(vault, "person", "add-fact", "Morgan Blake", "x")).toEqual({
      status: 2,
      stdout: "",
      stderr: `kith: ${MORGAN}: Malformed frontmatter at line 5: missed comma between flow collection entries\n`,
    });
    expect((await readFile(path.join(vault, MORGAN))).equals(before)).toBe(true);
  });

  it("reads a settings file saved with a byte order mark", async () => {
    const vault = await copyVault();
    const settings = await readFile(settingsFile(vault), "utf8");
    await writeFile(settingsFile(vault), `\uFEFF${settings.replace('"Contacts"', '"People"')}`);
    await mkdir(path.join(vault, "People"));
    const run = await kith(vault, "person", "new", "Ada Lovelace");
    expect(run).toEqual({ status: 0, stdout: "People/Ada Lovelace.md\n", stderr: "" });
  });

  it("refuses a settings file that is a folder or a link loop, in words, and writes nothing", async () => {
    const folder = await copyVault();
    await rm(settingsFile(folder));
    await mkdir(settingsFile(folder));
    expect(await kith(folder, "person", "add-fact", "Dana Okafor", "x")).toEqual({
      status: 2,
      stdout: "",
      stderr: `kith: ${SETTINGS_FILE} cannot be read: it is a folder, not a file.\n`,
    });
    const loop = await copyVault();
    await rm(settingsFile(loop));
    await symlink("data.json", settingsFile(loop));
    expect(await kith(loop, "person", "add-fact", "Dana Okafor", "x")).toEqual({
      status: 2,
      stdout: "",
      stderr: `kith: ${SETTINGS_FILE} cannot be read: it is a link that loops.\n`,
    });
    for (const vault of [folder, loop]) expect(await readFile(path.join(vault, "Contacts/Dana Okafor.md"), "utf8")).toBe(await fixture("Contacts/Dana Okafor.md"));
  });

  it("lists a person whose file name holds a newline or a tab on one line, escaped", async () => {
    const vault = await copyVault();
    await writeFile(path.join(vault, "Contacts/Line\nBreak.md"), "---\ntype: people\n---\n");
    await writeFile(path.join(vault, "Contacts/Tab\tName.md"), "---\ntype: people\n---\n");
    const run = await kith(vault, "person", "list");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")).toEqual([
      "Dana Okafor\tContacts/Dana Okafor.md",
      "Lee Chen\tContacts/Lee Chen.md",
      "Line Break\tContacts/Line\\nBreak.md",
      "Priya Raman\tContacts/Priya Raman.md",
      "Tab Name\tContacts/Tab\\tName.md",
      "",
    ]);
  });
});

describe("kith doctor reports notes that are not whole", () => {
  it("reports an empty note in the people folder", async () => {
    const vault = await copyVault();
    await writeFile(path.join(vault, "Contacts/Ada Lovelace.md"), "");
    await writeFile(path.join(vault, "Contacts/Blank.md"), "\n\n");
    await writeFile(path.join(vault, "Meetings/Untitled.md"), "");
    const run = await kith(vault, "doctor");
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n").filter((l) => /Ada|Blank|Untitled/.test(l))).toEqual([
      "Contacts/Ada Lovelace.md: empty note (0 bytes): fill it in or delete it",
      "Contacts/Blank.md: empty note (only white space): fill it in or delete it",
    ]);
  });
});

describe.runIf(CAN_DROP_PRIVILEGES)("one unreadable note does not stop every command (as an unprivileged user)", () => {
  const LEE = "Contacts/Lee Chen.md";

  it("person list skips it with a warning; a lookup that lands on it says why; doctor reports it", async () => {
    const vault = await nobodysVault();
    await chmod(path.join(vault, LEE), 0o000);
    await mkdir(path.join(vault, "Private"), { mode: 0o000 });
    const warnings = `kith: warning: Private cannot be read: permission denied; its notes are left out.\nkith: warning: ${LEE} cannot be read: permission denied. Skipped.\n`;
    expect(await kithAsNobody(vault, "person", "list")).toEqual({
      status: 0,
      stdout: "Dana Okafor\tContacts/Dana Okafor.md\nPriya Raman\tContacts/Priya Raman.md\n",
      stderr: warnings,
    });
    expect(await kithAsNobody(vault, "person", "show", "Lee Chen")).toEqual({
      status: 2,
      stdout: "",
      stderr: `${warnings}kith: ${LEE} cannot be read: permission denied.\n`,
    });
    const doctor = await kithAsNobody(vault, "doctor");
    expect(doctor.status).toBe(1);
    expect(doctor.stdout.split("\n")).toContain(`${LEE}: cannot be read: permission denied.`);
  });
});
