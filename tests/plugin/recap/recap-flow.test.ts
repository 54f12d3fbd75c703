// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { App, ButtonComponent } from "obsidian-test-mocks/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import KithPlugin from "../../../src/plugin/main";
import { RecapModal } from "../../../src/plugin/recap/recap-modal";
import { RecapPreviewModal } from "../../../src/plugin/recap/preview-modal";
import { RecapService } from "../../../src/plugin/recap/recap-service";

const DANA = readFileSync("tests/fixtures/people/Dana Okafor.md", "utf8");
const TODAY = "2026-11-25";

async function setup(files: Record<string, string>) {
  const app = App.createConfigured__({ files });
  const plugin = new KithPlugin(app.asOriginalType__(), { id: "kith", name: "Kith", version: "0.1.0", minAppVersion: "1.7.2", author: "", description: "" });
  vi.spyOn(plugin, "today").mockReturnValue(TODAY);
  await plugin.onload();
  await plugin.indexer.build();
  return { app, plugin, service: new RecapService(plugin) };
}

/** Types into the form's inputs the way a user does, then presses Preview. */
function fill(modal: RecapModal, values: Record<string, string>): void {
  for (const [label, value] of Object.entries(values)) {
    const input = modal.contentEl.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[aria-label="${label}"]`);
    if (!input) throw new Error(`no input labelled ${label}`);
    input.value = value;
  }
}

function press(input: HTMLElement, key: string): void {
  input.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
}

// The double's ButtonComponent keeps its click handler instead of listening on the element;
// this routes DOM clicks to it, as Obsidian's real component does.
vi.spyOn(ButtonComponent.prototype, "onClick").mockImplementation(function (this: ButtonComponent, callback) {
  this.buttonEl.addEventListener("click", (event) => void callback(event));
  return this;
});

function button(parent: HTMLElement, text: string): HTMLButtonElement {
  const found = [...parent.querySelectorAll("button")].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

afterEach(() => vi.clearAllMocks());

describe("the recap modal", () => {
  it("adds a recap: preview, then apply updates the known person and creates the new one", async () => {
    const { app, plugin, service } = await setup({ "People/Dana Okafor.md": DANA, "Meetings/": "" });
    const previews: RecapPreviewModal[] = [];
    vi.spyOn(RecapPreviewModal.prototype, "open").mockImplementation(function (this: RecapPreviewModal) {
      previews.push(this);
      void this.onOpen();
    });
    const modal = new RecapModal(app.asOriginalType__(), plugin, service);
    modal.onOpen();
    fill(modal, {
      Date: "2026-03-09",
      Title: "Design session",
      Via: "Northwind",
      Summary: "Walked through the storage tiers.",
      "Key facts": "Dana: Prefers async updates.\nBudget: $2M",
      Decisions: "Pilot starts in April",
      Topics: "Storage tiers",
      "Action items": "Dana Okafor: send the sizing 📅 2026-03-10",
    });
    const attendee = modal.contentEl.querySelector("input[aria-label='Add attendee']") as HTMLInputElement;
    for (const name of ["Dana Okafor", "Sam Reyes"]) {
      attendee.value = name;
      press(attendee, "Enter");
    }
    expect([...modal.contentEl.querySelectorAll(".kith-chip")].map((c) => c.textContent)).toEqual(["Dana Okafor", "Sam Reyes"]);

    button(modal.contentEl, "Preview").click();
    await vi.waitFor(() => expect(previews).toHaveLength(1));
    const preview = previews[0]!;
    await vi.waitFor(() => expect(preview.contentEl.textContent).toContain("Create People/Sam Reyes.md"));
    expect([...preview.contentEl.querySelectorAll(".kith-preview-diff li")].map((li) => li.textContent)).toEqual([
      "- last_contact: '2026-03-02'",
      "+ last_contact: '2026-03-09'",
      "+ - Prefers async updates.",
      "+ - Budget: $2M",
      "- Lakehouse replication, Capacity planning, Pilot scoping",
      "+ Lakehouse replication, Capacity planning, Pilot scoping, Storage tiers",
      "+ - 2026-03-09: [[2026-03-09 - Design session]] - Walked through the storage tiers. (via Northwind)",
      "+ - ✅ Pilot starts in April",
      "- *Last updated: *",
      `+ *Last updated: ${TODAY}*`,
    ]);
    expect(await app.vault.adapter.exists("People/Sam Reyes.md")).toBe(false);

    button(preview.contentEl, "Apply").click();
    await vi.waitFor(async () => expect(await app.vault.adapter.exists("People/Sam Reyes.md")).toBe(true));
    const dana = await app.vault.adapter.read("People/Dana Okafor.md");
    expect(dana).toBe(
      DANA.replace("last_contact: '2026-03-02'", "last_contact: '2026-03-09'")
        .replace("GCS API later.\n", "GCS API later.\n- Prefers async updates.\n- Budget: $2M\n")
        .replace("Capacity planning, Pilot scoping\n", "Capacity planning, Pilot scoping, Storage tiers\n")
        .replace("## Recent Context\n\n", "## Recent Context\n\n- 2026-03-09: [[2026-03-09 - Design session]] - Walked through the storage tiers. (via Northwind)\n")
        .replace("before the design session.\n", "before the design session.\n- ✅ Pilot starts in April\n")
        .replace("*Last updated: *", `*Last updated: ${TODAY}*`),
    );
    const meeting = await app.vault.adapter.read("Meetings/2026-03-09 - Design session.md");
    expect(meeting).toBe(
      [
        "---",
        "type: meeting",
        "date: '2026-03-09'",
        "title: Design session",
        "attendees:",
        "- '[[Dana Okafor]]'",
        "- '[[Sam Reyes]]'",
        "via: Northwind",
        "---",
        "",
        "# Design session",
        "",
        "## Summary",
        "",
        "Walked through the storage tiers.",
        "",
        "## Key Facts",
        "",
        "- Dana: Prefers async updates.",
        "- Budget: $2M",
        "",
        "## Decisions",
        "",
        "- Pilot starts in April",
        "",
        "## Topics",
        "",
        "Storage tiers",
        "",
        "## Action Items",
        "",
        "- [ ] send the sizing @DanaOkafor 📅 2026-03-10",
        "",
      ].join("\n"),
    );
  });

  it("asks who an ambiguous first name is, pre-selecting the only candidate, and applies to that person", async () => {
    const { app, service } = await setup({ "People/Dana Okafor.md": DANA, "Meetings/": "" });
    const plan = await service.plan({ date: "2026-03-09", title: "Quick sync", attendees: ["Dana"], via: null, summary: "Short sync.", facts: [], decisions: [], topics: [], actions: [], tags: [] });
    expect(plan.blocking).toEqual(['"Dana" could be Dana Okafor (People/Dana Okafor.md): choose one or a new person.']);
    const preview = new RecapPreviewModal(app.asOriginalType__(), service, plan, undefined, null);
    await preview.onOpen();
    const select = preview.contentEl.querySelector("select");
    expect(select?.value).toBe("People/Dana Okafor.md");
    expect(preview.contentEl.querySelector(".kith-preview-path")?.textContent).toBe("Update People/Dana Okafor.md");
    button(preview.contentEl, "Apply").click();
    await vi.waitFor(async () => expect(await app.vault.adapter.read("People/Dana Okafor.md")).toContain("- 2026-03-09: [[2026-03-09 - Quick sync]] - Short sync.\n"));
    expect(await app.vault.adapter.exists("People/Dana.md")).toBe(false);
  });

  it("undoes the last recap: restores the updated note and trashes the notes it created", async () => {
    const { app, service } = await setup({ "People/Dana Okafor.md": DANA, "Meetings/": "" });
    const trash = vi.spyOn(app.fileManager, "trashFile");
    const plan = await service.plan({ date: "2026-03-09", title: "Design session", attendees: ["Dana Okafor", "Sam Reyes"], via: null, summary: "Storage tiers.", facts: [], decisions: [], topics: [], actions: [], tags: [] });
    await service.apply(plan);
    expect(await app.vault.adapter.read("People/Dana Okafor.md")).not.toBe(DANA);
    await service.undoLast();
    expect(await app.vault.adapter.read("People/Dana Okafor.md")).toBe(DANA);
    expect(trash.mock.calls.map(([file]) => file.path).sort()).toEqual(["Meetings/2026-03-09 - Design session.md", "People/Sam Reyes.md"]);
  });
});

describe("an attendee named as a note that is not a person", () => {
  it("is no new person in the plan: its note says why, Obsidian's link resolution finding the project", async () => {
    const project = "# Quillfield Foods pilot\n\nThe plan.\n";
    const { app, service } = await setup({ "People/Dana Okafor.md": DANA, "Meetings/": "", "Projects/Quillfield Foods pilot.md": project });
    const recap = { date: "2026-03-21", title: "Pilot check", attendees: ["Dana Okafor", "Quillfield Foods pilot"], via: null, summary: "On track.", facts: [], decisions: [], topics: [], actions: [], tags: [] };
    const plan = await service.plan(recap);
    expect(plan.notes.map((n) => [n.path, n.error])).toEqual([
      ["People/Dana Okafor.md", null],
      [
        "People/Quillfield Foods pilot.md",
        "Projects/Quillfield Foods pilot.md has this name and is not a person note: no person note was made, so links to it stay its own. Add them as a new person by another name, or tag that note as a person.",
      ],
    ]);
    await service.apply(plan);
    expect(await app.vault.adapter.exists("People/Quillfield Foods pilot.md")).toBe(false);
    expect(await app.vault.adapter.read("Projects/Quillfield Foods pilot.md")).toBe(project);
  });
});
