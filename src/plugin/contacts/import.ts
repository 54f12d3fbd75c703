import { base64ToArrayBuffer, normalizePath, type App } from "obsidian";
import { PeopleIndex, type JournalWriter, type NoteStore } from "../../core";
import { savedPhotoLine, undoImport } from "../../core/contacts-import/photos";
import type { ContactsFile, ContactsPlan } from "../../core/contacts-import";
import { countOf, report, type CommandContext } from "../commands/context";
import { firstBacklinks } from "../commands/vault-scan";
import type { KithHost } from "../host";
import { UndoStore, type UndoJournalKind } from "../recap/undo-store";
import type { ContactsUi, ProgressMessage } from "./ui";

/** The last import's journal, the file the CLI keeps it in (`kith contacts undo` undoes an import made here, and the other way round). */
export const CONTACTS_JOURNAL: UndoJournalKind = { file: "last-contacts-import.jsonl", oldFile: null, what: "contacts import" };

/** Cards (planning) or notes (writing) between two updates of the progress message. */
const PROGRESS_STEP = 100;

/** ical.js and papaparse are evaluated only when an import or export runs, never at load. */
export const loadContactsCore = (): Promise<typeof import("../../core/contacts-import")> => import("../../core/contacts-import");

/** Lets the progress message paint before a stretch of work that does not wait on the vault. */
const nextFrame = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));

/**
 * Imports a vCard or contacts CSV file: read, planned against the people (the index copied, as
 * the plan learns its new people), previewed, then written through the note store with one
 * journal, so "Undo last contacts import" takes it all back. A file that is no readable vCard
 * or CSV writes nothing and says why.
 */
export async function importContacts(ctx: CommandContext, ui: ContactsUi): Promise<void> {
  const picked = await ui.pickFile();
  if (!picked) return;
  const { plugin } = ctx;
  let progress: ProgressMessage | null = null;
  try {
    const core = await loadContactsCore();
    const { text, encoding } = core.decodeContactsFile(picked.bytes);
    const contacts = core.readContactsFile(text);
    if (encoding === "windows-1252") ctx.ui.notice(`${picked.name} is not UTF-8; it was read as Windows-1252: check accented names in the preview.`);
    if (encoding === "vcard-charsets") ctx.ui.notice(`${picked.name} is not UTF-8; each card's text was read in the charset it names (Windows-1252 where none is named): check names in the preview.`);
    await plugin.indexer.ready;
    progress = ui.progress(`Reading ${countOf(contacts.cards.length, "card")} from ${picked.name}…`);
    await nextFrame();
    const plan = await core.planContactsImport(contacts, copyOf(plugin.people.index), plugin.store, await planOptions(plugin, contacts, progress));
    progress.done();
    progress = null;
    if (!(await ui.preview(plan, picked.name))) return;
    progress = ui.progress(`Writing ${countOf(plan.notes.length, "note")}…`);
    const undoStore = new UndoStore(plugin.app, plugin.manifest, CONTACTS_JOURNAL);
    const store = withProgress(plugin.store, plan.notes.length, progress);
    const { result, photoProblems } = await undoStore.locked(async () => {
      const journal = undoStore.writer();
      const applied = await core.applyContactsImport(plan, store, journal, picked.name, plugin.today());
      // After the notes, as the CLI does: an import refused (its journal could not be started) leaves no stray pictures.
      return { result: applied, photoProblems: await writePhotos(plugin.app, plan, journal) };
    });
    const failed = [...result.failed.map((f) => `${f.path}: ${f.error}`), ...photoProblems];
    ctx.ui.notice(`Contacts imported: ${core.contactsSummary(plan)}.${failed.length > 0 ? ` Not written: ${failed.join("; ")}` : ""}`);
  } catch (error) {
    report(ctx, error);
  } finally {
    progress?.done();
  }
}

