import { Modal, Notice, type App } from "obsidian";
import type { PickedContactsFile } from "./ui";

/**
 * Asks for a contacts file with the system's file picker. Read with the browser's File API
 * (arrayBuffer, as `file.text()` would but keeping the bytes, so the core can tell a UTF-16 or
 * Windows-1252 export from UTF-8): no Node, so it works on phones too.
 */
export class ContactsFileModal extends Modal {
  private answer: PickedContactsFile | null = null;
  private settle: (value: PickedContactsFile | null) => void = () => undefined;

  constructor(app: App) {
    super(app);
  }

  ask(): Promise<PickedContactsFile | null> {
    return new Promise((resolve) => {
      this.settle = resolve;
      this.open();
    });
  }

  override onOpen(): void {
    this.setTitle("Import contacts");
    this.contentEl.createEl("p", {
      text: "Choose a .vcf or .csv file of contacts, as phones and Google export them. You will see what changes before anything is written.",
    });
    const input = this.contentEl.createEl("input", { type: "file", attr: { accept: ".vcf,.vcard,.csv,text/vcard,text/csv" } });
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      if (!file) return;
      file
        .arrayBuffer()
        .then((buffer) => {
          this.answer = { name: file.name, bytes: new Uint8Array(buffer) };
        })
        .catch((error: unknown) => new Notice(`${file.name} cannot be read (${error instanceof Error ? error.message : String(error)}); nothing was imported.`))
        .finally(() => this.close());
    });
  }

  override onClose(): void {
    this.contentEl.empty();
    this.settle(this.answer);
  }
}
