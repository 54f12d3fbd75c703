/**
 * `kith contacts import | undo | export` through the built CLI, on a small vault of our own
 * invented people and the card files in tests/fixtures/contacts.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, readdir, realpath, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KITH, tempDir, type Run } from "./run-kith";

const FIXTURES = fileURLToPath(new URL("../fixtures/contacts", import.meta.url));
const JOURNAL = ".obsidian/plugins/kith/last-contacts-import.jsonl";

const DANA = [
  "---",
  "type: people",
  "title: Dana Okafor",
  "---",
  "",
  "# Dana Okafor",
  "",
  "## Contact Information",
  "",
  "| Field | Value |",
  "|-------|-------|",
  "| **Company** | Northwind Foods |",
  "| **Email** | dana@northwind.example |",
  "| **Phone** | _Unknown_ |",
  "",
  "## Key Facts",
  "",
  "- Runs two data centres.",
  "",
].join("\r\n");

const CARDS = [
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Dana O.",
  "EMAIL;TYPE=INTERNET:DANA@northwind.example",
  "TEL;TYPE=CELL:+1 555 0100",
  "ORG:Northwind",
  "END:VCARD",
  "BEGIN:VCARD",
  "VERSION:3.0",
  "FN:Lena Voss",
  "EMAIL:lena@voss.example",
  "PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=",
  "END:VCARD",
  "",
].join("\r\n");

function run(vault: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env, KITH_TODAY: "2026-12-05" };
    const child = execFile(process.execPath, [KITH, ...args, "--vault", vault], { encoding: "utf8", env }, (_error, stdout, stderr) => {
      resolve({ status: child.exitCode, stdout, stderr });
    });
  });
}

async function makeVault(): Promise<string> {
  const vault = await tempDir();
  await mkdir(path.join(vault, ".obsidian"), { recursive: true });
  await mkdir(path.join(vault, "People"));
  await writeFile(path.join(vault, ".obsidian", "app.json"), JSON.stringify({ attachmentFolderPath: "Attachments" }));
  await writeFile(path.join(vault, "People", "Dana Okafor.md"), DANA);
  await writeFile(path.join(vault, "cards.vcf"), CARDS);
  return vault;
}

/** Every file of the vault but the plugin folder and the trash, with its text. */
async function files(vault: string, dir = ""): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(path.join(vault, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (rel === ".obsidian" || rel === ".trash") continue;
    if (entry.isDirectory()) Object.assign(out, await files(vault, rel));
    else out[rel] = await readFile(path.join(vault, rel), "utf8");
  }
  return out;
}

