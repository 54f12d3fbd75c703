import { Notice, TFile } from "obsidian";
import { isKithError } from "../../core";
import type { TodayMeeting } from "../../core/calendar";
import type { KithHost } from "../host";
import { RecapModal } from "../recap/recap-modal";
import { RecapService } from "../recap/recap-service";
import { startMeetingNote } from "./start-meeting";
import { TodaysMeetings } from "./todays-meetings";

/** How often the plugin looks whether the refresh interval (a setting, in minutes) has passed. */
const TICK_MS = 60_000;

/**
 * Today's meetings: the service on the plugin (the panel reads it), the refresh command, and
 * the refresh every N minutes. Nothing is read at load: the first refresh waits for the layout.
 */
export function registerTodaysMeetings(plugin: KithHost): TodaysMeetings {
  const meetings = new TodaysMeetings({ app: plugin.app, settings: () => plugin.settings });
  const recaps = new RecapService(plugin);
  plugin.meetings = meetings;
  plugin.startMeeting = (meeting) => startMeeting(plugin, recaps, meeting);
  plugin.addCommand({ id: "refresh-todays-meetings", name: "Refresh today's meetings", callback: () => void meetings.refresh() });
  plugin.app.workspace.onLayoutReady(() => {
    void meetings.refresh();
    // One tick a minute, so a changed interval takes effect without registering a new timer.
    plugin.registerInterval(
      window.setInterval(() => {
        if (meetings.due()) void meetings.refresh();
      }, TICK_MS),
    );
  });
  return meetings;
}

/** One click on a meeting: its note started (or found), opened, and the recap form on it. */
async function startMeeting(plugin: KithHost, recaps: RecapService, meeting: TodayMeeting): Promise<void> {
  try {
    const started = await startMeetingNote(plugin, meeting);
    const file = plugin.app.vault.getAbstractFileByPath(started.path);
    if (file instanceof TFile) await plugin.app.workspace.getLeaf(false).openFile(file);
    if (!started.created) new Notice(`${started.path} already exists: the recap adds to it, keeping what it holds.`);
    new RecapModal(plugin.app, plugin, recaps, started.recap, started.path).open();
  } catch (error) {
    new Notice(isKithError(error) || error instanceof Error ? error.message : String(error));
  }
}
