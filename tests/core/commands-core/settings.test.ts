import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, loadSettings, personRules, settingProblem, settingValue, SETTING_KEYS, updateSetting, type SettingKey } from "../../../src/core";

const S = loadSettings(undefined);

describe("updateSetting", () => {
  it.each<[SettingKey, unknown, unknown]>([
    ["peopleFolder", " /Contacts/Work/ ", "Contacts/Work"],
    ["peopleFolder", "", ""],
    ["projectFolders", "Work/Projects,  Side , ", ["Work/Projects", "Side"]],
    ["myAliases", "Sam, S. Reyes", ["Sam", "S. Reyes"]],
    ["keyDateFields", "First met,\n started ", ["First met", "started"]],
    ["recentContextCap", "0", 0],
    ["staleDays", 45, 45],
    ["includeDataview", false, false],
    ["templatePath", "Templates/Person", "Templates/Person.md"],
    ["dateFormat", "D MMM YYYY", "D MMM YYYY"],
    ["dateFormat", "YYYY-MM-DD", "YYYY-MM-DD"],
  ])("%s <- %j", (key, input, expected) => {
    const next = updateSetting(S, key, input);
    expect(next[key as keyof typeof next]).toEqual(expected);
    expect(S).toEqual(loadSettings(undefined));
  });

  it("sets a section heading", () => {
    expect(updateSetting(S, "headings.keyFacts", " Facts ").headings.keyFacts).toBe("Facts");
  });

  it.each<[SettingKey, unknown, RegExp]>([
    ["staleDays", -5, /at least 1/],
    ["recentContextCap", "-1", /0 or more/],
    ["summaryLength", "ten", /whole number/],
    ["staleDays", 2.5, /whole number/],
    ["peopleFolder", "People?", /holds "\?"/],
    ["meetingsFolder", "Notes/[old]", /holds "\["/],
    ["projectFolders", "Work, A:B", /holds ":"/],
    ["peopleFolder", "../Outside", /inside the vault/],
    ["dateFormat", "ddd d", /"d" in "ddd d" cannot be shown/],
    ["dateFormat", "", /cannot be empty/],
    ["headings.keyFacts", "", /cannot be empty/],
    ["headings.keyFacts", "## Facts", /without its #/],
    ["headings.keyFacts", "related", /already the heading of another section/],
    ["includeDataview", "maybe", /on or off/],
  ])("refuses %s <- %j", (key, input, message) => {
    expect(() => updateSetting(S, key, input)).toThrow(message);
    expect(settingProblem(S, key, input)).toMatch(message);
  });

  it("names the setting in its message when given a name", () => {
    expect(settingProblem(S, "staleDays", -1, "Stale threshold (days)")).toBe("Stale threshold (days) must be at least 1.");
    expect(settingProblem(S, "staleDays", 10)).toBeNull();
  });

  it("shows lists as text and reads every key", () => {
    expect(settingValue(S, "projectFolders")).toBe("Work/Projects, Personal/Projects");
    expect(settingValue(S, "headings.recentContext")).toBe("Recent Context");
    for (const key of SETTING_KEYS) expect(settingValue(S, key)).toBeDefined();
  });
});

describe("loadSettings", () => {
  it.each([
    ["yyyy-MM-dd", "YYYY-MM-DD"],
    ["d MMM yyyy", "D MMM YYYY"],
    ["EEEE, do MMMM yyyy 'at' HH:mm", "dddd, Do MMMM YYYY [at] HH:mm"],
    ["dd/MM/yy", "DD/MM/YY"],
    ["yyyy 'Q'Q", "YYYY [Q]Q"],
    ["QQQQ yyyy", DEFAULT_SETTINGS.dateFormat], // a token the table does not know: the default
  ])("migrates the date-fns pattern %j an earlier version stored to Moment's %j", (stored, moment) => {
    expect(loadSettings({ dateFormat: stored }).dateFormat).toBe(moment);
  });

  it("reads the date format of settings this version stored as Moment's tokens", () => {
    expect(loadSettings({ dateFormat: "DD MMM YYYY", settingsVersion: 2 }).dateFormat).toBe("DD MMM YYYY");
    expect(loadSettings(loadSettings({ dateFormat: "d MMM yyyy" })).dateFormat).toBe("D MMM YYYY");
  });


  it("fills in defaults for keys an older version did not have", () => {
    expect(loadSettings({ peopleFolder: "Contacts", myName: "Sam Reyes" })).toEqual({ ...DEFAULT_SETTINGS, peopleFolder: "Contacts", myName: "Sam Reyes" });
  });

  it("migrates values an older version stored differently, and drops invalid ones", () => {
    const loaded = loadSettings({
      projectFolders: "Work/Projects, Side",
      myAliases: "Sam",
      staleDays: "14",
      recentContextCap: -3,
      meetingsFolder: "Bad|Folder",
      headings: { keyFacts: "Facts", related: "", unknown: "x" },
      removedSetting: true,
    });
    expect(loaded.projectFolders).toEqual(["Work/Projects", "Side"]);
    expect(loaded.myAliases).toEqual(["Sam"]);
    expect(loaded.staleDays).toBe(14);
    expect(loaded.recentContextCap).toBe(DEFAULT_SETTINGS.recentContextCap);
    expect(loaded.meetingsFolder).toBe(DEFAULT_SETTINGS.meetingsFolder);
    expect(loaded.headings).toEqual({ ...DEFAULT_SETTINGS.headings, keyFacts: "Facts" });
    expect("removedSetting" in loaded).toBe(false);
  });

  it("gives defaults for nothing stored or garbage, never sharing the defaults' objects", () => {
    for (const stored of [undefined, null, "x", [1]]) expect(loadSettings(stored)).toEqual(DEFAULT_SETTINGS);
    const a = loadSettings(null);
    a.headings.keyFacts = "Changed";
    a.projectFolders.push("X");
    expect(DEFAULT_SETTINGS.headings.keyFacts).toBe("Key Facts");
    expect(DEFAULT_SETTINGS.projectFolders).toEqual(["Work/Projects", "Personal/Projects"]);
  });
});

describe("personRules", () => {
  it("passes on the markers, the people folder rule, the template prompts and the template folders", () => {
    const settings = { ...DEFAULT_SETTINGS, personMarkers: ["contact"], peopleFolderMarksPeople: false, personType: "crm", keyDateFields: ["First met"] };
    expect(personRules(settings, ["_Who are they?_"], ["Templates"])).toEqual({
      headings: DEFAULT_SETTINGS.headings,
      personType: "crm",
      markers: ["contact"],
      peopleFolder: "People",
      peopleFolderMarksPeople: false,
      templateFolders: ["Templates"],
      placeholders: ["_Who are they?_"],
      keyDateFields: ["First met"],
    });
    expect(personRules(DEFAULT_SETTINGS)).toMatchObject({ markers: ["person", "people", "contact"], peopleFolderMarksPeople: true, templateFolders: [] });
  });
});
