/** The calendar settings: a list of calendars (vault file or a secret's id, never an address) and the refresh interval. */
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, loadSettings, settingValue, updateSetting } from "../../../src/core";

describe("calendar settings", () => {
  it("default to no calendars, refreshed every 15 minutes", () => {
    expect(loadSettings({})).toMatchObject({ calendars: [], calendarRefreshMinutes: 15 });
  });

  it.each([
    {
      input: [{ name: " Work ", source: "file", file: "/Calendars/work.ics", secret: "" }],
      stored: [{ name: "Work", source: "file", file: "Calendars/work.ics", secret: "" }],
    },
    { input: [{ name: "Team", source: "secret", secret: "team-calendar" }], stored: [{ name: "Team", source: "secret", file: "", secret: "team-calendar" }] },
    // No source named: a file.
    { input: [{ name: "Old", file: "a.ics" }], stored: [{ name: "Old", source: "file", file: "a.ics", secret: "" }] },
  ])("reads $input", ({ input, stored }) => {
    expect(updateSetting(DEFAULT_SETTINGS, "calendars", input, "Calendars").calendars).toEqual(stored);
  });

  it.each([
    { input: "Work", message: "Calendars must be a list." },
    { input: [{ source: "file", file: "a.ics" }], message: "Calendars: a calendar's name cannot be empty." },
    { input: [{ name: "Team", source: "url" }], message: "Calendars: \"Team\"'s source must be one of: file, secret." },
    // An address is a credential: data.json never keeps one.
    { input: [{ name: "Team", source: "secret", secret: "https://calendar.google.com/calendar/ical/x/private-y/basic.ics" }], message: 'Calendars: "Team" keeps an address, not a secret\'s name: put the address in Obsidian\'s secret storage.' },
    { input: [{ name: "Team", source: "secret", secret: "webcal://p57-caldav.icloud.com/x" }], message: 'Calendars: "Team" keeps an address, not a secret\'s name: put the address in Obsidian\'s secret storage.' },
    { input: [{ name: "Team", source: "secret", secret: "Team Cal" }], message: 'Calendars: "Team"\'s secret "Team Cal" is not a secret\'s name (lower-case letters, digits and dashes).' },
  ])("refuses $input", ({ input, message }) => {
    expect(() => updateSetting(DEFAULT_SETTINGS, "calendars", input, "Calendars")).toThrow(message);
  });

  it("loads a stored address as no calendars at all (the default), and a bad interval as 15", () => {
    const settings = loadSettings({ calendars: [{ name: "Team", source: "secret", secret: "https://example.org/private.ics" }], calendarRefreshMinutes: 0 });
    expect(settings.calendars).toEqual([]);
    expect(settings.calendarRefreshMinutes).toBe(15);
    expect(() => updateSetting(DEFAULT_SETTINGS, "calendarRefreshMinutes", "0", "Refresh interval")).toThrow("Refresh interval must be at least 1.");
    expect(updateSetting(DEFAULT_SETTINGS, "calendarRefreshMinutes", "30").calendarRefreshMinutes).toBe(30);
  });

  it("shows the calendars by name", () => {
    const settings = loadSettings({ calendars: [{ name: "Work", file: "w.ics" }, { name: "Team", source: "secret", secret: "team" }] });
    expect(settingValue(settings, "calendars")).toBe("Work, Team");
  });
});