/** Undoes the last import (made here or by `kith contacts import`): changed notes restored, new ones to the trash; a note changed since is left. */
export async function undoLastContactsImport(ctx: CommandContext): Promise<void> {
  const { plugin } = ctx;
  const undoStore = new UndoStore(plugin.app, plugin.manifest, CONTACTS_JOURNAL);
  try {
    const undone = await undoStore.locked(async () => {
      const journal = await undoStore.load();
      if (!journal) return null;
      // Its photos go with its notes, each while it is still the picture saved and no note left links it.
      const result = await undoImport(journal, plugin.store, {
        read: async (path) => {
          const file = plugin.app.vault.getFileByPath(path);
          return file ? new Uint8Array(await plugin.app.vault.readBinary(file)) : null;
        },
        trash: async (path) => {
          const file = plugin.app.vault.getFileByPath(path);
          if (file) await plugin.app.fileManager.trashFile(file);
        },
        linkedFrom: (paths, except) => Promise.resolve(firstBacklinks(plugin.app, paths, except)),
      });
      await undoStore.clear();
      return { journal, result };
    });
    if (!undone) return ctx.ui.notice("There is no contacts import to undo.");
    const { journal, result } = undone;
    const undid = journal.complete ? "Undid the contacts import" : "Undid the contacts import, which had stopped part-way";
    const left = result.skipped.map((s) => `${s.path} (${s.reason})`).join(", ");
    ctx.ui.notice(`${undid}: ${result.restored.length} restored, ${result.removed.length} removed.${left ? ` Left as they are: ${left}.` : ""}`);
  } catch (error) {
    report(ctx, error);
  }
}

/** A copy of the people index: planning adds the file's new people to the index it is given, and the live one must not hold people who may never be written. */
function copyOf(index: PeopleIndex): PeopleIndex {
  const copy = new PeopleIndex();
  for (const entry of index.entries()) copy.set(entry.path, entry);
  return copy;
}

async function planOptions(plugin: KithHost, contacts: ContactsFile, progress: ProgressMessage) {
  const s = plugin.settings;
  const { vault } = plugin.app;
  return {
    today: plugin.today(),
    headings: s.headings,
    syncProfileRole: s.syncProfileRole,
    peopleFolder: s.peopleFolder,
    attachmentFolder: await attachmentFolder(plugin.app, s.peopleFolder, contacts),
    newNote: { contacts: s.newNoteContacts, personType: s.personType, projectFolders: s.projectFolders, includeDataview: s.includeDataview },
    exists: (path: string) => vault.getAbstractFileByPath(normalizePath(path)) !== null,
    onCard: (done: number, total: number) => {
      if (done % PROGRESS_STEP === 0) progress.update(`Planning contacts: ${done} of ${total} cards…`);
    },
    self: { names: [s.myName, ...s.myAliases], emails: s.myEmails },
  };
}

/**
 * Where the attachments of a new person note go, as Obsidian's own setting says (vault root, a
 * folder, or beside the note). Asked only when a card has an inline photo: Obsidian may create
 * that folder when asked.
 */
async function attachmentFolder(app: App, peopleFolder: string, contacts: ContactsFile): Promise<string> {
  if (!contacts.cards.some((c) => c.card.photo?.kind === "inline")) return "";
  const probe = await app.fileManager.getAvailablePathForAttachment("photo.jpg", normalizePath(`${peopleFolder}/person.md`));
  const slash = probe.lastIndexOf("/");
  return slash < 0 ? "" : probe.slice(0, slash);
}

/** The store with a progress message counting its writes. */
function withProgress(store: NoteStore, total: number, progress: ProgressMessage): NoteStore {
  let written = 0;
  const tick = (): void => {
    written++;
    if (written % PROGRESS_STEP === 0) progress.update(`Writing notes: ${written} of ${total}…`);
  };
  return {
    read: (path) => store.read(path),
    list: (folder) => store.list(folder),
    trash: (path) => store.trash(path),
    create: (path, text) => store.create(path, text).then(tick),
    process: (path, edit) => store.process(path, edit).finally(tick),
  };
}

/**
 * Inline photos into the attachments folder, each then named in the import's journal so its undo
 * can trash it; one that cannot be written is named (its note still links it).
 */
async function writePhotos(app: App, plan: ContactsPlan, journal: JournalWriter): Promise<string[]> {
  const problems: string[] = [];
  for (const photo of plan.photos) {
    const path = normalizePath(photo.path);
    const bytes = base64ToArrayBuffer(photo.base64);
    try {
      const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
      if (folder && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
      await app.vault.createBinary(path, bytes);
    } catch (error) {
      problems.push(`the photo ${path} (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    await journal.append(savedPhotoLine(path, new Uint8Array(bytes)));
  }
  return problems;
}
