// @vitest-environment happy-dom
/**
 * Issue 14 in the panel: the person card of each layout in tests/fixtures/real-vaults (see its
 * SOURCES.md), read with no settings, shows its contacts, tasks and facts, and nothing from a comment.
 */
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fixtureVault, VAULT_DIR } from "./fixtures";
import { mountPanel, piecesOf, textOf, textsOf, type Harness } from "./harness";

const REAL_VAULT = join(VAULT_DIR, "..", "..", "..", "..", "fixtures", "real-vaults");

let h: Harness;
let root: HTMLElement;

beforeAll(async () => {
  document.body.empty();
  h = await mountPanel(fixtureVault(REAL_VAULT));
  root = h.view.contentEl;
});

const section = (key: string): HTMLElement => {
  const el = root.querySelector<HTMLElement>(`.kith-section-${key}`);
  if (!el) throw new Error(`no section ${key}`);
  return el;
};

/** The card as a user reads it: header, contact rows (name and value), tasks, facts and topics. */
function card() {
  const names = textsOf(section("contact"), ".kith-field-name");
  const values = textsOf(section("contact"), ".kith-editable");
  const tasks = (key: string): string[][] => Array.from(section(key).querySelectorAll(".kith-task"), piecesOf);
  return {
    name: textOf(root.querySelector(".kith-name")),
    subtitle: textOf(root.querySelector(".kith-subtitle")),
    status: textsOf(root, ".kith-status > *"),
    contact: names.map((name, i) => `${name}: ${values[i] ?? ""}`),
    openTasks: tasks("open-tasks"),
    ownedTasks: tasks("owned-tasks"),
    facts: textsOf(section("facts"), ".kith-editable"),
    topics: textsOf(section("topics"), ".kith-chip"),
  };
}

const MEETING = "2026-03-02 - Partner sync";
const EMPTY = ["Role: Add", "Company: Add", "Department: Add", "Email: Add", "Phone: Add", "LinkedIn: Add", "Location: Add"];

describe("the person card of each real layout", () => {
  it("Properties only (tags: [Person]): the properties as contact rows, a list's second e-mail under the first, the task it owns", async () => {
    await h.open("Contacts/Ana Lima.md");
    expect(card()).toEqual({
      name: "Ana Lima",
      subtitle: "Tailspin Toys",
      status: ["No contact recorded"],
      contact: ["Role: Add", "Company: Tailspin Toys", "Department: Add", "Email: ana.lima@tailspin.example", "Phone: +46 70 123 45 67", "LinkedIn: Add", "Location: Add", "First Name: Ana", "Last Name: Lima", "Birthday: 1990-04-02"],
      openTasks: [],
      ownedTasks: [["Draft the pilot plan with Ana Lima @AnaLima", "Overdue 2026-03-12", "In progress", MEETING]],
      facts: [],
      topics: [],
    });
    expect(piecesOf(section("contact"))).toContain("ana@home.example");
  });

  it("type: person: the 📇 Contact Info table, the bold-label Location, camelCase lastContact (stale), a task in a callout with an invalid date", async () => {
    await h.open("Contacts/Jonas Berg.md");
    expect(card()).toEqual({
      name: "Jonas Berg",
      subtitle: "",
      status: ["Last contact 2 months ago", "Stale"],
      contact: ["Role: Add", "Company: Add", "Department: Add", "Email: jonas@berg.example", "Phone: +46 31 555 0101", "LinkedIn: Add", "Location: Gothenburg"],
      openTasks: [["Send Jonas Berg the proposal", "Overdue 2026-03-09", MEETING]],
      ownedTasks: [["Confirm the budget with Jonas Berg @JonasBerg", "Invalid due date 2022-02-29", MEETING]],
      // Under `## 🎯 Key Facts`: a heading's emoji are not part of its name.
      facts: ["Runs the Gothenburg office."],
      topics: [],
    });
  });


  it("inline fields (#person in the body): role and company in the header, the fields as rows, a [>] task in a callout", async () => {
    await h.open("Contacts/Mei Tanaka.md");
    expect(card()).toEqual({
      name: "Mei Tanaka",
      subtitle: "product lead · Wide World Importers",
      status: ["No contact recorded"],
      contact: ["Role: product lead", "Company: Wide World Importers", "Department: Add", "Email: mei@tanaka.example", "Phone: +81 3 5555 0100", "LinkedIn: Add", "Location: Add", "Birthday: 1988-11-30"],
      openTasks: [["Ask Mei Tanaka about the Osaka launch", "Overdue 2026-03-16", MEETING]],
      ownedTasks: [],
      facts: [],
      topics: [],
    });
  });

  it("People folder, Key Facts and tasks only in comments: no facts and no tasks from them", async () => {
    await h.open("People/Eli Fox.md");
    expect(card()).toEqual({
      name: "Eli Fox",
      subtitle: "",
      status: ["No contact recorded"],
      contact: EMPTY.map((row) => (row === "Email: Add" ? "Email: eli@fox.example" : row)),
      openTasks: [],
      ownedTasks: [],
      facts: [],
      topics: [],
    });
  });

  it("setext headings and ArchitectKB's fields: bold-label list items and organisation/email properties, named as written", async () => {
    await h.open("People/Noor Haddad.md");
    expect(card()).toEqual({
      name: "Noor Haddad",
      subtitle: "Solutions architect · Contoso",
      status: ["No contact recorded"],
      contact: ["Role: Solutions architect", "organisation: Contoso", "Department: Add", "email: noor@contoso.example", "Phone: Add", "LinkedIn: Add", "Location: Add"],
      openTasks: [["Does Noor Haddad join the next sync?", MEETING]],
      ownedTasks: [["Check the logs @NoorHaddad", "Overdue 2026-03-20", MEETING]],
      facts: ["Prefers written agendas."],
      topics: [],
    });
  });

  it("Kith's layout with comments in Key Facts and Topics: the comments' fact, task and topic are not shown", async () => {
    await h.open("People/Dana Okafor.md");
    expect(card()).toMatchObject({
      name: "Dana Okafor",
      subtitle: "Head of data platform · Northwind Foods",
      status: ["Last contact 3 weeks ago"],
      contact: ["Role: Head of data platform", "Company: Northwind Foods", "Department: Add", "Email: Add", "Phone: Add", "LinkedIn: Add", "Location: Add"],
      openTasks: [],
      ownedTasks: [],
      facts: ["Runs two data centres."],
      topics: ["Lakehouse replication"],
    });
  });
});

