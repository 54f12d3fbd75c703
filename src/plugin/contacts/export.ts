import { normalizePath, TFile } from "obsidian";
import { foldForSearch, searchFields } from "../../core";
import { report, type CommandContext } from "../commands/context";
import { loadContactsCore } from "./import";

type ContactsFormat = "vcard" | "csv";

const peopleCount = (n: number): string => (n === 1 ? "1 person" : `${n} people`);

/**
 * Writes every person, or the people a search picks (name, alias, email, company or role, as
 * `kith contacts export --search`), to a vCard 4.0 or Google CSV file in the vault. A file
 * there already is replaced only after the user has seen the change and confirmed it.
 */
export async function exportContacts(ctx: CommandContext): Promise<void> {
  const { plugin, ui } = ctx;
  await plugin.indexer.ready;
  const search = await ui.prompt("Export contacts: whose? A name, company, email or role; empty for everyone", { placeholder: "Everyone" });
  if (search === null) return;
  const folded = foldForSearch(search.trim());
  const people = [...plugin.people.index.entries()]
    .filter((e) => folded === "" || searchFields(e).some((f) => f.includes(folded)))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.path < b.path ? -1 : 1));
  if (people.length === 0) return ui.notice(`No one matches "${search.trim()}": nothing exported.`);
  const format = await ui.pick<ContactsFormat>(`Export ${peopleCount(people.length)} as`, [
    { value: "vcard", label: "vCard 4.0 (.vcf)", detail: "Phones, iCloud and Google Contacts import it." },
    { value: "csv", label: "CSV (Google Contacts)", detail: "Google's column names; spreadsheets open it." },
  ]);
  if (format === null) return;
  const answer = await ui.prompt("Export to (a path in the vault)", { value: format === "csv" ? "contacts.csv" : "contacts.vcf" });
  if (answer === null || answer.trim() === "") return;
  const path = normalizePath(answer.trim());
  // The export is a contacts file beside the notes, never a note: no other ending, no way up out of the vault.
  const ending = format === "csv" ? ".csv" : ".vcf";
  if (!path.toLowerCase().endsWith(ending) || path.split("/").includes("..")) {
    return ui.notice(`Export to a ${ending} file inside the vault (such as contacts${ending}): nothing exported.`);
  }
  try {
    const core = await loadContactsCore();
    const cards = [];
    const unreadable: string[] = [];
    for (const entry of people) {
      const text = await plugin.store.read(entry.path);
      if (text === null) unreadable.push(entry.path);
      else cards.push(core.cardOfPerson(entry, text, plugin.settings.headings));
    }
    const output = format === "csv" ? core.writeGoogleCsv(cards) : core.writeVCards(cards);
    if (!(await writeExport(ctx, path, output))) return;
    const left = unreadable.length > 0 ? ` Left out (cannot be read): ${unreadable.join(", ")}.` : "";
    ui.notice(`${peopleCount(cards.length)} exported to ${path}.${left}`);
  } catch (error) {
    report(ctx, error);
  }
}

/** Writes the file; one there already is replaced only when confirmed, and only if unchanged since. False when nothing was written. */
async function writeExport(ctx: CommandContext, path: string, output: string): Promise<boolean> {
  const { vault } = ctx.plugin.app;
  const existing = vault.getAbstractFileByPath(path);
  if (existing === null) {
    const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    if (folder && !vault.getFolderByPath(folder)) await vault.createFolder(folder);
    await vault.create(path, output);
    return true;
  }
  if (!(existing instanceof TFile)) {
    ctx.ui.notice(`${path} is a folder: nothing exported.`);
    return false;
  }
  const before = await vault.read(existing);
  if (before === output) {
    ctx.ui.notice(`${path} holds these people already: nothing to change.`);
    return false;
  }
  if (!(await ctx.ui.confirm(`Replace ${path}?`, [{ path, before, after: output }], "Replace"))) return false;
  await vault.process(existing, (current) => {
    if (current !== before) throw new Error(`${path} changed while you looked; nothing exported, export again`);
    return output;
  });
  return true;
}
