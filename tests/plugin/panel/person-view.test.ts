// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { fixtureVault } from "./fixtures";
import { mountPanel, piecesOf, textOf, textsOf, type Harness } from "./harness";

const DANA = "People/Dana Okafor.md";
let h: Harness;
let root: HTMLElement;

beforeEach(async () => {
  document.body.empty();
  h = await mountPanel(fixtureVault());
  await h.open(DANA);
  root = h.view.contentEl;
});

const section = (key: string): HTMLElement => {
  const el = root.querySelector<HTMLElement>(`.kith-section-${key}`);
  if (!el) throw new Error(`no section ${key}`);
  return el;
};

describe("the panel on a person note", () => {
  it("shows the header: name, role and company, last contact, review badge and button", () => {
    expect(textOf(root.querySelector(".kith-name"))).toBe("Dana Okafor");
    expect(textOf(root.querySelector(".kith-subtitle"))).toBe("Head of data platform (owns the lakehouse roadmap) · Northwind Foods");
    expect(textOf(root.querySelector(".kith-last-contact"))).toBe("Last contact 3 weeks ago");
    expect(root.querySelector(".kith-last-contact")?.getAttribute("title")).toBe("2026-03-02");
    expect(root.querySelector(".kith-badge-stale")).toBeNull();
    expect(textsOf(root, ".kith-review > *")).toEqual(["Needs review", "Mark reviewed"]);
  });

  it("shows the sections in the note's order with their counts", () => {
    expect(textsOf(root, ".kith-section-title")).toEqual([
      "Contact",
      "Open tasks2",
      "Tasks they own3",
      "Key facts2",
      "Key decisions2",
      "Topics3",
      "Recent context2",
      "Projects2",
    ]);
  });

  it("shows every contact field, unknown ones as an empty field to fill in", () => {
    expect(textsOf(section("contact"), ".kith-field-name")).toEqual(["Role", "Company", "Department", "Email", "Phone", "LinkedIn", "Location"]);
    expect(textsOf(section("contact"), ".kith-editable")).toEqual([
      "Head of data platform (owns the lakehouse roadmap)",
      "Northwind Foods",
      "Add",
      "Add",
      "Add",
      "Add",
      "Add",
    ]);
    expect(section("contact").querySelectorAll(".kith-editable.is-empty")).toHaveLength(5);
  });

  it("lists open tasks that name them and tasks they own, soonest due first, from Tasks and Dataview dates", () => {
    // The template note and the excluded Archive folder hold tasks naming Dana too: left out.
    const tasks = (key: string): string[][] => Array.from(section(key).querySelectorAll(".kith-task"), piecesOf);
    expect(tasks("open-tasks")).toEqual([
      // `[/]`: in progress, as the Tasks plugin calls it.
      ["Draft the pilot success criteria with Dana Okafor", "Overdue 2026-03-12", "In progress", "Inbox"],
      ["Ask Dana Okafor for the Spark job list", "Overdue 2026-03-20", "Inbox"],
    ]);
    expect(tasks("owned-tasks")).toEqual([
      ["Send the cluster sizing sheet to @DanaOkafor", "Overdue 2026-03-09", "2026-03-02 - Pilot scoping call with the Northwind data platform team"],
      ["Weekly sync notes for Dana Okafor @DanaOkafor", "Due 2026-03-27", "Recurring", "Inbox"],
      ["Review the storage benchmark @DanaOkafor", "Due 2026-03-30", "Inbox"],
    ]);
    expect(Array.from(root.querySelectorAll(".kith-task-checkbox"), (b) => b.getAttribute("aria-label"))).toEqual([
      "Complete task: Draft the pilot success criteria with Dana Okafor",
      "Complete task: Ask Dana Okafor for the Spark job list",
      "Complete task: Send the cluster sizing sheet to @DanaOkafor",
      "Open recurring task in Inbox",
      "Complete task: Review the storage benchmark @DanaOkafor",
    ]);
  });

  it("shows key facts, decisions and topics", () => {
    expect(textsOf(section("facts"), ".kith-editable")).toEqual([
      "Runs two data centres active-active, 40 ms apart.",
      "Wants an S3-compatible endpoint first; GCS API later.",
    ]);
    expect(textsOf(section("decisions"), ".kith-item-text")).toEqual([
      "Run the pilot on real workloads, not synthetic benchmarks.",
      "Send consolidated questions before the design session.",
    ]);
    expect(textsOf(section("topics"), ".kith-chip")).toEqual(["Lakehouse replication", "Capacity planning", "Pilot scoping"]);
    expect(Array.from(root.querySelectorAll(".kith-icon-button"), (b) => b.getAttribute("aria-label"))).toEqual([
      "Remove fact",
      "Remove fact",
      "Remove decision",
      "Remove decision",
    ]);
  });

  it("shows recent context as a timeline whose meeting links open the note", async () => {
    expect(Array.from(section("context").querySelectorAll(".kith-timeline-item"), piecesOf)).toEqual([
      [
        "2026-03-02",
        "Pilot scoping call with the Northwind data platform team",
        "Scoped the pilot to two clusters and real Spark jobs, a...",
        "via Northwind",
      ],
      ["2026-02-11", "Intro call", "First call; agreed to a design session in March.", "via Sam Reyes"],
    ]);
    const opened: string[] = [];
    h.app.workspace.openLinkText = (link: string, source: string) => {
      opened.push(`${link} from ${source}`);
      return Promise.resolve();
    };
    section("context").querySelector<HTMLElement>(".kith-link")?.click();
    await Promise.resolve();
    expect(opened).toEqual(["2026-03-02 - Pilot scoping call with the Northwind data platform team from People/Dana Okafor.md"]);
  });

  it("lists the project notes that link to them, by name", () => {
    expect(textsOf(section("projects"), "li")).toEqual(["Lakehouse migration", "Northwind pilot"]);
  });

  it("shows the stale badge past the threshold; keep_in_touch and snooze_until override it", async () => {
    await h.open("People/Lee Chen.md");
    expect(textsOf(root, ".kith-status > *")).toEqual(["Last contact 2 months ago", "Stale"]);
    expect(root.querySelector(".kith-badge-stale")?.getAttribute("title")).toBe("No contact for more than 30 days");
    expect(textsOf(section("owned-tasks"), ".kith-empty-line")).toEqual(["No open tasks for @LeeChen"]);
    expect(textsOf(section("projects"), ".kith-empty-line")).toEqual(["No project notes link here"]);
    // Priya: 79 days since contact, inside her own 120-day cadence.
    await h.open("People/Priya Raman.md");
    expect(textsOf(root, ".kith-status > *")).toEqual(["Last contact 2 months ago"]);
  });

  it("shows the ten soonest tasks of a long list, and the rest on request", async () => {
    const files = fixtureVault();
    files["Tasks/Lee.md"] = Array.from({ length: 12 }, (_, i) => `- [ ] Ask Lee Chen about item ${i + 1} 📅 2026-04-${String(i + 10)}`).join("\n");
    document.body.empty();
    const long = await mountPanel(files);
    await long.open("People/Lee Chen.md");
    const tasks = () => textsOf(long.view.contentEl, ".kith-section-open-tasks .kith-task-text");
    expect(tasks()).toHaveLength(10);
    const more = long.view.contentEl.querySelector<HTMLButtonElement>(".kith-show-all");
    expect(textOf(more)).toBe("Show all 13 tasks");
    more?.click();
    expect(tasks()).toHaveLength(13);
    expect(tasks().at(-1)).toBe("Check in with Lee Chen about hiring");
  });

  it("keeps the stale badge hidden while snoozed", async () => {
    const files = fixtureVault();
    const priya = files["People/Priya Raman.md"] ?? "";
    files["People/Priya Raman.md"] = priya.replace("keep_in_touch: 120\n", "");
    document.body.empty();
    const snoozed = await mountPanel(files);
    await snoozed.open("People/Priya Raman.md");
    expect(textsOf(snoozed.view.contentEl, ".kith-status > *")).toEqual(["Last contact 2 months ago"]);
    files["People/Priya Raman.md"] = priya.replace("keep_in_touch: 120\n", "").replace("snooze_until: '2026-04-01'\n", "");
    document.body.empty();
    const awake = await mountPanel(files);
    await awake.open("People/Priya Raman.md");
    expect(textsOf(awake.view.contentEl, ".kith-status > *")).toEqual(["Last contact 2 months ago", "Stale"]);
  });
});
