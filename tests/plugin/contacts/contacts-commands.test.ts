// @vitest-environment happy-dom
/**
 * "Import contacts", "Undo last contacts import" and "Export contacts" through the plugin, on the
 * Obsidian test double: the file picker, preview and progress scripted, every write through the
 * vault (vault.process, vault.create, createBinary), the journal in the plugin's folder.
 */
import { describe, expect, it } from "vitest";
import type { ContactsPlan } from "../../../src/core/contacts-import";
import { contactsCommands } from "../../../src/plugin/contacts/commands";
import { CONTACTS_JOURNAL } from "../../../src/plugin/contacts/import";
import type { ContactsUi, PickedContactsFile, ProgressMessage } from "../../../src/plugin/contacts/ui";
import { personCommands } from "../../../src/plugin/commands/register";
import { setup } from "../commands/harness";

const DANA_PATH = "People/Dana Okafor.md";
const LENA_PATH = "People/Lena Voss.md";
const JOURNAL = `.obsidian/plugins/kith/${CONTACTS_JOURNAL.file}`;

/** CRLF line ends: an import must keep them, and undo must give back every byte. */
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

/** The contacts UI with scripted answers: the file to give, whether the preview imports; what it was shown is kept. */
class ScriptedContactsUi implements ContactsUi {
  file: PickedContactsFile | null = null;
  importAnswer = true;
  readonly previews: ContactsPlan[] = [];
  readonly progress_: string[] = [];

  pickFile(): Promise<PickedContactsFile | null> {
    return Promise.resolve(this.file);
  }
  preview(plan: ContactsPlan): Promise<boolean> {
    this.previews.push(plan);
    return Promise.resolve(this.importAnswer);
  }
  progress(message: string): ProgressMessage {
    this.progress_.push(message);
    return { update: (m) => void this.progress_.push(m), done: () => undefined };
  }
}

const fileOf = (name: string, text: string): PickedContactsFile => ({ name, bytes: new TextEncoder().encode(text) });

async function contactsSetup(files: Record<string, string>) {
  const t = await setup(files);
  const contactsUi = new ScriptedContactsUi();
  const commands = contactsCommands(t.ctx, contactsUi);
  const run = async (id: string): Promise<void> => {
    const command = commands.find((c) => c.id === id);
    if (!command) throw new Error(`no command ${id}`);
    await command.run();
  };
  return { ...t, contactsUi, run };
}

describe("the contacts commands", () => {
  it("are listed with the person commands", async () => {
    const t = await setup({});
    const ids = new Set(["import-contacts", "undo-last-contacts-import", "export-contacts"]);
    const listed = personCommands(t.ctx).filter((c) => ids.has(c.id));
    expect(listed.map((c) => [c.id, c.name])).toEqual([
      ["import-contacts", "Import contacts"],
      ["undo-last-contacts-import", "Undo last contacts import"],
      ["export-contacts", "Export contacts"],
    ]);
  });
});

