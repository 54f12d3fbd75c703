import { Notice, type App } from "obsidian";
import type { ContactsPlan } from "../../core/contacts-import";
import { ContactsFileModal } from "./file-modal";
import { ContactsPreviewModal } from "./preview-modal";

/** A file the user picked: its name and bytes (decoded by the core, which tells UTF-8, UTF-16 and Windows-1252 apart). */
export interface PickedContactsFile {
  name: string;
  bytes: Uint8Array;
}

/** A message kept on screen while a long import runs, changed as it goes. */
export interface ProgressMessage {
  update(message: string): void;
  done(): void;
}

/**
 * What the contacts commands ask and show beyond the commands' KithUi: a file, the import's
 * preview, a progress message. Tests drive them with scripted answers.
 */
export interface ContactsUi {
  /** The file to import; null when dismissed. */
  pickFile(): Promise<PickedContactsFile | null>;
  /** Shows the plan; true only when the user imports. */
  preview(plan: ContactsPlan, file: string): Promise<boolean>;
  progress(message: string): ProgressMessage;
}

/** The contacts commands' UI in Obsidian's modals and notices. */
export class ModalContactsUi implements ContactsUi {
  constructor(private readonly app: App) {}

  pickFile(): Promise<PickedContactsFile | null> {
    return new ContactsFileModal(this.app).ask();
  }

  preview(plan: ContactsPlan, file: string): Promise<boolean> {
    return new ContactsPreviewModal(this.app, plan, file).ask();
  }

  progress(message: string): ProgressMessage {
    // Duration 0: it stays until done() hides it.
    const notice = new Notice(message, 0);
    return { update: (m) => void notice.setMessage(m), done: () => notice.hide() };
  }
}
