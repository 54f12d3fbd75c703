// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { App, ButtonComponent } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RecapPlan } from "../../../src/core";
import type { TodayMeeting } from "../../../src/core/calendar";
import { startMeetingNote } from "../../../src/plugin/calendar/start-meeting";
import KithPlugin from "../../../src/plugin/main";
import { RecapPreviewModal } from "../../../src/plugin/recap/preview-modal";
import { RecapModal } from "../../../src/plugin/recap/recap-modal";
import { RecapService } from "../../../src/plugin/recap/recap-service";

/**
 * A meeting started from a calendar event, the recap form filled and applied: the meeting note
 * holds the recap too (summary, decisions, facts, action items), the attendees' notes are
 * updated as they always were, and "Undo last recap" restores all of them byte for byte.
 */

const TODAY = "2026-03-12";
const DANA = "People/Dana Okafor.md";
const PRIYA = "People/Priya Raman.md";
const MEETING = "Meetings/2026-03-12 - Pilot kickoff.md";
const person = (name: string): string => readFileSync(`tests/fixtures/recap/vault/People/${name}.md`, "utf8");
const PEOPLE = { [DANA]: person("Dana Okafor"), [PRIYA]: person("Priya Raman") };

const KICKOFF: TodayMeeting = {
  calendar: "Work",
  time: "10:00–11:00",
  title: "Pilot kickoff",
  attendeeCount: 2,
  event: {
    uid: "kickoff@northwind.example",
    title: "Pilot kickoff",
    description: "Agenda: scope the pilot.",
    location: "",
    allDay: false,
    start: "2026-03-12T10:00:00+01:00",
    end: "2026-03-12T11:00:00+01:00",
    recurrenceId: null,
    attendees: [
      { name: "Dana Okafor", email: "dana@northwind.example", status: "accepted", role: "req-participant", organizer: true },
      { name: "Priya Raman", email: "priya.raman@contoso.example", status: "accepted", role: "req-participant", organizer: false },
      { name: "Kai Moreau", email: "kai@kith.example", status: "accepted", role: "req-participant", organizer: false },
    ],
  },
};

