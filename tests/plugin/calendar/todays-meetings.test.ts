// @vitest-environment happy-dom
/**
 * Today's meetings in the plugin, through the Obsidian test double: vault ICS files read with
 * cachedRead, addresses from secret storage fetched through a stubbed requestUrl, each failing
 * calendar worded by name while the others still show; the panel's list and its click.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App } from "obsidian-test-mocks/obsidian";
import type { App as ObsidianApp } from "obsidian";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadSettings, type KithSettings } from "../../../src/core";
import type { CalendarResponse } from "../../../src/core/calendar";
import type { CalendarRequest } from "../../../src/plugin/calendar/calendar-source";
import { startMeetingNote } from "../../../src/plugin/calendar/start-meeting";
import { TodaysMeetings } from "../../../src/plugin/calendar/todays-meetings";
import { fixtureVault } from "../panel/fixtures";
import { mountPanel, textsOf } from "../panel/harness";

const ICS = readFileSync(join(import.meta.dirname, "../../fixtures/calendar/today.ics"), "utf8");
/** 09:00 on 2026-03-25 in Stockholm. */
const NOW = Date.UTC(2026, 2, 25, 8, 0);
const ZONE = "Europe/Stockholm";
const SECRET_URL = "https://calendar.example/ical/private-5f2a9c/basic.ics";

const ok = (text: string): CalendarResponse => ({ status: 200, text });

function appWith(files: Record<string, string>, secrets: Record<string, string> = {}, layoutReady = true): ObsidianApp {
  const app = App.createConfigured__({ files });
  for (const [id, value] of Object.entries(secrets)) app.secretStorage.setSecret(id, value);
  if (layoutReady) app.workspace.setLayoutReady__();
  return app.asOriginalType__();
}

function service(app: ObsidianApp, calendars: unknown[], request: CalendarRequest): { meetings: TodaysMeetings; settings: KithSettings } {
  const settings = loadSettings({ calendars, myEmails: ["sam@kith.example"] });
  return { settings, meetings: new TodaysMeetings({ app, settings: () => settings, request, now: () => NOW, zone: () => ZONE }) };
}

const rows = (m: TodaysMeetings): string[] => m.current.meetings.map((x) => `${x.time} ${x.title} (${x.attendeeCount}) ${x.calendar}`);

