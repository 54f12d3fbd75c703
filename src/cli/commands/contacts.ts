import { existsSync } from "node:fs";
import { readFile, realpath, writeFile } from "node:fs/promises";
import nodePath from "node:path";
import { KithError, foldForSearch, searchFields, unifiedDiff, type JournalWriter } from "../../core";
import type { ContactsApplyResult, ContactsPlan, PlannedContact } from "../../core/contacts-import";
import { stringOption } from "../args";
import { loadPeople } from "../people";
import { printable } from "../printable";
import { progressLine } from "../progress";
import { PLUGIN_FOLDER, errorCode, problem } from "../plugin-folder";
import { FileJournal, undoLast, withJournalLock } from "../recap-journal";
import { APP_CONFIG_FILE } from "../task-index";
import { JSON_OPTION, VAULT_OPTIONS, openVault, openVaultToLook, type Command, type VaultContext } from "../vault";

/** ical.js and papaparse are loaded only by these commands: every other command starts without them. */
const loadContactsCore = (): Promise<typeof import("../../core/contacts-import")> => import("../../core/contacts-import");

/** The last contacts import's journal: the recap's format (core/recap/journal.ts), a file of its own. */
export const CONTACTS_JOURNAL_FILE = `${PLUGIN_FOLDER}/last-contacts-import.jsonl`;

const NOTHING = "nothing was imported";

/** Notes an import writes at a time: each is flushed to disk before it appears, and flushes overlap (FsNoteStore creates folders idempotently). */
const WRITES_AT_ONCE = 8;

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new KithError(errorCode(error) === "ENOENT" ? "not-found" : "unreadable", `${file} cannot be read (${problem(error)}); ${NOTHING}.`);
  }
}

/**
 * Obsidian's attachments folder (app.json attachmentFolderPath): "" for the vault root; `./x` is
 * x under the people folder, where new notes go. A folder that leaves the vault (`../x`) is the
 * vault root, with a warning: nothing is ever written outside the vault.
 */
async function attachmentFolder(ctx: VaultContext): Promise<string> {
  const config: unknown = await readFile(nodePath.join(ctx.store.root, ...APP_CONFIG_FILE.split("/")), "utf8")
    .then((t) => JSON.parse(t) as unknown)
    .catch(() => null);
  const raw = typeof config === "object" && config !== null ? (config as Record<string, unknown>).attachmentFolderPath : undefined;
  const setting = typeof raw === "string" ? raw.trim() : "";
  const folder = nodePath.posix.normalize(setting.startsWith("./") ? nodePath.posix.join(ctx.settings.peopleFolder, setting.slice(2)) : setting).replace(/^\/+|\/+$/g, "");
  if (folder === "." || folder === "") return "";
  if (folder === ".." || folder.startsWith("../")) {
    console.error(`kith: warning: the attachments folder "${printable(setting)}" (${APP_CONFIG_FILE}) is outside the vault; photos go to the vault's root folder.`);
    return "";
  }
  return folder;
}

function contactLine(c: PlannedContact): string[] {
  const where = c.path === null ? "" : ` -> ${c.path}`;
  const head = `${c.status} ${c.position}: ${c.name}${where}`;
  const lines = [c.reason ? `${head}: ${c.reason}` : head];
  for (const f of c.filled) lines.push(`  + ${f.field}: ${f.value}`);
  for (const d of c.differs) lines.push(`  ~ ${d.field}: the note has "${d.note}", the card "${d.card}" (left as it is)`);
  if (c.candidates.length > 0) lines.push(`  could be: ${c.candidates.map((p) => `${p.name} (${p.path})`).join(", ")}`);
  return lines.map(printable);
}

/**
 * Photos into the attachments folder, each then named in the import's journal so its undo can
 * trash it; one that cannot be written is left out with a warning (its note still links it).
 */
async function writePhotos(ctx: VaultContext, plan: ContactsPlan, journal: JournalWriter): Promise<void> {
  for (const photo of plan.photos) {
    const bytes = Buffer.from(photo.base64, "base64");
    try {
      await ctx.store.createFile(photo.path, bytes);
    } catch (error) {
      console.error(`kith: warning: the photo ${photo.path} could not be written: ${problem(error).replace(/\.$/, "")}; its note links a picture that is not there.`);
      continue;
    }
    await journal.append((await loadContactsCore()).savedPhotoLine(photo.path, bytes));
  }
}