describe("kith contacts import", () => {
  it("--dry-run prints the plan and a diff, and writes nothing", async () => {
    const vault = await makeVault();
    const before = await files(vault);
    const result = await run(vault, "contacts", "import", path.join(vault, "cards.vcf"), "--dry-run");
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      [
        "updated card 1 (line 1): Dana O. -> People/Dana Okafor.md",
        "  + Phone: +1 555 0100",
        '  ~ Company: the note has "Northwind Foods", the card "Northwind" (left as it is)',
        "new card 2 (line 8): Lena Voss -> People/Lena Voss.md",
        "  + Email: lena@voss.example",
        "  + Photo: ![[Attachments/Lena Voss.png]]",
        "photo Attachments/Lena Voss.png would be written",
        "1 new, 1 updated, 0 unchanged, 0 ambiguous, 0 skipped",
        "",
      ].join("\n"),
    );
    expect(result.stdout).toContain(
      // The note's CRLF lines keep their \r in the diff.
      ["--- a/People/Dana Okafor.md", "+++ b/People/Dana Okafor.md", "@@ -11,7 +11,7 @@", " |-------|-------|\r", " | **Company** | Northwind Foods |\r", " | **Email** | dana@northwind.example |\r", "-| **Phone** | _Unknown_ |\r", "+| **Phone** | +1 555 0100 |\r"].join("\n"),
    );
    expect(result.stdout).toContain("--- /dev/null\n+++ b/People/Lena Voss.md\n");
    expect(await files(vault)).toEqual(before);
    // Not even the people cache: a sync client would carry it to every device.
    expect(existsSync(path.join(vault, JOURNAL))).toBe(false);
    expect(existsSync(path.join(vault, ".obsidian/plugins/kith/people-cache.json"))).toBe(false);
  });

  it("imports (the table row filled, CRLF kept), saves the photo, and one undo takes it all back", async () => {
    const vault = await makeVault();
    const before = await files(vault);
    const result = await run(vault, "contacts", "import", path.join(vault, "cards.vcf"));
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n").at(-2)).toBe("1 new, 1 updated, 0 unchanged, 0 ambiguous, 0 skipped");
    expect(await readFile(path.join(vault, "People", "Dana Okafor.md"), "utf8")).toBe(DANA.replace("| **Phone** | _Unknown_ |", "| **Phone** | +1 555 0100 |"));
    expect(readFileSync(path.join(vault, "Attachments", "Lena Voss.png")).toString("base64")).toBe("iVBORw0KGgo=");
    const lena = await readFile(path.join(vault, "People", "Lena Voss.md"), "utf8");
    expect(lena).toContain("source: contacts import\n");
    expect(lena).toContain("| **Photo** | ![[Attachments/Lena Voss.png]] |\n");

    const undo = await run(vault, "contacts", "undo");
    expect(undo.stdout).toBe(
      "restored People/Dana Okafor.md\nremoved People/Lena Voss.md (moved to .trash)\nremoved Attachments/Lena Voss.png (moved to .trash)\n1 restored, 2 removed, 0 skipped\n",
    );
    expect(await files(vault)).toEqual(before);
    expect(readFileSync(path.join(vault, ".trash", "Lena Voss.png")).toString("base64")).toBe("iVBORw0KGgo=");
    expect((await run(vault, "contacts", "undo")).stdout).toBe("No contacts import to undo.\n");
  });

  it("undo leaves the photo of a note it leaves (edited since the import), and says so", async () => {
    const vault = await makeVault();
    expect((await run(vault, "contacts", "import", path.join(vault, "cards.vcf"))).status).toBe(0);
    const lena = path.join(vault, "People", "Lena Voss.md");
    await writeFile(lena, `${await readFile(lena, "utf8")}\nMet her at the fair.\n`);
    const undo = await run(vault, "contacts", "undo");
    expect(undo.stdout).toBe(
      "restored People/Dana Okafor.md\nskipped People/Lena Voss.md: it changed after the import\nskipped Attachments/Lena Voss.png: a note left as it is links it\n1 restored, 0 removed, 2 skipped\n",
    );
    expect(readFileSync(path.join(vault, "Attachments", "Lena Voss.png")).toString("base64")).toBe("iVBORw0KGgo=");
  });

  it.each(["![[lena voss.PNG]]", "![Lena](../Attachments/Lena%20Voss.png)"])("undo leaves a photo another note links since the import (%s), and says which", async (link) => {
    const vault = await makeVault();
    expect((await run(vault, "contacts", "import", path.join(vault, "cards.vcf"))).status).toBe(0);
    await mkdir(path.join(vault, "Meetings"), { recursive: true });
    await writeFile(path.join(vault, "Meetings", "Fair.md"), `Met Lena at the fair.\n\n${link}\n`);
    const undo = await run(vault, "contacts", "undo");
    expect(undo.stdout).toBe(
      "restored People/Dana Okafor.md\nremoved People/Lena Voss.md (moved to .trash)\nskipped Attachments/Lena Voss.png: Meetings/Fair.md links it\n1 restored, 1 removed, 1 skipped\n",
    );
    expect(readFileSync(path.join(vault, "Attachments", "Lena Voss.png")).toString("base64")).toBe("iVBORw0KGgo=");
  });

  it("undo leaves a photo a note linked before the import (the link then led nowhere), and says which", async () => {
    const vault = await makeVault();
    await mkdir(path.join(vault, "Meetings"), { recursive: true });
    await writeFile(path.join(vault, "Meetings", "Fair.md"), "Lena's picture, once we have one: ![[Lena Voss.png]]\n");
    expect((await run(vault, "contacts", "import", path.join(vault, "cards.vcf"))).status).toBe(0);
    const undo = await run(vault, "contacts", "undo");
    expect(undo.stdout).toContain("skipped Attachments/Lena Voss.png: Meetings/Fair.md links it\n");
    expect(existsSync(path.join(vault, "Attachments", "Lena Voss.png"))).toBe(true);
  });

  it("undo leaves a photo changed since the import, and says so", async () => {
    const vault = await makeVault();
    expect((await run(vault, "contacts", "import", path.join(vault, "cards.vcf"))).status).toBe(0);
    await writeFile(path.join(vault, "Attachments", "Lena Voss.png"), Buffer.from("another picture"));
    const undo = await run(vault, "contacts", "undo");
    expect(undo.stdout).toBe(
      "restored People/Dana Okafor.md\nremoved People/Lena Voss.md (moved to .trash)\nskipped Attachments/Lena Voss.png: it changed after the import\n1 restored, 1 removed, 1 skipped\n",
    );
    expect(undo.status).toBe(1);
    expect(readFileSync(path.join(vault, "Attachments", "Lena Voss.png"), "utf8")).toBe("another picture");
  });

  it.each(["../outside", "./../../..", ".."])("an attachments folder outside the vault (%s) saves the photo in the vault's root, with a warning", async (setting) => {
    const vault = await makeVault();
    await writeFile(path.join(vault, ".obsidian", "app.json"), JSON.stringify({ attachmentFolderPath: setting }));
    const result = await run(vault, "contacts", "import", path.join(vault, "cards.vcf"));
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`kith: warning: the attachments folder "${setting}" (.obsidian/app.json) is outside the vault; photos go to the vault's root folder.`);
    expect(readFileSync(path.join(vault, "Lena Voss.png")).toString("base64")).toBe("iVBORw0KGgo=");
    expect(await readFile(path.join(vault, "People", "Lena Voss.md"), "utf8")).toContain("| **Photo** | ![[Lena Voss.png]] |\n");
    expect(await readdir(path.dirname(vault))).not.toContain("outside");
  });

  it("an attachments folder that links out of the vault gets no photo, with a warning", async () => {
    const vault = await makeVault();
    const outside = await tempDir();
    await symlink(outside, path.join(vault, "Attachments"));
    const result = await run(vault, "contacts", "import", path.join(vault, "cards.vcf"));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`kith: warning: the photo Attachments/Lena Voss.png could not be written: Attachments/Lena Voss.png links to ${await realpath(outside)}, outside the vault; its note links a picture that is not there.\n`);
    expect(await readdir(outside)).toEqual([]);
  });

  it("undo after an import stopped part-way restores what it wrote", async () => {
    const vault = await makeVault();
    await mkdir(path.join(vault, ".obsidian", "plugins", "kith"), { recursive: true });
    const edited = DANA.replace("| **Phone** | _Unknown_ |", "| **Phone** | +1 555 0100 |");
    await writeFile(path.join(vault, "People", "Dana Okafor.md"), edited);
    const journal = [{ kind: "contacts", meetingPath: "cards.vcf", appliedOn: "2026-12-05" }, { step: "plan", path: "People/Dana Okafor.md", before: DANA, after: edited }];
    await writeFile(path.join(vault, JOURNAL), journal.map((l) => `${JSON.stringify(l)}\n`).join(""));
    const undo = await run(vault, "contacts", "undo");
    expect(undo.stdout).toBe("The last contacts import stopped part-way; undoing the notes it wrote.\nrestored People/Dana Okafor.md\n1 restored, 0 removed, 0 skipped\n");
    expect(await readFile(path.join(vault, "People", "Dana Okafor.md"), "utf8")).toBe(DANA);
    expect(existsSync(path.join(vault, JOURNAL))).toBe(false);
  });

  it("--json gives the plan and counts", async () => {
    const vault = await makeVault();
    const result = await run(vault, "contacts", "import", path.join(vault, "cards.vcf"), "--dry-run", "--json");
    const json = JSON.parse(result.stdout) as { counts: Record<string, number>; notes: Record<string, number>; contacts: Array<{ status: string; path: string }>; photos: string[] };
    expect(json.counts).toEqual({ new: 1, updated: 1, unchanged: 0, ambiguous: 0, skipped: 0 });
    expect(json.notes).toEqual({ new: 1, updated: 1, unchanged: 0 });
    expect(json.contacts.map((c) => [c.status, c.path])).toEqual([
      ["updated", "People/Dana Okafor.md"],
      ["new", "People/Lena Voss.md"],
    ]);
    expect(json.photos).toEqual(["Attachments/Lena Voss.png"]);
  });

  it("a card that cannot be read is skipped by position; the others are imported", async () => {
    const vault = await makeVault();
    const result = await run(vault, "contacts", "import", path.join(FIXTURES, "nextcloud-4.0.vcf"));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("kith: warning: card 2 (line 15): not a readable vCard (Missing parameter value in 'EMAIL;TYPE=work priya'); skipped.\n");
    expect(existsSync(path.join(vault, "People", "Priya Raman.md"))).toBe(true);
    expect(existsSync(path.join(vault, "People", "Tomasz Wójcik.md"))).toBe(true);
  });

  it.each([
    ["a file that is no contacts file", "notes.txt", "just some text\n", "kith: not a vCard file nor a contacts CSV (Google or Outlook): its first line names no name, email or phone columns; nothing was imported.\n"],
    ["a vCard never closed", "open.vcf", "BEGIN:VCARD\nFN:Ana\n", "kith: no card in the file could be read (card 1 (line 1): no END:VCARD before the next card or the file's end (the file may be cut short)); nothing was imported.\n"],
  ])("%s: exit 2, said in words, nothing written", async (_name, file, text, message) => {
    const vault = await makeVault();
    await writeFile(path.join(vault, file), text);
    const before = await files(vault);
    const result = await run(vault, "contacts", "import", path.join(vault, file));
    expect([result.status, result.stderr]).toEqual([2, message]);
    expect(await files(vault)).toEqual(before);
  });

  it("a missing file: exit 2", async () => {
    const vault = await makeVault();
    const result = await run(vault, "contacts", "import", path.join(vault, "nope.vcf"));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/nope\.vcf cannot be read .*nothing was imported\.\n$/);
  });
});