describe("Import contacts", () => {
  it("previews, then fills the matched note's missing fields (its other lines byte for byte), creates the new person with their photo, and journals it", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA });
    t.contactsUi.file = fileOf("phone.vcf", CARDS);
    await t.run("import-contacts");

    const [plan] = t.contactsUi.previews;
    expect(plan?.contacts.map((c) => [c.name, c.status, c.path])).toEqual([
      ["Dana O.", "updated", DANA_PATH],
      ["Lena Voss", "new", LENA_PATH],
    ]);
    expect(plan?.contacts[0]?.filled).toEqual([{ field: "Phone", value: "+1 555 0100" }]);
    expect(plan?.contacts[0]?.differs).toEqual([{ field: "Company", note: "Northwind Foods", card: "Northwind" }]);

    const dana = t.read(DANA_PATH) ?? "";
    const changed = dana.split("\r\n").filter((line, i) => line !== DANA.split("\r\n")[i]);
    expect(changed).toEqual(["| **Phone** | +1 555 0100 |"]);
    expect(dana.split("\r\n")).toHaveLength(DANA.split("\r\n").length);

    const lena = t.read(LENA_PATH) ?? "";
    expect(lena).toContain("\nsource: contacts import\n");
    expect(lena).toContain("lena@voss.example");
    expect(lena).toContain("![[Lena Voss.png]]");
    expect(new Uint8Array(await t.app.vault.adapter.readBinary("Lena Voss.png"))).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    expect(await t.app.vault.adapter.exists(JOURNAL)).toBe(true);
    expect(t.ui.notices).toEqual(["Contacts imported: 1 new, 1 updated, 0 unchanged, 0 ambiguous, 0 skipped."]);
  });

  it("one undo takes the whole import back: the updated note byte-exact, the new one and its photo to the trash, the journal gone", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA });
    t.contactsUi.file = fileOf("phone.vcf", CARDS);
    await t.run("import-contacts");
    expect(t.read(DANA_PATH)).not.toBe(DANA);
    await t.run("undo-last-contacts-import");
    expect(t.read(DANA_PATH)).toBe(DANA);
    expect(t.read(LENA_PATH)).toBeUndefined();
    expect(await t.app.vault.adapter.exists("Lena Voss.png")).toBe(false);
    expect(t.app.vault.getFiles().map((f) => f.path)).toEqual([DANA_PATH]);
    expect(await t.app.vault.adapter.exists(JOURNAL)).toBe(false);
    expect(t.ui.notices.at(-1)).toBe("Undid the contacts import: 1 restored, 2 removed.");
    await t.run("undo-last-contacts-import");
    expect(t.ui.notices.at(-1)).toBe("There is no contacts import to undo.");
  });

  it("undo leaves the photo of a note it leaves (edited since the import)", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA });
    t.contactsUi.file = fileOf("phone.vcf", CARDS);
    await t.run("import-contacts");
    const lena = t.app.vault.getFileByPath(LENA_PATH);
    if (!lena) throw new Error("no note");
    await t.app.vault.modify(lena, `${t.read(LENA_PATH) ?? ""}\nMet her at the fair.\n`);
    await t.run("undo-last-contacts-import");
    expect(await t.app.vault.adapter.exists("Lena Voss.png")).toBe(true);
    expect(t.ui.notices.at(-1)).toBe(
      "Undid the contacts import: 1 restored, 0 removed. Left as they are: People/Lena Voss.md (it changed after the import), Lena Voss.png (a note left as it is links it).",
    );
  });

  it("undo leaves a photo another note links since the import, and says which", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA });
    t.contactsUi.file = fileOf("phone.vcf", CARDS);
    await t.run("import-contacts");
    await t.app.vault.create("Meetings/Fair.md", "Met Lena at the fair.\n\n![[Lena Voss.png]]\n");
    await t.run("undo-last-contacts-import");
    expect(t.read(LENA_PATH)).toBeUndefined();
    expect(await t.app.vault.adapter.exists("Lena Voss.png")).toBe(true);
    expect(t.ui.notices.at(-1)).toBe("Undid the contacts import: 1 restored, 1 removed. Left as they are: Lena Voss.png (Meetings/Fair.md links it).");
  });

  it("undo leaves a photo replaced since the import, and says so", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA });
    t.contactsUi.file = fileOf("phone.vcf", CARDS);
    await t.run("import-contacts");
    const photo = t.app.vault.getFileByPath("Lena Voss.png");
    if (!photo) throw new Error("no photo");
    await t.app.vault.modifyBinary(photo, new Uint8Array([1, 2, 3]).buffer);
    await t.run("undo-last-contacts-import");
    expect(t.read(LENA_PATH)).toBeUndefined();
    expect(new Uint8Array(await t.app.vault.adapter.readBinary("Lena Voss.png"))).toEqual(new Uint8Array([1, 2, 3]));
    expect(t.ui.notices.at(-1)).toBe("Undid the contacts import: 1 restored, 1 removed. Left as they are: Lena Voss.png (it changed after the import).");
  });

  it("cancelled at the preview, writes nothing", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA });
    t.contactsUi.file = fileOf("phone.vcf", CARDS);
    t.contactsUi.importAnswer = false;
    await t.run("import-contacts");
    expect(t.contactsUi.previews).toHaveLength(1);
    expect(t.read(DANA_PATH)).toBe(DANA);
    expect(t.read(LENA_PATH)).toBeUndefined();
    expect(await t.app.vault.adapter.exists(JOURNAL)).toBe(false);
    expect(t.ui.notices).toEqual([]);
  });

  it.each([
    ["notes.txt", "Just some text.\nNo cards here.\n", "not a vCard file nor a contacts CSV (Google or Outlook): its first line names no name, email or phone columns; nothing was imported."],
    ["broken.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\n", "no card in the file could be read (card 1 (line 1): no END:VCARD before the next card or the file's end (the file may be cut short)); nothing was imported."],
  ])("a file that is no readable vCard or CSV (%s) writes nothing and says why", async (name, text, notice) => {
    const t = await contactsSetup({ [DANA_PATH]: DANA });
    t.contactsUi.file = fileOf(name, text);
    await t.run("import-contacts");
    expect(t.ui.notices).toEqual([notice]);
    expect(t.contactsUi.previews).toEqual([]);
    expect(t.read(DANA_PATH)).toBe(DANA);
    expect(t.app.vault.getFiles().map((f) => f.path)).toEqual([DANA_PATH]);
  });

  it("a dismissed file picker does nothing", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA });
    await t.run("import-contacts");
    expect(t.ui.notices).toEqual([]);
    expect(t.contactsUi.previews).toEqual([]);
  });

  it("a large file shows its progress every 100 cards, planning and writing", async () => {
    const t = await contactsSetup({});
    const cards = Array.from({ length: 250 }, (_, i) => ["BEGIN:VCARD", "VERSION:3.0", `FN:Person Number${i}`, `EMAIL:p${i}@example.org`, "END:VCARD"].join("\r\n"));
    t.contactsUi.file = fileOf("many.vcf", `${cards.join("\r\n")}\r\n`);
    await t.run("import-contacts");
    expect(t.contactsUi.progress_).toEqual([
      "Reading 250 cards from many.vcf…",
      "Planning contacts: 100 of 250 cards…",
      "Planning contacts: 200 of 250 cards…",
      "Writing 250 notes…",
      "Writing notes: 100 of 250…",
      "Writing notes: 200 of 250…",
    ]);
    expect(t.app.vault.getMarkdownFiles()).toHaveLength(250);
    expect(t.ui.notices).toEqual(["Contacts imported: 250 new, 0 updated, 0 unchanged, 0 ambiguous, 0 skipped."]);
  });
});