/** An export replaces a file only with --force, and never a note: `--out "People/Ana Lima.md"` would put cards in its place. */
async function writeExport(out: string, output: string, force: boolean): Promise<void> {
  // By the file a link leads to too: `exp.vcf` linking to a note is that note.
  const real = await realpath(out).catch(() => out);
  if ([out, real].some((file) => /\.md\s*$/i.test(file))) throw new KithError("invalid-value", `--out ${out}: a Markdown note is no contacts file; give a .vcf or .csv file. Nothing written.`);
  await writeFile(out, output, { encoding: "utf8", flag: force ? "w" : "wx" }).catch((error: unknown) => {
    if (errorCode(error) === "EEXIST") throw new KithError("exists", `--out ${out} exists; nothing written. Give another file, or --force to replace it.`);
    throw error;
  });
}

const importCommand: Command = {
  spec: {
    name: "contacts import",
    summary: "Imports a vCard (.vcf) or contacts CSV (Google, Outlook) into person notes.",
    details: [
      "<file> is a .vcf (vCard 2.1, 3.0 or 4.0, any number of cards) or a CSV exported by Google",
      "Contacts or Outlook. Each card is matched to a person by email, then name or alias; a match",
      "gets only the fields its note lacks (written where the note keeps its fields), and fields it",
      "has with other values are listed, never overwritten. No match makes a new person note (the",
      "new-note settings' layout) marked `source: contacts import`. A name that matches several",
      "people, or someone only in part, is listed as ambiguous and not imported. An inline photo is",
      "saved in the attachments folder and linked; a photo address is linked, not downloaded. A card",
      "that cannot be read is skipped with a warning naming its place in the file.",
      'One undo for the whole import: "kith contacts undo" (its journal is at',
      `<vault>/${CONTACTS_JOURNAL_FILE}). Your own card (settings) is skipped.`,
      "Exit codes: 0 imported (a no-op included), 1 some notes could not be written, 2 an error",
      "(the file is not a readable vCard or CSV: nothing written).",
    ].join("\n"),
    args: ["file"],
    options: {
      "dry-run": { type: "boolean", description: "Print the plan and what would change as a unified diff; write nothing." },
      ...JSON_OPTION,
      ...VAULT_OPTIONS,
    },
  },
  async run([file = ""], values) {
    const ctx = values["dry-run"] === true ? await openVaultToLook(values) : await openVault(values);
    const core = await loadContactsCore();
    const { text, encoding } = core.decodeContactsFile(await readInput(file));
    if (encoding === "windows-1252") console.error(`kith: warning: ${printable(file)} is not UTF-8; read as Windows-1252 (check accented names in the plan).`);
    if (encoding === "vcard-charsets") console.error(`kith: warning: ${printable(file)} is not UTF-8; each card's text was read in the charset it names, Windows-1252 where none is named (check names in the plan).`);
    const contacts = core.readContactsFile(text);
    const index = await loadPeople(ctx);
    const progress = progressLine(ctx.progress, "planning contacts");
    const plan = await core.planContactsImport(contacts, index, ctx.store, {
      today: ctx.today,
      headings: ctx.settings.headings,
      syncProfileRole: ctx.settings.syncProfileRole,
      peopleFolder: ctx.settings.peopleFolder,
      attachmentFolder: await attachmentFolder(ctx),
      newNote: { contacts: ctx.settings.newNoteContacts, personType: ctx.settings.personType, projectFolders: ctx.settings.projectFolders, includeDataview: ctx.settings.includeDataview },
      // One stat a new note or photo (no second walk of the vault); a case-insensitive disk answers for any case.
      exists: (path) => existsSync(nodePath.join(ctx.store.root, ...path.split("/"))),
      onCard: (done, total) => progress.tick(done, total),
      self: { names: [ctx.settings.myName, ...ctx.settings.myAliases], emails: ctx.settings.myEmails },
    });
    progress.end();
    const dryRun = values["dry-run"] === true;
    let result: ContactsApplyResult | null = null;
    if (!dryRun) {
      result = await withJournalLock(ctx.store.root, CONTACTS_JOURNAL_FILE, true, async () => {
        const journal = new FileJournal(ctx.store.root, CONTACTS_JOURNAL_FILE);
        const applied = await core.applyContactsImport(plan, ctx.store, journal, nodePath.basename(file), ctx.today, WRITES_AT_ONCE);
        // After the notes: an import refused (its journal could not be started) leaves no stray pictures.
        await writePhotos(ctx, plan, journal);
        return applied;
      });
    }
    if (values.json === true) {
      console.log(JSON.stringify({ file, dryRun, counts: core.contactsCounts(plan), notes: core.contactsNoteCounts(plan), contacts: plan.contacts, photos: plan.photos.map((p) => p.path), warnings: plan.warnings, failed: result?.failed ?? [] }, null, 2));
    } else {
      for (const warning of plan.warnings) console.error(`kith: warning: ${printable(warning)}`);
      if (dryRun) {
        for (const c of plan.contacts) console.error(contactLine(c).join("\n"));
        for (const photo of plan.photos) console.error(`photo ${printable(photo.path)} would be written`);
        process.stdout.write(plan.notes.map((n) => unifiedDiff(n.path, n.before, n.after)).join(""));
        console.error(core.contactsSummary(plan));
      } else {
        for (const c of plan.contacts) console.log(contactLine(c).join("\n"));
        for (const f of result?.failed ?? []) console.log(`failed ${printable(f.path)}: ${printable(f.error)}`);
        console.log(core.contactsSummary(plan));
      }
    }
    return (result?.failed.length ?? 0) > 0 ? 1 : 0;
  },
};

