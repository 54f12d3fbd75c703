import { Notice, type App } from "obsidian";
import { isKithError } from "../../core";
import { extractRecap, extractionRequest, likelyAttendees, type ExtractInput, type HttpRequest, type ModelServer, type RequestPort } from "../../core/extract";
import type { KithHost } from "../host";
import { pasteKnowledge, type RecapReading } from "../recap/recap-reading";
import { MeetingTextModal, type MeetingText } from "./meeting-text-modal";
import { modelServerOf } from "./model-server";
import { obsidianRequestPort } from "./request-port";
import { ExtractRequestModal } from "./request-modal";

/** What the recap form knows when the user asks from it; from the command, nothing. */
export interface FormKnows {
  attendees: readonly string[];
  /** The form's title: it wins over the model's. */
  title?: string;
}

/** Files whose text is a meeting's: notes, and the transcripts Kith reads. */
const TEXT_FILES = new Set(["md", "txt", "vtt", "srt"]);

function messageOf(error: unknown): string {
  return isKithError(error) || error instanceof Error ? error.message : String(error);
}

/** The active note's text, for the user to cut or replace; empty when none is open. */
async function activeText(app: App): Promise<string> {
  const file = app.workspace.getActiveFile();
  return file && TEXT_FILES.has(file.extension.toLowerCase()) ? app.vault.cachedRead(file) : "";
}

/**
 * "Extract recap with your model": the meeting's text, then the request shown with Send and
 * Cancel (nothing leaves the machine without Send), then the model's recap, checked by the core,
 * handed to `onRead` as Paste recap hands its reading to the form, warnings included; the same
 * preview follows, so nothing is written without the user's OK. When the feature cannot run
 * (off, no server or model, an Obsidian without secret storage) a Notice says why.
 */
export async function extractWithModel(plugin: KithHost, form: FormKnows, onRead: (reading: RecapReading) => void, port: RequestPort = obsidianRequestPort()): Promise<void> {
  const ready = modelServerOf(plugin.app, plugin.settings);
  if (!ready.ok) {
    new Notice(ready.message);
    return;
  }
  const initial: MeetingText = { text: await activeText(plugin.app), attendees: [...form.attendees] };
  new MeetingTextModal(plugin.app, initial, (given) => {
    const knowledge = pasteKnowledge(plugin.settings, plugin.people.index);
    const title = form.title?.trim() ?? "";
    const input: ExtractInput = { text: given.text, attendees: likelyAttendees(given.text, given.attendees, knowledge), title: title === "" ? null : title };
    let request: HttpRequest;
    try {
      request = extractionRequest(ready.server, input);
    } catch (error) {
      new Notice(messageOf(error));
      return;
    }
    new ExtractRequestModal(plugin.app, request, () => void ask(port, ready.server, input, onRead)).open();
  }).open();
}

/** Sends the request (after the user's Send), with a Notice while the model thinks; an error is a Notice in the core's words. */
async function ask(port: RequestPort, server: ModelServer, input: ExtractInput, onRead: (reading: RecapReading) => void): Promise<void> {
  const progress = new Notice(`Asking ${server.model}…`, 0);
  try {
    const { warnings, ...recap } = await extractRecap(port, server, input);
    progress.hide();
    onRead({ recap, warnings, unnamedSpeakers: [] });
  } catch (error) {
    progress.hide();
    new Notice(messageOf(error));
  }
}

/** A reading as a new form's recap: the model's date, or today's (with a warning to check it) when the text gave none. */
export function formReadingOf(reading: RecapReading, today: string): RecapReading {
  if (reading.recap.date !== null) return reading;
  return { ...reading, recap: { ...reading.recap, date: today }, warnings: [...reading.warnings, `The text gives no date: the form says today (${today}); check it.`] };
}
