// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { App, ButtonComponent } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emptyRecap } from "../../../src/core";
import KithPlugin from "../../../src/plugin/main";
import { PasteRecapModal } from "../../../src/plugin/recap/paste-modal";
import { RecapModal } from "../../../src/plugin/recap/recap-modal";
import { RecapPreviewModal } from "../../../src/plugin/recap/preview-modal";
import { RecapService } from "../../../src/plugin/recap/recap-service";
import { TranscriptPickerModal } from "../../../src/plugin/recap/transcript-picker";

/** The recap form fed by its readers: Paste recap (prose, a pasted transcript) and a transcript file in the vault. */

const TODAY = "2026-11-25";
const person = (name: string): string => readFileSync(`tests/fixtures/recap/vault/People/${name}.md`, "utf8");
const transcript = (name: string): string => readFileSync(`tests/fixtures/transcripts/${name}`, "utf8");

async function setup(files: Record<string, string>) {
  const app = App.createConfigured__({ files });
  const plugin = new KithPlugin(app.asOriginalType__(), { id: "kith", name: "Kith", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
  vi.spyOn(plugin, "today").mockReturnValue(TODAY);
  await plugin.onload();
  await plugin.indexer.build();
  // You: never an attendee, never a new person.
  plugin.settings.myName = "Kai Moreau";
  plugin.settings.myEmails = ["kai@kith.example"];
  return { app, plugin, service: new RecapService(plugin) };
}

// The double's ButtonComponent keeps its click handler instead of listening on the element;
// this routes DOM clicks to it, as Obsidian's real component does.
vi.spyOn(ButtonComponent.prototype, "onClick").mockImplementation(function (this: ButtonComponent, callback) {
  this.buttonEl.addEventListener("click", (event) => void callback(event));
  return this;
});

/** Every modal of a kind the test opens, in order (the double's open() calls onOpen). */
function opened<T extends { onOpen(): unknown; open(): void }>(kind: { prototype: T }): T[] {
  const found: T[] = [];
  vi.spyOn(kind.prototype as { open(): void }, "open").mockImplementation(function (this: T) {
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

/** The chips of the chip input labelled `label` ("Add attendee", "Add mentioned person"). */
function chips(form: RecapModal, label: string): string[] {
  const box = input(form.contentEl, label).closest(".kith-attendees");
  return [...(box?.querySelectorAll(".kith-chip") ?? [])].map((c) => c.textContent ?? "");
}

function warnings(el: HTMLElement): string[] {
  return [...el.querySelectorAll(".kith-recap-warnings li")].map((li) => li.textContent ?? "");
}

/** A file of the vault, as the plugin's code gets it. */
function fileAt(app: App, path: string) {
  const file = app.asOriginalType__().vault.getFileByPath(path);
  if (file === null) throw new Error(`no file ${path}`);
  return file;
}

const last = <T>(list: readonly T[]): T => {
  const item = list[list.length - 1];
  if (item === undefined) throw new Error("none opened");
  return item;
};

/** Previews the form, applies the plan, and gives what the preview showed (its text and warnings) and the meeting note written. */
async function previewAndApply(app: App, form: RecapModal, previews: RecapPreviewModal[], meetingPath: string): Promise<{ shown: string; checks: string[]; meeting: string }> {
  button(form.contentEl, "Preview").click();
  await vi.waitFor(() => expect(previews).toHaveLength(1));
  const preview = last(previews);
  await vi.waitFor(() => expect(preview.contentEl.querySelector("button")).not.toBeNull());
  const shown = preview.contentEl.textContent ?? "";
  const checks = warnings(preview.contentEl);
  button(preview.contentEl, "Apply").click();
  await vi.waitFor(async () => expect(await app.vault.adapter.exists(meetingPath)).toBe(true));
  return { shown, checks, meeting: await app.vault.adapter.read(meetingPath) };
}

afterEach(() => vi.clearAllMocks());

describe("Paste recap in the form", () => {
  it("reads prose with the vault's people and you: mentioned kept apart, in the meeting note only; its warnings listed", async () => {
    const { app, plugin, service } = await setup({
      "People/Dana Okafor.md": person("Dana Okafor"),
      "People/Priya Raman.md": person("Priya Raman"),
      "Meetings/": "",
    });
    const forms = opened(RecapModal);
    const pastes = opened(PasteRecapModal);
    const previews = opened(RecapPreviewModal);
    const form = new RecapModal(app.asOriginalType__(), plugin, service);
    form.onOpen();
    input(form.contentEl, "Date").value = "2026-03-12";
    button(form.contentEl, "Paste recap…").click();
    const paste = last(pastes);
    input(paste.contentEl, "Meeting tool text").value = [
      "Vendor sync",
      "",
      "Attendees: Dana Okafor, Kai Moreau",
      "",
      "Notes",
      "- The quote goes to Priya Raman's team first.",
      "- Dana Okafor and Sam Reyes reviewed the plan.",
    ].join("\n");
    button(paste.contentEl, "Fill in the form").click();

    const filled = last(forms);
    expect(filled).not.toBe(form);
    // You (Kai Moreau) are left out; Priya, one of your people only talked about, is mentioned.
    expect(chips(filled, "Add attendee")).toEqual(["Dana Okafor"]);
    expect(chips(filled, "Add mentioned person")).toEqual(["Priya Raman"]);
    expect(input(filled.contentEl, "Date").value).toBe("2026-03-12");
    const samActs = '"Sam Reyes" took part, the text says, but is not in its attendee list: add them if they attended.';
    expect(warnings(filled.contentEl)).toEqual([samActs]);

    const { shown, checks, meeting } = await previewAndApply(app, filled, previews, "Meetings/2026-03-12 - Vendor sync.md");
    expect(checks).toEqual([samActs]);
    expect(shown).toContain("Mentioned, listed in the meeting note only: Priya Raman");
    expect(meeting).toContain("attendees:\n- '[[Dana Okafor]]'\nmentioned:\n- Priya Raman\n---\n");
    // Priya's note is not touched by a meeting she was not at.
    expect(await app.vault.adapter.read("People/Priya Raman.md")).toBe(person("Priya Raman"));
    expect(await app.vault.adapter.exists("People/Kai Moreau.md")).toBe(false);
  });

  it("a pasted transcript: its speakers are the attendees, a generic one asked for, nothing linked (there is no file)", async () => {
    const { app, plugin, service } = await setup({ "People/Dana Okafor.md": person("Dana Okafor"), "Meetings/": "" });
    const forms = opened(RecapModal);
    const pastes = opened(PasteRecapModal);
    const form = new RecapModal(app.asOriginalType__(), plugin, service);
    form.onOpen();
    button(form.contentEl, "Paste recap…").click();
    input(last(pastes).contentEl, "Meeting tool text").value = transcript("20260310 1400 - Northwind weekly.txt");
    button(last(pastes).contentEl, "Fill in the form").click();

    const filled = last(forms);
    expect(chips(filled, "Add attendee")).toEqual(["Dana Okafor", "Sam Reyes"]);
    expect(input(filled.contentEl, "Who is Speaker 1")).toBeDefined();
    expect(input(filled.contentEl, "Date").value).toBe(TODAY);
    expect(filled.contentEl.textContent).not.toContain("The meeting note links to");
    expect(warnings(filled.contentEl)).toEqual([]);
  });
});

describe("a transcript file in the form", () => {
  const files = {
    "People/Priya Raman.md": person("Priya Raman"),
    "People/Jo Park.md": person("Jo Park"),
    "Transcripts/Capacity planning.vtt": transcript("Capacity planning.vtt"),
    "Transcripts/Design review.srt": transcript("Design review.srt"),
    "Transcripts/Northwind weekly.txt": transcript("20260310 1400 - Northwind weekly.txt"),
    "Transcripts/notes.md": "# Not a transcript\n",
    "Meetings/": "",
  };

  it("is picked among the vault's .vtt, .srt and .txt files", async () => {
    const { app } = await setup(files);
    const picker = new TranscriptPickerModal(app.asOriginalType__(), () => undefined);
    expect(picker.getItems().map((f) => f.path).sort()).toEqual(["Transcripts/Capacity planning.vtt", "Transcripts/Design review.srt", "Transcripts/Northwind weekly.txt"]);
  });

  it("fills the attendees from its speakers; a generic speaker named in the form attends; the meeting note links the transcript and copies none of it", async () => {
    const { app, plugin, service } = await setup(files);
    const forms = opened(RecapModal);
    const pickers = opened(TranscriptPickerModal);
    const previews = opened(RecapPreviewModal);
    const form = new RecapModal(app.asOriginalType__(), plugin, service);
    form.onOpen();
    input(form.contentEl, "Date").value = "2026-03-12";
    input(form.contentEl, "Summary").value = "Went through the capacity plan.";
    button(form.contentEl, "From a transcript…").click();
    const file = fileAt(app, "Transcripts/Capacity planning.vtt");
    last(pickers).onChooseItem(file);
    await vi.waitFor(() => expect(forms).toHaveLength(1));

    const filled = last(forms);
    expect(chips(filled, "Add attendee")).toEqual(["Priya Raman", "Sam Reyes"]);
    expect(input(filled.contentEl, "Title").value).toBe("Capacity planning");
    expect(input(filled.contentEl, "Summary").value).toBe("Went through the capacity plan.");
    expect(filled.contentEl.textContent).toContain("The meeting note links to Transcripts/Capacity planning.vtt.");
    expect(warnings(filled.contentEl)).toEqual([]);
    input(filled.contentEl, "Who is Unknown Speaker").value = "Jo Park";

    const { shown, meeting } = await previewAndApply(app, filled, previews, "Meetings/2026-03-12 - Capacity planning.md");
    expect(shown).toContain("Transcript: Transcripts/Capacity planning.vtt");
    expect(meeting.split("---\n")[1]).toBe(
      [
        "type: meeting",
        "date: '2026-03-12'",
        "title: Capacity planning",
        "attendees:",
        "- '[[Priya Raman]]'",
        "- '[[Sam Reyes]]'",
        "- '[[Jo Park]]'",
        "transcript: '[[Transcripts/Capacity planning.vtt]]'",
        "",
      ].join("\n"),
    );
    expect(await app.vault.adapter.read("People/Jo Park.md")).toContain("- 2026-03-12: [[2026-03-12 - Capacity planning]] - Went through the capacity plan.\n");
    const written = [meeting, await app.vault.adapter.read("People/Jo Park.md"), await app.vault.adapter.read("People/Priya Raman.md"), await app.vault.adapter.read("People/Sam Reyes.md")];
    for (const text of written) expect(text).not.toContain("capacity plan</v>");
    for (const text of written) expect(text).not.toContain("Can everyone see my screen");
  });

  it("a generic speaker left unnamed adds nobody", async () => {
    const { app, plugin, service } = await setup(files);
    const forms = opened(RecapModal);
    const previews = opened(RecapPreviewModal);
    const form = new RecapModal(app.asOriginalType__(), plugin, service);
    form.onOpen();
    input(form.contentEl, "Date").value = "2026-03-10";
    const file = fileAt(app, "Transcripts/Northwind weekly.txt");
    await form.readTranscript(file);

    const filled = last(forms);
    expect(input(filled.contentEl, "Who is Speaker 1").value).toBe("");
    const { meeting } = await previewAndApply(app, filled, previews, "Meetings/2026-03-10 - Northwind weekly.md");
    expect(meeting).toContain("attendees:\n- '[[Dana Okafor]]'\n- '[[Sam Reyes]]'\ntranscript: '[[Transcripts/Northwind weekly.txt]]'\n");
    expect(await app.vault.adapter.exists("People/Speaker 1.md")).toBe(false);
  });

  it("a file that is no transcript is refused in the form, which stays as it was", async () => {
    const { app, plugin, service } = await setup({ ...files, "Transcripts/todo.txt": "buy milk\n" });
    const forms = opened(RecapModal);
    const form = new RecapModal(app.asOriginalType__(), plugin, service);
    form.onOpen();
    const file = fileAt(app, "Transcripts/todo.txt");
    await form.readTranscript(file);
    expect(forms).toHaveLength(0);
    expect(form.contentEl.querySelector(".kith-form-error")?.textContent).toBe('Transcripts/todo.txt is not a transcript Kith reads: WebVTT, SRT, or turns like "Dana Okafor  0:03".');
  });
});

describe("a form started from a calendar event", () => {
  const MEETING = "Meetings/2026-03-12 - Roadmap review.md";
  const started = "---\ntype: meeting\ndate: '2026-03-12'\ntitle: Roadmap review\nattendees:\n- Robin Berg\nattendee_emails:\n- Robin Berg <robin@partner.example>\n---\n\n# Roadmap review\n";
  const event = { ...emptyRecap(), date: "2026-03-12", title: "Roadmap review", attendees: ["Robin Berg"], emails: { "Robin Berg": "robin@partner.example" } };

  it("keeps the invite's emails to the plan, so a new person's note has theirs; the started note gets the summary", async () => {
    const { app, plugin, service } = await setup({ "People/Priya Raman.md": person("Priya Raman"), [MEETING]: started });
    const previews = opened(RecapPreviewModal);
    const form = new RecapModal(app.asOriginalType__(), plugin, service, event, MEETING);
    form.onOpen();
    input(form.contentEl, "Summary").value = "Went through the roadmap.";
    button(form.contentEl, "Preview").click();
    await vi.waitFor(() => expect(previews).toHaveLength(1));
    await vi.waitFor(() => expect(last(previews).contentEl.querySelector("button")).not.toBeNull());
    button(last(previews).contentEl, "Apply").click();
    await vi.waitFor(async () => expect(await app.vault.adapter.exists("People/Robin Berg.md")).toBe(true));
    expect(await app.vault.adapter.read("People/Robin Berg.md")).toContain("| **Email** | robin@partner.example |");
    expect(await app.vault.adapter.read(MEETING)).toBe(`${started}\n## Summary\n\nWent through the roadmap.\n`);
  });

  it("takes a transcript's speakers into the same preview, and says the started note links it", async () => {
    const { app, plugin, service } = await setup({ "People/Priya Raman.md": person("Priya Raman"), [MEETING]: started, "Transcripts/Capacity planning.vtt": transcript("Capacity planning.vtt") });
    const forms = opened(RecapModal);
    const previews = opened(RecapPreviewModal);
    const form = new RecapModal(app.asOriginalType__(), plugin, service, event, MEETING);
    form.onOpen();
    await form.readTranscript(fileAt(app, "Transcripts/Capacity planning.vtt"));
    const filled = last(forms);
    expect(chips(filled, "Add attendee")).toEqual(["Robin Berg", "Priya Raman", "Sam Reyes"]);
    expect(input(filled.contentEl, "Title").value).toBe("Roadmap review");
    expect(filled.contentEl.textContent).toContain("The meeting note links to Transcripts/Capacity planning.vtt.");
    button(filled.contentEl, "Preview").click();
    await vi.waitFor(() => expect(previews).toHaveLength(1));
    await vi.waitFor(() => expect(last(previews).contentEl.querySelector("button")).not.toBeNull());
    expect([...last(previews).contentEl.querySelectorAll(".kith-preview-path")].map((el) => el.textContent)).toEqual([
      `Update ${MEETING}`,
      "Create People/Robin Berg.md",
      "Update People/Priya Raman.md",
      "Create People/Sam Reyes.md",
    ]);
  });
});

