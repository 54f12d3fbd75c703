// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TFile } from "obsidian";
import { fixtureVault } from "./fixtures";
import { mountPanel, piecesOf, textOf, textsOf, type Harness } from "./harness";

const PILOT = "Meetings/2026-03-02 - Pilot scoping call with the Northwind data platform team.md";
const INTRO = "Meetings/2026-02-11 - Intro call.md";

beforeEach(() => {
  document.body.empty();
});

const cards = (root: HTMLElement): string[][] => Array.from(root.querySelectorAll(".kith-card"), piecesOf);

describe("the panel on a meeting note", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await mountPanel(fixtureVault());
    await h.open(PILOT);
  });

  it("shows the attendees with a person note as cards; you and unknown names are not cards", () => {
    const root = h.view.contentEl;
    expect(textOf(root.querySelector(".kith-name"))).toBe("Pilot scoping call with the Northwind data platform team");
    expect(textOf(root.querySelector(".kith-subtitle"))).toBe("Meeting on 2026-03-02");
    expect(cards(root)).toEqual([
      ["Dana Okafor", "Head of data platform (owns the lakehouse roadmap) · Northwind Foods", "Last contact 3 weeks ago", "5 open tasks"],
      ["Lee Chen", "Staff engineer · Fabrikam", "Last contact 2 months ago", "Stale", "1 open task"],
    ]);
    expect(textOf(root.querySelector(".kith-unmatched"))).toBe("Without a person note: Jordan Vale");
  });

  it("hides the apply button while the recap feature does not offer applyMeetingNote", () => {
    expect(h.view.contentEl.querySelector(".kith-apply")).toBeNull();
  });

  it("opens a person from their card by click or keyboard", () => {
    const opened: string[] = [];
    h.app.workspace.getLeaf = () => ({ openFile: (file: TFile) => void opened.push(file.path) }) as never;
    const [dana, lee] = Array.from(h.view.contentEl.querySelectorAll<HTMLElement>(".kith-card"));
    expect(dana?.getAttribute("role")).toBe("button");
    expect(dana?.getAttribute("aria-label")).toBe("Open Dana Okafor");
    dana?.click();
    lee?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(opened).toEqual(["People/Dana Okafor.md", "People/Lee Chen.md"]);
  });
});

describe("applying a recap from the panel", () => {
  it("offers the button when not applied, and calls plugin.applyMeetingNote with the meeting", async () => {
    const applyMeetingNote = vi.fn((_file: TFile) => Promise.resolve());
    const h = await mountPanel(fixtureVault(), { applyMeetingNote });
    await h.open(PILOT);
    const button = h.view.contentEl.querySelector<HTMLButtonElement>(".kith-apply");
    expect(textOf(button)).toBe("Apply recap");
    expect(textOf(h.view.contentEl.querySelector(".kith-pending"))).toBe("Not yet in the recent context of Lee Chen");
    button?.click();
    await vi.waitFor(() => expect(applyMeetingNote).toHaveBeenCalledTimes(1));
    expect(applyMeetingNote.mock.calls[0]?.[0].path).toBe(PILOT);
  });

  it("says the recap is applied when every matched attendee's recent context links the meeting", async () => {
    const h = await mountPanel(fixtureVault(), { applyMeetingNote: () => Promise.resolve() });
    await h.open(INTRO);
    expect(h.view.contentEl.querySelector(".kith-apply")).toBeNull();
    expect(textOf(h.view.contentEl.querySelector(".kith-applied"))).toBe("Recap applied to every attendee");
  });
});

describe("the panel on any other note, and with nothing open", () => {
  it("shows the people a note links to or names, in order of appearance", async () => {
    const h = await mountPanel(fixtureVault());
    await h.open("Notes/Weekly notes.md");
    expect(textsOf(h.view.contentEl, ".kith-section-title")).toEqual(["People in this note2"]);
    expect(cards(h.view.contentEl).map((c) => c[0])).toEqual(["Lee Chen", "Dana Okafor"]);
  });

  it("says so when a note names nobody", async () => {
    const h = await mountPanel(fixtureVault());
    await h.open("Work/Projects/Hiring plan.md");
    expect(textOf(h.view.contentEl.querySelector(".kith-empty-line"))).toBe("This note does not link to or name anyone with a person note.");
  });

  it("shows a short empty state that says what to do", async () => {
    const h = await mountPanel(fixtureVault());
    await h.open(null);
    expect(textsOf(h.view.contentEl, ".kith-empty-state > div")).toEqual([
      "Open a note to see its people here.",
      "A person note shows their details, tasks and recent context; a meeting note shows its attendees.",
    ]);
  });

  it("says plainly when a note's frontmatter cannot be read", async () => {
    const h = await mountPanel({ ...fixtureVault(), "People/Broken.md": "---\ntype: people\ncount: !!int 3\n---\n# Broken\n" });
    await h.open("People/Broken.md");
    expect(textsOf(h.view.contentEl, ".kith-empty-state > div")).toEqual([
      "This note's frontmatter cannot be read, so the panel leaves it alone.",
      "Malformed frontmatter at line 3: unknown tag !<tag:yaml.org,2002:int>",
    ]);
  });
});
