import { debounce, ItemView, TFile, type WorkspaceLeaf } from "obsidian";
import { UPCOMING_DAYS, upcomingDates } from "../../core";
import type { TaskIndex } from "../../core/tasks";
import type { KithHost } from "../host";
import type { PanelActions } from "./actions";
import { buildPanelModel, type ActiveNote } from "./model/build-model";
import type { PanelModel } from "./model/panel-model";
import type { ProjectIndex } from "./model/project-index";
import { FOCUS_KEY } from "./render/parts";
import { renderTodaysMeetings } from "./render/meetings";
import { renderPanel } from "./render/panel";
import { renderUpcomingDates } from "./render/upcoming-dates";
import { panelSources } from "./sources";
import { storeActions } from "./store-actions";

export const PEOPLE_VIEW_TYPE = "kith-people";

/** How long the panel waits for a burst of changes (typing, a recap writing many notes) to settle. */
const REFRESH_DELAY_MS = 150;

/** The indexes the panel reads besides the people index. */
export interface PanelIndexes {
  tasks: TaskIndex;
  projects: ProjectIndex;
}

/**
 * The people panel: follows the active note and shows the person, the meeting's attendees,
 * or the people a note names. It reads the active note once when it becomes active; after
 * that the text comes with the metadata cache's change events, and a render reads nothing.
 */
export class PeopleView extends ItemView {
  private note: ActiveNote | null = null;
  /** Refreshes once the changes settle (each call starts the wait again). */
  readonly schedule = debounce(() => void this.refresh(), REFRESH_DELAY_MS, true);
  private shown = "";
  private following = 0;
  private loading: { path: string; done: Promise<void> } | null = null;
  private readonly collapsed = new Set<string>();
  private readonly expanded = new Set<string>();
  readonly actions: PanelActions;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly plugin: KithHost,
    private readonly indexes: PanelIndexes,
  ) {
    super(leaf);
    this.actions = storeActions(this.app, plugin, (path, text) => {
      if (path !== this.note?.path) return;
      this.note = { path, text };
      this.refresh();
    });
  }

  getViewType(): string {
    return PEOPLE_VIEW_TYPE;
  }

  getDisplayText(): string {
    return "People";
  }

  override getIcon(): string {
    return "users";
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass("kith-panel");
    const { workspace, metadataCache, vault } = this.app;
    this.registerEvent(workspace.on("file-open", (file) => void this.follow(file)));
    this.registerEvent(
      metadataCache.on("changed", (file, data) => {
        if (file.path !== this.note?.path) return;
        this.note = { path: file.path, text: data };
        this.schedule();
      }),
    );
    this.registerEvent(
      vault.on("rename", (file, oldPath) => {
        if (oldPath === this.note?.path) this.note = { ...this.note, path: file.path };
      }),
    );
    this.registerEvent(
      vault.on("delete", (file) => {
        if (file.path === this.note?.path) this.note = null;
      }),
    );
    // Index updates (a task completed elsewhere, a person renamed) refresh the panel too.
    this.register(this.plugin.indexer.onChange(() => this.schedule()));
    // Today's meetings: read again whenever the panel opens (not before the layout is ready).
    const meetings = todaysMeetingsOf(this.plugin);
    if (meetings) {
      this.register(meetings.onChange(() => this.refresh()));
      void meetings.refresh();
    }
    await this.follow(workspace.getActiveFile());
  }

  override async onClose(): Promise<void> {
    this.schedule.cancel();
    await super.onClose();
  }

  /** Shows the note that became active: one read, then its changes come from the cache. */
  follow(file: TFile | null): Promise<void> {
    // Obsidian may announce the same note twice (file-open, then a leaf change): one read.
    if (file && this.loading?.path === file.path) return this.loading.done;
    const turn = ++this.following;
    if (!file || file.extension !== "md" || file.path === this.note?.path) {
      if (!file || file.extension !== "md") this.note = null;
      this.loading = null;
      this.refresh();
      return Promise.resolve();
    }
    const done = this.app.vault.cachedRead(file).then(
      (text) => this.loaded(turn, { path: file.path, text }),
      // Gone before it could be read (deleted, moved): show nothing rather than the last note.
      () => this.loaded(turn, null),
    );
    this.loading = { path: file.path, done };
    return done;
  }

  private loaded(turn: number, note: ActiveNote | null): void {
    // A quicker switch to another note wins over this one.
    if (turn !== this.following) return;
    this.loading = null;
    this.note = note;
    this.refresh();
  }

  /** Builds the model from the indexes and re-renders only when it differs from what is shown. */
  refresh(): PanelModel {
    const sources = panelSources(this.app, this.plugin, this.indexes.tasks, this.indexes.projects);
    const model = buildPanelModel(this.note, sources);
    const meetings = todaysMeetingsOf(this.plugin)?.current;
    const todays = meetings && meetings.calendars > 0 ? meetings : null;
    const upcoming = upcomingDates(sources.people.entries(), sources.today, UPCOMING_DAYS);
    const json = JSON.stringify([model, todays, upcoming]);
    if (json === this.shown) return model;
    this.shown = json;
    const focused = activeDocument.activeElement?.getAttribute(FOCUS_KEY) ?? null;
    const ctx = { actions: this.actions, collapsed: this.collapsed, expanded: this.expanded };
    renderPanel(this.contentEl, model, ctx);
    const start = "startMeeting" in this.plugin ? this.plugin.startMeeting : undefined;
    if (todays && start) renderTodaysMeetings(this.contentEl, todays, ctx, (meeting) => void start(meeting));
    renderUpcomingDates(this.contentEl, upcoming, sources.today, sources.settings.dateFormat, ctx);
    if (focused) this.restoreFocus(focused);
    return model;
  }

  /** Puts focus back where it was (an edited field's own text once its input is gone). */
  private restoreFocus(key: string): void {
    for (const candidate of [key, key.replace(/:input$/, "")]) {
      const el = this.contentEl.querySelector<HTMLElement>(`[${FOCUS_KEY}="${CSS.escape(candidate)}"]`);
      if (el) return el.focus();
    }
  }
}

/** The calendar feature's today's meetings, or undefined while it does not add them (read with `in`: a plugin may be a strict test double). */
function todaysMeetingsOf(plugin: KithHost): KithHost["meetings"] {
  return "meetings" in plugin ? plugin.meetings : undefined;
}
