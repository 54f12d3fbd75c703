/**
 * The browser preview of the people panel: the real panel code, mounted by the same harness
 * as the DOM tests on the fixture vault, through the Obsidian test double bundled for the
 * browser. tests/ui/panel.ui.ts drives it in headless Chromium via `window.kithPreview`.
 */
import { setup } from "obsidian-test-mocks/setup";
import { addIcon, ButtonComponent, Modal, Setting } from "obsidian";
import { TodaysMeetings } from "../../src/plugin/calendar/todays-meetings";
import { importContacts } from "../../src/plugin/contacts/import";
import { ModalContactsUi } from "../../src/plugin/contacts/ui";
import { extractWithModel, formReadingOf } from "../../src/plugin/extract/extract-flow";
import { renderModelSettings } from "../../src/plugin/extract/model-settings";
import { obsidianRequestPort } from "../../src/plugin/extract/request-port";
import type KithPlugin from "../../src/plugin/main";
import { ModalUi } from "../../src/plugin/modals/modal-ui";
import { RecapModal } from "../../src/plugin/recap/recap-modal";
import { RecapService } from "../../src/plugin/recap/recap-service";
import { mountPanel, type Harness } from "../../tests/plugin/panel/harness";
import { generatedPerson, mountPeopleView } from "../../tests/plugin/people-view/harness";
import "../../tests/ui/preview-api";

/** The fixture vault, put in by scripts/ui/build-preview.mjs. */
declare const KITH_FIXTURE_VAULT: Record<string, string>;
/** tests/fixtures/calendar/today.ics, put in by scripts/ui/build-preview.mjs. */
declare const KITH_FIXTURE_CALENDAR: string;
/** tests/fixtures/extract/completion-good.json, put in by scripts/ui/build-preview.mjs. */
declare const KITH_FIXTURE_COMPLETION: string;

// Lucide's outlines (ISC licence) for the icons the panel uses; Obsidian ships them itself.
const ICONS: Record<string, string> = {
  x: '<path d="M18 6 6 18"/><path d="m6 6 12 12"/>',
  users: '<path d="M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2"/><circle cx="9" cy="7" r="4"/>',
};

/**
 * The test double's Modal runs onOpen and closes itself on the next tick, detached from the
 * page; here a modal stays on the page, as in Obsidian, until it is closed.
 */
function modalsStayOpen(): void {
  Object.assign(Modal.prototype, {
    open(this: Modal) {
      this.containerEl.addClass("modal-container");
      this.modalEl.addClass("modal");
      this.titleEl.addClass("modal-title");
      this.contentEl.addClass("modal-content");
      this.modalEl.prepend(this.titleEl);
      activeDocument.body.appendChild(this.containerEl);
      void this.onOpen();
    },
    close(this: Modal) {
      this.onClose();
      this.containerEl.detach();
    },
  });
}

/**
 * The double's Setting is bare divs, its control before its name; Obsidian's has the setting-item
 * classes, name and description first, which the preview's theme styles (modals are built of Settings).
 */
function settingsLookLikeObsidian(): void {
  Object.assign(Setting.prototype, {
    constructor__(this: Setting) {
      this.settingEl.addClass("setting-item");
      this.infoEl.addClass("setting-item-info");
      this.nameEl.addClass("setting-item-name");
      this.descEl.addClass("setting-item-description");
      this.controlEl.addClass("setting-item-control");
      this.settingEl.prepend(this.infoEl);
    },
  });
}

/** The double keeps a button's click handler without listening for clicks; Obsidian's button does listen. */
function buttonsClick(): void {
  const { prototype } = ButtonComponent;
  const keep = Object.getOwnPropertyDescriptor(prototype, "onClick")?.value as (this: ButtonComponent, cb: (evt: MouseEvent) => unknown) => ButtonComponent;
  Object.assign(prototype, {
    onClick(this: ButtonComponent, callback: (evt: MouseEvent) => unknown) {
      this.buttonEl.addEventListener("click", (evt) => void callback(evt));
      return keep.call(this, callback);
    },
  });
}

/** The double's setDisabled only keeps a flag; Obsidian's disables the button itself (and dims it). */
function buttonsDisable(): void {
  const { prototype } = ButtonComponent;
  // Inherited from the double's BaseComponent, so not an own property.
  const keep = Reflect.get<ButtonComponent, "setDisabled">(prototype, "setDisabled");
  Object.assign(prototype, {
    setDisabled(this: ButtonComponent, disabled: boolean) {
      this.buttonEl.disabled = disabled;
      return keep.call(this, disabled);
    },
  });
}

/** How many generated people the people view's preview (`index.html#people-view`) lists besides the fixture vault's. */
const GENERATED_PEOPLE = 10_000;

/** The people view in the main area, on the fixture vault and 10,000 generated people: tests/ui/people-view.ui.ts. */
async function mountPeopleViewPreview(): Promise<void> {
  const host = document.body.createDiv({ cls: "preview-main" });
  const files = { ...KITH_FIXTURE_VAULT, ...Object.fromEntries(Array.from({ length: GENERATED_PEOPLE }, (_, i) => generatedPerson(i))) };
  const harness = await mountPeopleView(files, host);
  harness.view.containerEl.addClass("workspace-leaf-content");
  window.kithPeopleView = { opened: harness.opened, resized: () => harness.view.onResize() };
}

/**
 * The panel with today's meetings (`index.html#meetings`): a vault ICS file and a secret
 * address that answers 401, at 09:00 on the fixture day in Stockholm: tests/ui/meetings.ui.ts.
 */