describe("Export contacts", () => {
  const LENA = DANA.replaceAll("Dana Okafor", "Lena Voss").replace("Northwind Foods", "Voss Studio").replace("dana@northwind.example", "lena@voss.example");

  it("writes everyone as vCard 4.0 to the path given, and says how many", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA, [LENA_PATH]: LENA });
    t.ui.answers = ["", "Exports/contacts.vcf"];
    t.ui.choices = ["vcard"];
    await t.run("export-contacts");
    const out = t.read("Exports/contacts.vcf") ?? "";
    expect(out.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);
    expect(out).toContain("VERSION:4.0\r\n");
    expect(out.match(/^FN:.*\r$/gm)).toEqual(["FN:Dana Okafor\r", "FN:Lena Voss\r"]);
    expect(t.ui.notices).toEqual(["2 people exported to Exports/contacts.vcf."]);
  });

  it("writes only the people the search picks, as Google CSV", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA, [LENA_PATH]: LENA });
    t.ui.answers = ["northwind", "people.csv"];
    t.ui.choices = ["csv"];
    await t.run("export-contacts");
    const rows = (t.read("people.csv") ?? "").trim().split(/\r?\n/);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toBe("Dana,,Okafor,Northwind Foods,,,,,* myContacts,,dana@northwind.example,,,,,,");
    expect(t.ui.notices).toEqual(["1 person exported to people.csv."]);
  });

  it.each([
    ["a note", "Contacts/Dana Okafor.md", ".vcf"],
    ["a path out of the vault", "../contacts.vcf", ".vcf"],
  ])("refuses to export to %s, writing nothing", async (_name, answer, ending) => {
    const t = await contactsSetup({ [DANA_PATH]: DANA, [LENA_PATH]: LENA });
    t.ui.answers = ["", answer];
    t.ui.choices = ["vcard"];
    await t.run("export-contacts");
    expect(t.read(DANA_PATH)).toBe(DANA);
    expect(t.ui.notices).toEqual([`Export to a ${ending} file inside the vault (such as contacts${ending}): nothing exported.`]);
  });

  it("never replaces a file without confirmation; confirmed, it does", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA, [LENA_PATH]: LENA, "contacts.vcf": "my own file\n" });
    t.ui.answers = ["", "contacts.vcf"];
    t.ui.choices = ["vcard"];
    t.ui.confirm_ = [false];
    await t.run("export-contacts");
    expect(t.ui.confirmations.map((c) => [c.title, c.changes[0]?.before])).toEqual([["Replace contacts.vcf?", "my own file\n"]]);
    expect(t.read("contacts.vcf")).toBe("my own file\n");

    t.ui.answers = ["", "contacts.vcf"];
    t.ui.choices = ["vcard"];
    t.ui.confirm_ = [true];
    await t.run("export-contacts");
    expect(t.read("contacts.vcf")).toMatch(/^BEGIN:VCARD\r\n/);
    expect(t.ui.notices).toEqual(["2 people exported to contacts.vcf."]);
  });

  it("a search that picks no one writes nothing", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA });
    t.ui.answers = ["zebra"];
    await t.run("export-contacts");
    expect(t.ui.notices).toEqual(['No one matches "zebra": nothing exported.']);
    expect(t.app.vault.getFiles().map((f) => f.path)).toEqual([DANA_PATH]);
  });
});

describe("export then import", () => {
  it("into the same vault changes nothing", async () => {
    const t = await contactsSetup({ [DANA_PATH]: DANA });
    t.ui.answers = ["", "contacts.vcf"];
    t.ui.choices = ["vcard"];
    await t.run("export-contacts");
    t.contactsUi.file = fileOf("contacts.vcf", t.read("contacts.vcf") ?? "");
    await t.run("import-contacts");
    expect(t.contactsUi.previews[0]?.contacts.map((c) => c.status)).toEqual(["unchanged"]);
    expect(t.read(DANA_PATH)).toBe(DANA);
  });
});
