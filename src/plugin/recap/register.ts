import { MarkdownView, Notice, TFile } from "obsidian";
import { isKithError, isMeetingNote } from "../../core";
import { extractWithModel, formReadingOf } from "../extract/extract-flow";
import type { KithHost } from "../host";
import { RecapModal } from "./recap-modal";
import { RecapPreviewModal } from "./preview-modal";
import { RecapService } from "./recap-service";

function report(error: unknown): void {
  new Notice(isKithError(error) || error instanceof Error ? error.message : String(error));
}

/** Meeting recaps: the ribbon button, the recap modal and its commands. */
export function registerRecapCommands(plugin: KithHost): void {
  const service = new RecapService(plugin);
  const openForm = (): void => new RecapModal(plugin.app, plugin, service).open();

  /** Opens the preview of applying a meeting note to its attendees. */
  const previewMeetingNote = async (file: TFile): Promise<void> => {
    try {
      const plan = await service.plan(await service.readMeetingNote(file), file.path);
      new RecapPreviewModal(plugin.app, service, plan, file.path, null).open();
    } catch (error) {
      report(error);
    }
  };
  plugin.applyMeetingNote = previewMeetingNote;

  plugin.addRibbonIcon("users", "Add meeting recap", openForm);
  plugin.addCommand({ id: "add-meeting-recap", name: "Add meeting recap", callback: openForm });
  plugin.addCommand({
    id: "paste-recap",
    name: "Paste recap",
    callback: () => {
      const form = new RecapModal(plugin.app, plugin, service);
      form.open();
      form.openPaste();
    },
  });
  plugin.addCommand({
    id: "extract-recap-with-model",
    name: "Extract recap with your model",
    callback: () =>
      void extractWithModel(plugin, { attendees: [] }, (read) => {
        const reading = formReadingOf(read, plugin.today());
        new RecapModal(plugin.app, plugin, service, reading.recap, undefined, { warnings: reading.warnings }).open();
      }),
  });
  plugin.addCommand({
    id: "apply-meeting-note",
    name: "Apply meeting note to attendees",
    checkCallback: (checking) => {
      const view = plugin.app.workspace.getActiveViewOfType(MarkdownView);
      const file = view?.file;
      if (!view || !(file instanceof TFile) || !isMeetingNote(view.editor.getValue())) return false;
      if (!checking) void previewMeetingNote(file);
      return true;
    },
  });
  plugin.addCommand({ id: "undo-last-recap", name: "Undo last recap", callback: () => void service.undoLast().catch(report) });
}