describe("TodaysMeetings: reading the calendars", () => {
  it("reads a vault ICS file with cachedRead, and a secret address through requestUrl (webcal:// as https://)", async () => {
    const app = appWith({ "Calendars/work.ics": ICS }, { team: "webcal://calendar.example/ical/team.ics" });
    const read = vi.spyOn(app.vault, "cachedRead");
    const request = vi.fn<CalendarRequest>().mockResolvedValue(ok(ICS.replace(/Roadmap review with Northwind/g, "Team sync").replace(/Pilot check-in/g, "Team retro")));
    const { meetings } = service(app, [{ name: "Work", source: "file", file: "Calendars/work.ics" }, { name: "Team", source: "secret", secret: "team" }], request);
    await meetings.refresh();
    expect(read).toHaveBeenCalledTimes(1);
    expect(request.mock.calls).toEqual([["https://calendar.example/ical/team.ics"]]);
    expect(rows(meetings)).toEqual([
      "10:00–10:45 Roadmap review with Northwind (1) Work",
      "10:00–10:45 Team sync (1) Team",
      "14:30–15:00 Pilot check-in (2) Work",
      "14:30–15:00 Team retro (2) Team",
    ]);
    expect(meetings.current.problems).toEqual([]);
  });

  it.each([
    { answer: { status: 401, text: "Unauthorized" }, problem: '"Team" asked for a sign-in (401): use the calendar\'s secret iCal address, which needs none.' },
    { answer: ok('<!DOCTYPE html><html><head><title>Sign in - Google Accounts</title></head></html>'), problem: '"Team" gave a web page, not a calendar: check that its address is the secret iCal address.' },
    { answer: ok('{"kind":"calendar#events"}'), problem: '"Team" is not a calendar: its text does not start with BEGIN:VCALENDAR.' },
    { answer: { status: 404, text: "Not Found" }, problem: '"Team" could not be fetched: the address answered 404.' },
    { answer: ok("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage"), problem: '"Team" is not a calendar: it cannot be read' },
  ])("words a bad answer by the calendar's name, and the other calendar still shows: $problem", async ({ answer, problem }) => {
    const app = appWith({ "Calendars/work.ics": ICS }, { team: SECRET_URL });
    const { meetings } = service(app, [{ name: "Work", source: "file", file: "Calendars/work.ics" }, { name: "Team", source: "secret", secret: "team" }], () => Promise.resolve(answer));
    await meetings.refresh();
    expect(rows(meetings)).toEqual(["10:00–10:45 Roadmap review with Northwind (1) Work", "14:30–15:00 Pilot check-in (2) Work"]);
    expect(meetings.current.problems).toHaveLength(1);
    expect(meetings.current.problems[0]).toContain(problem);
  });

  it("says so when the request fails, without the secret address in the message", async () => {
    const app = appWith({}, { team: SECRET_URL });
    const { meetings } = service(app, [{ name: "Team", source: "secret", secret: "team" }], () => Promise.reject(new Error(`net::ERR_NAME_NOT_RESOLVED ${SECRET_URL}`)));
    await meetings.refresh();
    expect(meetings.current.problems).toEqual(['"Team" could not be fetched: net::ERR_NAME_NOT_RESOLVED its address.']);
  });

  it.each<{ calendar: object; secrets: Record<string, string>; problem: string }>([
    { calendar: { name: "Work", file: "Calendars/gone.ics" }, secrets: {}, problem: '"Work": there is no file Calendars/gone.ics in the vault.' },
    { calendar: { name: "Notes", file: "Calendars/readme.md" }, secrets: {}, problem: '"Notes" is not a calendar: its text does not start with BEGIN:VCALENDAR.' },
    { calendar: { name: "Team", source: "secret", secret: "team" }, secrets: {}, problem: '"Team" has no address: choose its secret in the settings.' },
    { calendar: { name: "Team", source: "secret", secret: "" }, secrets: { team: SECRET_URL }, problem: '"Team" has no address: choose its secret in the settings.' },
  ])("$problem", async ({ calendar, secrets, problem }) => {
    const app = appWith({ "Calendars/readme.md": "# Calendars\n" }, secrets);
    const request = vi.fn<CalendarRequest>();
    const { meetings } = service(app, [calendar], request);
    await meetings.refresh();
    expect(meetings.current).toEqual({ calendars: 1, loaded: true, meetings: [], problems: [problem] });
    expect(request).not.toHaveBeenCalled();
  });

  it("on an Obsidian without secret storage (before 1.11.4) reads vault files only, and says why for an address", async () => {
    const app = appWith({ "Calendars/work.ics": ICS });
    Object.defineProperty(app, "secretStorage", { value: undefined });
    const request = vi.fn<CalendarRequest>();
    const { meetings } = service(app, [{ name: "Work", file: "Calendars/work.ics" }, { name: "Team", source: "secret", secret: "team" }], request);
    await meetings.refresh();
    expect(rows(meetings)).toHaveLength(2);
    expect(meetings.current.problems).toEqual(['"Team" needs Obsidian 1.11.4 or later to read its secret address; only ICS files in the vault can be read here.']);
    expect(request).not.toHaveBeenCalled();
  });

  it("reads nothing before the layout is ready", async () => {
    const app = appWith({ "Calendars/work.ics": ICS }, {}, false);
    const read = vi.spyOn(app.vault, "cachedRead");
    const { meetings } = service(app, [{ name: "Work", file: "Calendars/work.ics" }], vi.fn());
    await meetings.refresh();
    expect(read).not.toHaveBeenCalled();
    expect(meetings.current.loaded).toBe(false);
  });

  it("is due again once the interval (a setting, in minutes) has passed", async () => {
    const app = appWith({ "Calendars/work.ics": ICS });
    const { meetings, settings } = service(app, [{ name: "Work", file: "Calendars/work.ics" }], vi.fn());
    expect(meetings.due(NOW)).toBe(true);
    await meetings.refresh();
    expect(meetings.due(NOW + 14 * 60_000)).toBe(false);
    expect(meetings.due(NOW + 15 * 60_000)).toBe(true);
    settings.calendarRefreshMinutes = 60;
    expect(meetings.due(NOW + 15 * 60_000)).toBe(false);
  });
});