async function mountMeetingsPreview(): Promise<void> {
  const host = document.body.createDiv({ cls: "preview-sidebar" });
  const started: string[] = [];
  const harness = await mountPanel(
    { ...KITH_FIXTURE_VAULT, "Calendars/Work.ics": KITH_FIXTURE_CALENDAR },
    {
      beforeOpen: (plugin) => {
        plugin.settings = {
          ...plugin.settings,
          myEmails: ["sam@kith.example"],
          calendars: [
            { name: "Work", source: "file", file: "Calendars/Work.ics", secret: "" },
            { name: "Team", source: "secret", file: "", secret: "team-calendar" },
          ],
        };
        (plugin.app as unknown as { secretStorage: { setSecret(id: string, value: string): void } }).secretStorage.setSecret("team-calendar", "https://calendar.example/ical/private/basic.ics");
        plugin.meetings = new TodaysMeetings({
          app: plugin.app,
          settings: () => plugin.settings,
          request: () => Promise.resolve({ status: 401, text: "Unauthorized" }),
          now: () => Date.UTC(2026, 2, 25, 8, 0),
          zone: () => "Europe/Stockholm",
        });
        plugin.startMeeting = (meeting) => {
          started.push(meeting.title);
          return Promise.resolve();
        };
      },
    },
    host,
  );
  harness.view.containerEl.addClass("workspace-leaf-content");
  window.kithMeetings = { started, open: (path) => harness.open(path) };
}

/** "Import contacts" as its command runs it: the file picker, the preview and the progress notices are the plugin's own. */
function importContactsAsCommand(plugin: KithPlugin): Promise<void> {
  return importContacts({ plugin, ui: new ModalUi(plugin.app, () => plugin.people.index.entries()) }, new ModalContactsUi(plugin.app));
}

/**
 * "Extract recap with your model" as its command runs it, the model set up in the settings and
 * requestUrl answered by the fixture chat completion (the requests it got are kept).
 */
function extractFixtureRecap(plugin: KithPlugin, requests: string[]): Promise<void> {
  plugin.settings = { ...plugin.settings, modelEnabled: true, modelBaseUrl: "http://localhost:11434/v1", modelName: "llama3.1", modelKeySecret: "kith-model-api-key" };
  (plugin.app as unknown as { secretStorage: { setSecret(id: string, value: string): void } }).secretStorage.setSecret("kith-model-api-key", "sk-preview-secret");
  const port = obsidianRequestPort((request) => {
    requests.push(request.url);
    return Promise.resolve({ status: 200, text: KITH_FIXTURE_COMPLETION });
  });
  const service = new RecapService(plugin);
  return extractWithModel(
    plugin,
    { attendees: [] },
    (read) => {
      const reading = formReadingOf(read, plugin.today());
      new RecapModal(plugin.app, plugin, service, reading.recap, undefined, { warnings: reading.warnings }).open();
    },
    port,
  );
}

/** The settings' "Your model" section, drawn as the settings tab draws it before Obsidian 1.13, in a modal as Obsidian's settings window is. */
function showModelSettings(plugin: KithPlugin): void {
  const settings = new Modal(plugin.app);
  settings.onOpen = () => {
    settings.contentEl.empty();
    settings.contentEl.addClass("vertical-tab-content");
    renderModelSettings(settings.contentEl, { app: plugin.app, plugin, rerender: () => void settings.onOpen() });
  };
  settings.open();
}

async function main(): Promise<void> {
  setup();
  modalsStayOpen();
  settingsLookLikeObsidian();
  buttonsClick();
  buttonsDisable();
  for (const [id, paths] of Object.entries(ICONS)) {
    addIcon(id, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`);
  }
  if (location.hash === "#people-view") return mountPeopleViewPreview();
  if (location.hash === "#meetings") return mountMeetingsPreview();
  const host = document.body.createDiv({ cls: "preview-sidebar" });
  const applied: string[] = [];
  // Stands in for the recap feature's plugin.applyMeetingNote, so the button shows.
  const applyMeetingNote = (file: { path: string }): Promise<void> => {
    applied.push(file.path);
    return Promise.resolve();
  };
  const harness: Harness = await mountPanel(KITH_FIXTURE_VAULT, { applyMeetingNote }, host);
  harness.view.containerEl.addClass("workspace-leaf-content");
  const opened: string[] = [];
  const requested: string[] = [];
  const { workspace } = harness.app;
  // Record what the panel opens instead of opening it: the preview has no editor.
  workspace.openLinkText = (link: string) => {
    opened.push(link);
    return Promise.resolve();
  };
  workspace.getLeaf = () =>
    ({
      openFile: (file: { path: string }) => {
        opened.push(file.path);
        return Promise.resolve();
      },
    }) as unknown as ReturnType<typeof workspace.getLeaf>;
  window.kithPreview = {
    open: (path) => harness.open(path),
    read: (path) => harness.read(path),
    opened,
    applied,
    openRecapModal: () => new RecapModal(harness.app.asOriginalType__(), harness.plugin, new RecapService(harness.plugin)).open(),
    importContacts: () => importContactsAsCommand(harness.plugin),
    extractRecap: () => extractFixtureRecap(harness.plugin, requested),
    showModelSettings: () => showModelSettings(harness.plugin),
    requested,
    settle: () => new Promise((resolve) => window.setTimeout(resolve, 250)),
  };
}

main().catch((error: unknown) => {
  window.kithPreviewError = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
});