describe("kith contacts export", () => {
  it.each(["vcard", "csv"])("--format %s: importing the file into the same vault changes nothing", async (format) => {
    const vault = await makeVault();
    for (const fixture of ["icloud.vcf", "android-2.1.vcf", "google.csv", "outlook.csv"]) {
      expect((await run(vault, "contacts", "import", path.join(FIXTURES, fixture))).status).toBe(0);
    }
    const out = path.join(vault, `people.${format === "csv" ? "csv" : "vcf"}`);
    const exported = await run(vault, "contacts", "export", "--format", format, "--out", out);
    expect(exported.stderr).toBe(`kith: 8 people written to ${out}\n`);
    const before = await files(vault);
    const again = await run(vault, "contacts", "import", out);
    expect(again.stdout.split("\n").at(-2)).toBe("0 new, 0 updated, 8 unchanged, 0 ambiguous, 0 skipped");
    expect(again.stdout).not.toContain("~");
    expect(await files(vault)).toEqual(before);
  });

  it("--out writes a new file; an existing one only with --force, and never a note, not through a link either", async () => {
    const vault = await makeVault();
    const note = path.join(vault, "People", "Dana Okafor.md");
    const text = await readFile(note, "utf8");
    const out = path.join(vault, "people.vcf");
    await writeFile(out, "mine\n");
    expect(await run(vault, "contacts", "export", "--out", out)).toMatchObject({ status: 2, stderr: `kith: --out ${out} exists; nothing written. Give another file, or --force to replace it.\n` });
    for (const force of [[], ["--force"]]) {
      expect(await run(vault, "contacts", "export", "--out", note, ...force)).toMatchObject({ status: 2, stderr: `kith: --out ${note}: a Markdown note is no contacts file; give a .vcf or .csv file. Nothing written.\n` });
    }
    const link = path.join(vault, "exp.vcf");
    await symlink(note, link);
    expect(await run(vault, "contacts", "export", "--out", link, "--force")).toMatchObject({ status: 2, stderr: `kith: --out ${link}: a Markdown note is no contacts file; give a .vcf or .csv file. Nothing written.\n` });
    expect([await readFile(out, "utf8"), await readFile(note, "utf8")]).toEqual(["mine\n", text]);
    expect((await run(vault, "contacts", "export", "--out", out, "--force")).status).toBe(0);
    expect(await readFile(out, "utf8")).toMatch(/^BEGIN:VCARD\r\n/);
  });

  it("prints vCard 4.0 by default", async () => {
    const vault = await makeVault();
    const result = await run(vault, "contacts", "export");
    expect(result.stdout).toBe(["BEGIN:VCARD", "VERSION:4.0", "FN:Dana Okafor", "N:Okafor;Dana;;;", "EMAIL:dana@northwind.example", "ORG:Northwind Foods", "END:VCARD", ""].join("\r\n"));
  });

  it("--search picks the people it names", async () => {
    const vault = await makeVault();
    await run(vault, "contacts", "import", path.join(FIXTURES, "google-old.csv"));
    const result = await run(vault, "contacts", "export", "--format", "csv", "--search", "DELGADO");
    expect(result.stdout.split("\r\n").slice(1)).toEqual(["Rosa,,Delgado,Delgado y Asociados,Partner,1990-12-01,,,* myContacts,,rosa@delgado.example,,+52 55 5555 0100,,,,", ""]);
  });

  it("refuses a format it does not write", async () => {
    const vault = await makeVault();
    const result = await run(vault, "contacts", "export", "--format", "ldif");
    expect([result.status, result.stderr]).toEqual([2, 'kith: --format "ldif": give vcard or csv.\n']);
  });
});

it("kith contacts --help lists the three commands", async () => {
  const result = await run(await makeVault(), "contacts", "--help");
  expect(result.stdout).toMatch(/contacts import[\s\S]*contacts undo[\s\S]*contacts export/);
});
