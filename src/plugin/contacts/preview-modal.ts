import { Setting, type App } from "obsidian";
import { contactsNoteCounts, type ContactStatus, type ContactsPlan, type PlannedContact } from "../../core/contacts-import";
import { ConfirmModal } from "../modals/confirm-modal";

/** Rows shown of each group: a phone's whole address book would make a page nobody scrolls; the counts say the rest. */
const ROWS_SHOWN = 200;

const GROUPS: Array<{ status: ContactStatus; title: string }> = [
  { status: "new", title: "New people" },
  { status: "updated", title: "Updated" },
  { status: "ambiguous", title: "Ambiguous: not imported" },
  { status: "skipped", title: "Skipped" },
  { status: "unchanged", title: "Unchanged" },
];

/**
 * Shows what an import will do before anything is written, in the recap preview's look: new
 * people, notes updated with each field filled (and the fields left as the note has them),
 * ambiguous names with who they could be, skipped cards with why. Resolves true on Import.
 */
export class ContactsPreviewModal extends ConfirmModal {
  constructor(
    app: App,
    private readonly plan: ContactsPlan,
    private readonly file: string,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl, plan } = this;
    this.setTitle(`Import contacts from ${this.file}`);
    contentEl.addClass("kith-recap-preview");
    for (const warning of plan.warnings) contentEl.createEl("p", { text: warning, cls: "kith-preview-error" });
    const notes: Partial<Record<ContactStatus, number>> = contactsNoteCounts(plan);
    for (const group of GROUPS) {
      const contacts = plan.contacts.filter((c) => c.status === group.status);
      if (contacts.length === 0) continue;
      // Two cards of one person go to one note: the heading counts people, as the closing line does.
      const people = notes[group.status] ?? contacts.length;
      const count = people === contacts.length ? `${people}` : `${people} from ${contacts.length} ${contacts.length === 1 ? "card" : "cards"}`;
      new Setting(contentEl).setName(`${group.title} (${count})`).setHeading();
      // Unchanged cards need no reading: their names only.
      if (group.status === "unchanged") {
        contentEl.createEl("p", { text: names(contacts), cls: "kith-preview-muted" });
        continue;
      }
      for (const contact of contacts.slice(0, ROWS_SHOWN)) renderContact(contentEl, contact);
      if (contacts.length > ROWS_SHOWN) contentEl.createEl("p", { text: `And ${contacts.length - ROWS_SHOWN} more.`, cls: "kith-preview-muted" });
    }
    const photos = plan.photos.length === 1 ? "1 photo" : `${plan.photos.length} photos`;
    if (plan.photos.length > 0) contentEl.createEl("p", { text: `${photos} saved to the attachments folder.`, cls: "kith-preview-muted" });
    const nothing = plan.notes.length === 0;
    if (nothing) contentEl.createEl("p", { text: "Nothing to write: every card is in your notes already, or cannot be imported." });
    this.addButtons("Import", nothing);
  }
}

function names(contacts: readonly PlannedContact[]): string {
  const shown = contacts.slice(0, ROWS_SHOWN).map((c) => c.name);
  return contacts.length > ROWS_SHOWN ? `${shown.join(", ")} and ${contacts.length - ROWS_SHOWN} more` : shown.join(", ");
}

function renderContact(parent: HTMLElement, contact: PlannedContact): void {
  const box = parent.createDiv({ cls: "kith-preview-note" });
  const where = contact.path === null ? "" : ` → ${contact.path}`;
  box.createDiv({ text: `${contact.name}${where}`, cls: "kith-preview-path" });
  if (contact.reason) box.createDiv({ text: `${contact.position}: ${contact.reason}`, cls: "kith-preview-error" });
  if (contact.candidates.length > 0) {
    box.createDiv({ text: `Could be: ${contact.candidates.map((p) => `${p.name} (${p.path})`).join(", ")}`, cls: "kith-preview-muted" });
  }
  if (contact.filled.length === 0 && contact.differs.length === 0) return;
  const list = box.createEl("ul", { cls: "kith-preview-diff" });
  for (const f of contact.filled) list.createEl("li", { text: `+ ${f.field}: ${f.value}`, cls: "kith-diff-added" });
  for (const d of contact.differs) {
    list.createEl("li", { text: `${d.field}: the note has "${d.note}", the card "${d.card}" (left as it is)`, cls: "kith-preview-muted" });
  }
}