describe("the panel's list of today's meetings", () => {
  beforeEach(() => {
    document.body.empty();
  });

  it("lists time, title and attendee count with each unreadable calendar's message; a click starts the meeting", async () => {
    const started: string[] = [];
    const h = await mountPanel(
      { ...fixtureVault(), "Calendars/work.ics": ICS },
      {
        beforeOpen: (plugin) => {
          plugin.settings = { ...plugin.settings, calendars: [{ name: "Work", source: "file", file: "Calendars/work.ics", secret: "" }, { name: "Team", source: "secret", file: "", secret: "team" }], myEmails: ["sam@kith.example"] };
          plugin.meetings = new TodaysMeetings({ app: plugin.app, settings: () => plugin.settings, request: () => Promise.resolve({ status: 401, text: "" }), now: () => NOW, zone: () => ZONE });
          App.fromOriginalType__(plugin.app).secretStorage.setSecret("team", SECRET_URL);
          plugin.startMeeting = (meeting) => (started.push(meeting.title), Promise.resolve());
        },
      },
    );
    const root = h.view.contentEl;
    await vi.waitFor(() => expect(textsOf(root, ".kith-meeting-title")).toEqual(["Roadmap review with Northwind", "Pilot check-in"]));
    expect(root.firstElementChild?.classList.contains("kith-section-todays-meetings")).toBe(true);
    expect(textsOf(root, ".kith-section-todays-meetings .kith-section-title")).toEqual(["Today's meetings2"]);
    expect(textsOf(root, ".kith-meeting-time")).toEqual(["10:00–10:45", "14:30–15:00"]);
    expect(textsOf(root, ".kith-meeting-detail")).toEqual(["1 attendee", "2 attendees"]);
    expect(textsOf(root, ".kith-calendar-problem")).toEqual(['"Team" asked for a sign-in (401): use the calendar\'s secret iCal address, which needs none.']);
    root.querySelector<HTMLElement>(".kith-meeting")?.click();
    expect(started).toEqual(["Roadmap review with Northwind"]);
    // Another note opened: the list stays on top.
    await h.open("People/Dana Okafor.md");
    expect(root.firstElementChild?.classList.contains("kith-section-todays-meetings")).toBe(true);
  });

  it("shows no meetings section when no calendar is set", async () => {
    const h = await mountPanel(fixtureVault(), {
      beforeOpen: (plugin) => {
        plugin.meetings = new TodaysMeetings({ app: plugin.app, settings: () => plugin.settings, now: () => NOW, zone: () => ZONE });
        plugin.startMeeting = () => Promise.resolve();
      },
    });
    await h.plugin.meetings?.refresh();
    expect(h.view.contentEl.querySelector(".kith-section-todays-meetings")).toBeNull();
  });
});

describe("startMeetingNote: the meeting note from the event", () => {
  beforeEach(() => {
    document.body.empty();
  });

  it("writes the note in the meetings folder with the attendees at it as links, and never overwrites one already there", async () => {
    const h = await mountPanel({ ...fixtureVault(), "Calendars/work.ics": ICS });
    const app = h.plugin.app;
    h.plugin.settings = { ...h.plugin.settings, myEmails: ["sam@kith.example"] };
    const { meetings } = service(app, [{ name: "Work", file: "Calendars/work.ics" }], vi.fn());
    await meetings.refresh();
    const review = meetings.current.meetings[0];
    if (!review) throw new Error("no meeting");
    const started = await startMeetingNote(h.plugin, review);
    expect(started).toMatchObject({ path: "Meetings/2026-03-25 - Roadmap review with Northwind.md", created: true });
    expect(started.recap).toMatchObject({ date: "2026-03-25", title: "Roadmap review with Northwind", attendees: ["Dana Okafor"], summary: "Walk through the Q2 lakehouse roadmap and agree the pilot's success criteria." });
    const note = await h.read(started.path);
    expect(note).toContain("[[Dana Okafor]]");
    expect(note).not.toContain("Lee Chen");
    expect(note).not.toContain("Aurora");
    expect(note).toContain("Walk through the Q2 lakehouse roadmap and agree the pilot's success criteria.");

    const edited = `${note}\nMy own line.\n`;
    await app.vault.modify(app.vault.getFileByPath(started.path)!, edited);
    expect(await startMeetingNote(h.plugin, review)).toMatchObject({ path: started.path, created: false });
    expect(await h.read(started.path)).toBe(edited);
  });
});