describe("the panel on the meeting note, the templates and a note with person tags only in comments", () => {
  it("the meeting shows its attendees of every layout as cards", async () => {
    await h.open("Meetings/2026-03-02 - Partner sync.md");
    expect(textOf(root.querySelector(".kith-name"))).toBe("Partner sync");
    expect(Array.from(root.querySelectorAll(".kith-card"), piecesOf)).toEqual([
      ["Jonas Berg", "Last contact 2 months ago", "Stale", "2 open tasks"],
      ["Ana Lima", "Tailspin Toys", "No contact recorded", "1 open task"],
      ["Mei Tanaka", "product lead · Wide World Importers", "No contact recorded", "1 open task"],
    ]);
  });

  it.each(["Templates/Person.md", "Extras/Templater/New person.md", "Inbox/Untitled.md", "Notes/Standup.md"])("%s is no person card", async (path) => {
    await h.open(path);
    expect(root.querySelector(".kith-section-contact")).toBeNull();
    // The vault's upcoming dates stand at the foot of every panel (Ana Lima's birthday is 8 days off).
    expect(textOf(root)).toBe("People in this note0This note does not link to or name anyone with a person note.Upcoming dates1Ana LimaBirthday, turns 36: 2026-04-02 (in 8 days)");
  });
});

describe("panel edits on the real layouts write back where the field lives, and nothing else", () => {
  const files = fixtureVault(REAL_VAULT);
  let edit: Harness;

  beforeEach(async () => {
    document.body.empty();
    edit = await mountPanel(fixtureVault(REAL_VAULT));
  });

  async function setField(path: string, field: string, value: string): Promise<void> {
    await edit.open(path);
    const el = edit.view.contentEl.querySelector<HTMLElement>(`[data-kith-focus='contact:${field}']`);
    if (!el) throw new Error(`no contact field ${field}`);
    el.click();
    const input = document.activeElement;
    if (!(input instanceof HTMLInputElement)) throw new Error("no input has focus");
    input.value = value;
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
  }

  async function noteBecomes(path: string, expected: string): Promise<void> {
    await vi.waitFor(async () => expect(await edit.read(path)).toBe(expected));
  }

  it.each([
    ["Contacts/Ana Lima.md", "Email", "ana@fabrikam.example", "  - ana.lima@tailspin.example\n", "  - ana@fabrikam.example\n"],
    ["Contacts/Jonas Berg.md", "Location", "Malmö", "**Location:** Gothenburg", "**Location:** Malmö"],
    ["Contacts/Mei Tanaka.md", "Role", "head of product", "[Role:: product lead]", "[Role:: head of product]"],
    ["People/Eli Fox.md", "Email", "eli@harbour.example", "Email:: eli@fox.example", "Email:: eli@harbour.example"],
    ["People/Noor Haddad.md", "Role", "Chief architect", "- **Role:** Solutions architect", "- **Role:** Chief architect"],
  ])("%s: %s", async (path, field, value, from, to) => {
    const before = files[path]!;
    expect(before.split(from)).toHaveLength(2);
    await setField(path, field, value);
    await noteBecomes(path, before.replace(from, to));
  });

  it("completing a task in a callout keeps its '> ' prefix; the meeting's comments stay as they were", async () => {
    const meeting = "Meetings/2026-03-02 - Partner sync.md";
    await edit.open("Contacts/Jonas Berg.md");
    const box = Array.from(edit.view.contentEl.querySelectorAll<HTMLElement>("input")).find((e) => e.getAttribute("aria-label") === "Complete task: Confirm the budget with Jonas Berg @JonasBerg");
    if (!box) throw new Error("no checkbox for the callout task");
    box.click();
    await noteBecomes(
      meeting,
      files[meeting]!.replace(
        "> - [!] Confirm the budget with Jonas Berg @JonasBerg 📅 2022-02-29\n",
        "> - [x] Confirm the budget with Jonas Berg @JonasBerg 📅 2022-02-29 ✅ 2026-03-25\n",
      ),
    );
  });
});
