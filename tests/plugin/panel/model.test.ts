import type { App, CachedMetadata } from "obsidian";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../../src/core";
import { sectionLinkKeys } from "../../../src/plugin/panel/context-links";
import { excludedFrom, userIgnoreFilters } from "../../../src/plugin/panel/excluded";
import { contactStatus } from "../../../src/plugin/panel/model/contact-status";
import { ProjectIndex } from "../../../src/plugin/panel/model/project-index";
import { relativeDate } from "../../../src/plugin/panel/model/relative-time";

describe("relativeDate", () => {
  it.each([
    ["2026-03-25", "today"],
    ["2026-03-24", "yesterday"],
    ["2026-03-26", "tomorrow"],
    ["2026-03-20", "5 days ago"],
    ["2026-03-18", "1 week ago"],
    ["2026-03-04", "3 weeks ago"],
    ["2026-03-02", "3 weeks ago"],
    ["2026-01-26", "8 weeks ago"],
    ["2026-01-24", "2 months ago"],
    ["2026-01-20", "2 months ago"],
    ["2025-05-01", "10 months ago"],
    ["2025-03-25", "1 year ago"],
    ["2023-01-01", "3 years ago"],
    ["2026-04-08", "in 2 weeks"],
  ])("%s is %s from 2026-03-25", (date, expected) => {
    expect(relativeDate(date, "2026-03-25")).toBe(expected);
  });
});

describe("contactStatus", () => {
  const today = "2026-03-25";
  it("is stale past staleDays, or past the note's own keep_in_touch", () => {
    expect(contactStatus({ last_contact: "2026-02-01" }, 30, today)).toEqual({ lastContact: "2026-02-01", relative: "7 weeks ago", stale: true, threshold: 30 });
    expect(contactStatus({ last_contact: "2026-02-01", keep_in_touch: 90 }, 30, today).stale).toBe(false);
    expect(contactStatus({ last_contact: "2026-03-20", keep_in_touch: "3" }, 30, today)).toMatchObject({ stale: true, threshold: 3 });
  });

  it("hides the badge while snoozed, and has no last contact without one", () => {
    expect(contactStatus({ last_contact: "2026-01-01", snooze_until: "2026-04-01" }, 30, today).stale).toBe(false);
    expect(contactStatus({ last_contact: "2026-01-01", snooze_until: "2026-03-01" }, 30, today).stale).toBe(true);
    expect(contactStatus({}, 30, today)).toEqual({ lastContact: null, relative: null, stale: false, threshold: 0 });
  });
});

describe("ProjectIndex", () => {
  it("finds the project notes that link to a note by name or path, and forgets on update", () => {
    const index = new ProjectIndex();
    index.setNote("Work/Projects/B.md", "Lead: [[Dana Okafor|Dana]]\n```\n[[Lee Chen]]\n```\n");
    index.setNote("Work/Projects/A.md", "---\nowner: '[[People/Dana Okafor]]'\n---\n");
    index.setNote("Work/Projects/C.md", "![[Dana Okafor]] is an embed, not a link");
    expect(index.linking("People/Dana Okafor.md")).toEqual(["Work/Projects/A.md", "Work/Projects/B.md"]);
    expect(index.linking("People/Lee Chen.md")).toEqual([]);
    index.rename("Work/Projects/B.md", "Work/Projects/D.md");
    index.setNote("Work/Projects/A.md", "no links now");
    expect(index.linking("People/Dana Okafor.md")).toEqual(["Work/Projects/D.md"]);
  });
});

describe("sectionLinkKeys", () => {
  const pos = (line: number) => ({ start: { line, col: 0, offset: 0 }, end: { line, col: 0, offset: 0 } });
  it("keeps the links inside the named sections only", () => {
    const cache: CachedMetadata = {
      headings: [
        { heading: "Key Facts", level: 2, position: pos(1) },
        { heading: "Recent  context", level: 2, position: pos(5) },
        { heading: "Detail", level: 3, position: pos(7) },
        { heading: "Profile", level: 2, position: pos(9) },
      ],
      links: [
        { link: "Elsewhere", original: "", displayText: "", position: pos(2) },
        { link: "2026-03-02 - Call#Notes", original: "", displayText: "", position: pos(6) },
        { link: "Nested", original: "", displayText: "", position: pos(8) },
        { link: "After", original: "", displayText: "", position: pos(10) },
      ],
    };
    expect([...sectionLinkKeys(cache, ["Recent Context", "Older Context"])]).toEqual(["2026-03-02 - call", "nested"]);
    expect([...sectionLinkKeys(null, ["Recent Context"])]).toEqual([]);
  });
});

describe("excluded notes", () => {
  const appWithConfig = (vault: object): App => ({ vault }) as unknown as App;
  const settings = () => ({ ...DEFAULT_SETTINGS, templatePath: "Templates/Person" });

  it("leaves out the template and Obsidian's excluded files (folders and /regex/)", () => {
    const excluded = excludedFrom(appWithConfig({ getConfig: () => ["Archive/", "/\\.excalidraw\\.md$/", "/[/", 3] }), settings);
    expect(["Templates/Person.md", "Archive/x.md", "a.excalidraw.md", "Tasks/Inbox.md"].map(excluded)).toEqual([true, true, true, false]);
  });

  it("excludes nothing when the internal config is missing or throws", () => {
    expect(userIgnoreFilters(appWithConfig({}))).toEqual([]);
    expect(
      userIgnoreFilters(
        appWithConfig({
          getConfig: () => {
            throw new Error("gone");
          },
        }),
      ),
    ).toEqual([]);
  });
});