async function setup() {
  // The double's ButtonComponent keeps its click handler instead of listening on the element;
  // this routes DOM clicks to it, as Obsidian's real component does.
  vi.spyOn(ButtonComponent.prototype, "onClick").mockImplementation(function (this: ButtonComponent, callback) {
    this.buttonEl.addEventListener("click", (event) => void callback(event));
    return this;
  });
  const app = App.createConfigured__({ files: { ...PEOPLE, "Meetings/": "" } });
  const plugin = new KithPlugin(app.asOriginalType__(), { id: "kith", name: "Kith", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
  vi.spyOn(plugin, "today").mockReturnValue(TODAY);
  await plugin.onload();
  await plugin.indexer.build();
  plugin.settings.myName = "Kai Moreau";
  plugin.settings.myEmails = ["kai@kith.example"];
  return { app, plugin, service: new RecapService(plugin) };
}


/** Every preview the test opens, in order (the double's open() calls onOpen). */
function previewsOpened(): RecapPreviewModal[] {
  const found: RecapPreviewModal[] = [];
  vi.spyOn(RecapPreviewModal.prototype, "open").mockImplementation(function (this: RecapPreviewModal) {
    found.push(this);
    void this.onOpen();
  });
  return found;
}

function button(parent: HTMLElement, text: string): HTMLButtonElement {
  const found = [...parent.querySelectorAll("button")].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

function input(parent: HTMLElement, label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = parent.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[aria-label="${label}"]`);
  if (!found) throw new Error(`no input labelled ${label}`);
  return found;
}

afterEach(() => vi.restoreAllMocks());

/** Starts the kickoff's note, fills the form on it as a user would, previews and applies. */
async function startFillAndApply() {
  const t = await setup();
  const started = await startMeetingNote(t.plugin, KICKOFF);
  const startedText = await t.app.vault.adapter.read(MEETING);
  const previews = previewsOpened();
  const form = new RecapModal(t.app.asOriginalType__(), t.plugin, t.service, started.recap, started.path);
  form.onOpen();
  const summary = input(form.contentEl, "Summary");
  summary.value = `${summary.value} Scoped it to two clusters.`;
  input(form.contentEl, "Decisions").value = "Run the pilot on real workloads";
  input(form.contentEl, "Key facts").value = "Dana: Prefers Friday calls";
  input(form.contentEl, "Action items").value = "Dana: send the sizing 📅 2026-03-20";
  button(form.contentEl, "Preview").click();
  await vi.waitFor(() => expect(previews).toHaveLength(1));
  const preview = previews[0] as RecapPreviewModal;
  await vi.waitFor(() => expect(preview.contentEl.querySelector("button")).not.toBeNull());
  return { ...t, started, startedText, preview };
}

describe("a recap on a meeting note started from a calendar event", () => {
  it("shows the meeting note's new lines first in the preview, like an attendee's", async () => {
    const { preview } = await startFillAndApply();
    expect([...preview.contentEl.querySelectorAll(".kith-preview-path")].map((el) => el.textContent)).toEqual([`Update ${MEETING}`, `Update ${DANA}`, `Update ${PRIYA}`]);
    const meetingLines = [...(preview.contentEl.querySelector(".kith-preview-note .kith-preview-diff")?.querySelectorAll("li") ?? [])].map((li) => li.textContent);
    expect(meetingLines).toEqual([
      "+ Scoped it to two clusters.",
      "+ ",
      "+ - Dana: Prefers Friday calls",
      "+ - Run the pilot on real workloads",
      "+ ",
      "+ - [ ] send the sizing @DanaOkafor 📅 2026-03-20",
    ]);
  });

  it("applied, fills the meeting note, updates the attendees as before, and Undo last recap restores every note byte for byte", async () => {
    const { app, service, startedText, preview } = await startFillAndApply();
    button(preview.contentEl, "Apply").click();
    await vi.waitFor(async () => expect(await app.vault.adapter.read(MEETING)).not.toBe(startedText));
    const meeting = await app.vault.adapter.read(MEETING);
    expect(meeting).toBe(
      startedText
        .replace("Agenda: scope the pilot.\n", "Agenda: scope the pilot.\n\nScoped it to two clusters.\n")
        .replace("## Key Facts\n\n", "## Key Facts\n\n- Dana: Prefers Friday calls\n")
        .replace("## Decisions\n\n", "## Decisions\n\n- Run the pilot on real workloads\n")
        .replace(/## Action Items\n$/, "## Action Items\n\n- [ ] send the sizing @DanaOkafor 📅 2026-03-20\n"),
    );

    // The attendees' notes: what the same recap gives them when the meeting note is left alone.
    const alone = await setup();
    const started = await startMeetingNote(alone.plugin, KICKOFF);
    // The recap the form planned (the preview holds its plan).
    const { recap } = (preview as unknown as { plan: RecapPlan }).plan;
    await alone.service.apply(await alone.service.plan(recap, started.path));
    for (const path of [DANA, PRIYA]) expect(await app.vault.adapter.read(path)).toBe(await alone.app.vault.adapter.read(path));
    expect(await app.vault.adapter.read(DANA)).toContain("- 2026-03-12: [[2026-03-12 - Pilot kickoff]] - Agenda: scope the pilot. Scoped it to two clusters.");

    await service.undoLast();
    expect(await app.vault.adapter.read(MEETING)).toBe(startedText);
    for (const [path, text] of Object.entries(PEOPLE)) expect(await app.vault.adapter.read(path)).toBe(text);
  });

  it("keeps filling the meeting note when the preview plans again for a name the user resolves", async () => {
    const t = await setup();
    const started = await startMeetingNote(t.plugin, KICKOFF);
    const plan = await t.service.plan({ ...started.recap, attendees: ["Dana", "Priya Raman"], decisions: ["Run the pilot on real workloads"] }, started.path, { updateMeetingNote: true });
    expect(plan.blocking).toHaveLength(1);
    const preview = new RecapPreviewModal(t.app.asOriginalType__(), t.service, plan, started.path, null);
    // Its only candidate is pre-selected: the preview plans again on opening.
    await preview.onOpen();
    expect([...preview.contentEl.querySelectorAll(".kith-preview-path")].map((el) => el.textContent)).toEqual([`Update ${MEETING}`, `Update ${DANA}`, `Update ${PRIYA}`]);
  });
});
