import { FuzzySuggestModal, type App, type TFile } from "obsidian";

/** The files a transcript can be in: WebVTT (Zoom, Teams, Meet), SRT, and Otter's plain text. */
const TRANSCRIPT_EXTENSIONS = new Set(["vtt", "srt", "txt"]);

export function isTranscriptFile(file: TFile): boolean {
  return TRANSCRIPT_EXTENSIONS.has(file.extension.toLowerCase());
}

/** Picks a transcript file in the vault by fuzzy search over its path, newest first. */
export class TranscriptPickerModal extends FuzzySuggestModal<TFile> {
  constructor(
    app: App,
    private readonly onPick: (file: TFile) => void,
  ) {
    super(app);
    this.setPlaceholder("Choose a transcript (.vtt, .srt or .txt)");
    this.emptyStateText = "No .vtt, .srt or .txt file in the vault.";
  }

  // Listed once when the picker opens: the fuzzy search asks again at every key.
  private items: TFile[] | null = null;

  getItems(): TFile[] {
    this.items ??= this.app.vault
      .getFiles()
      .filter(isTranscriptFile)
      .sort((a, b) => b.stat.mtime - a.stat.mtime);
    return this.items;
  }

  getItemText(file: TFile): string {
    return file.path;
  }

  onChooseItem(file: TFile): void {
    this.onPick(file);
  }
}