const undoCommand: Command = {
  spec: {
    name: "contacts undo",
    summary: "Undoes the last contacts import.",
    details: [
      `Reads the last import's journal at <vault>/${CONTACTS_JOURNAL_FILE}. Notes it changed go back`,
      "to their text before; notes and photos it created move to <vault>/.trash. A note or photo",
      "changed since is left as it is and reported.",
      "Exit codes: 0 undone (or nothing to undo), 1 some notes were left as they are, 2 an error.",
    ].join("\n"),
    args: [],
    options: { ...VAULT_OPTIONS },
  },
  async run(_args, values) {
    const ctx = await openVault(values);
    const undone = await undoLast(ctx.store.root, ctx.store, CONTACTS_JOURNAL_FILE);
    if (!undone) {
      console.log("No contacts import to undo.");
      return 0;
    }
    const { journal, result } = undone;
    if (!journal.complete) console.log("The last contacts import stopped part-way; undoing the notes it wrote.");
    for (const path of result.restored) console.log(`restored ${printable(path)}`);
    for (const path of result.removed) console.log(`removed ${printable(path)} (moved to .trash)`);
    for (const { path, reason } of result.skipped) console.log(`skipped ${printable(path)}: ${reason}`);
    console.log(`${result.restored.length} restored, ${result.removed.length} removed, ${result.skipped.length} skipped`);
    return result.skipped.length > 0 ? 1 : 0;
  },
};

const exportCommand: Command = {
  spec: {
    name: "contacts export",
    summary: "Writes every person as a vCard 4.0 file or a Google Contacts CSV.",
    details: [
      "Each person note's name, emails, phones, company, role, birthday, addresses, websites, photo",
      "address and note (or only the people --search picks), read from where the note keeps them,",
      "sorted by name. A vCard 4.0 file",
      "phones and Google Contacts import; --format csv writes Google's CSV header names. Importing",
      "the file into the same vault changes nothing. Without --out, prints it.",
    ].join("\n"),
    args: [],
    options: {
      format: { type: "string", value: "vcard|csv", description: "The file's format (default vcard)." },
      out: { type: "string", value: "FILE", description: "Write to FILE (a new file; never a .md note) instead of standard output." },
      force: { type: "boolean", description: "Replace FILE when it exists." },
      search: { type: "string", value: "TEXT", description: "Only the people whose name, alias, email, company or role holds TEXT (case and accents ignored)." },
      ...VAULT_OPTIONS,
    },
  },
  async run(_args, values) {
    const format = stringOption(values, "format") ?? "vcard";
    if (format !== "vcard" && format !== "csv") throw new KithError("invalid-value", `--format "${format}": give vcard or csv.`);
    const ctx = await openVault(values);
    const core = await loadContactsCore();
    const index = await loadPeople(ctx);
    const search = foldForSearch(stringOption(values, "search") ?? "");
    const picked = [...index.entries()].filter((e) => search === "" || searchFields(e).some((f) => f.includes(search)));
    const people = picked.sort((a, b) => a.name.localeCompare(b.name) || (a.path < b.path ? -1 : 1));
    const cards = [];
    for (const entry of people) {
      const text = await ctx.store.read(entry.path).catch(() => null);
      if (text === null) console.error(`kith: warning: ${printable(entry.path)} cannot be read; left out.`);
      else cards.push(core.cardOfPerson(entry, text, ctx.settings.headings));
    }
    const output = format === "csv" ? core.writeGoogleCsv(cards) : core.writeVCards(cards);
    const out = stringOption(values, "out");
    if (out === undefined) process.stdout.write(output);
    else {
      await writeExport(out, output, values.force === true);
      console.error(`kith: ${cards.length} people written to ${printable(out)}`);
    }
    return 0;
  },
};

export const contactsCommands: Command[] = [importCommand, undoCommand, exportCommand];
