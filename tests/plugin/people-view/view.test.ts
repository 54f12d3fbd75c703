// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ALL_PEOPLE } from "../../../src/core";
import { fixtureVault } from "../panel/fixtures";
import { textsOf } from "../panel/harness";
import { generatedPerson, mountPeopleView, type PeopleViewHarness } from "./harness";

let h: PeopleViewHarness;
let root: HTMLElement;

beforeEach(async () => {
  document.body.empty();
  h = await mountPeopleView(fixtureVault());
  root = h.view.contentEl;
});

const rows = (): string[][] => Array.from(root.querySelectorAll(".kith-pv-spacer > .kith-pv-row"), (row) => textsOf(row, ".kith-pv-cell"));
const names = (): string[] => textsOf(root, ".kith-pv-spacer .kith-pv-name");
const header = (title: string): HTMLElement => {
  const cell = Array.from(root.querySelectorAll<HTMLElement>("[role=columnheader]")).find((c) => c.textContent === title);
  if (!cell) throw new Error(`no column ${title}`);
  return cell;
};
const select = (cls: string, value: string): void => {
  const el = root.querySelector<HTMLSelectElement>(`select.${cls}`);
  if (!el) throw new Error(`no ${cls}`);
  el.value = value;
  el.dispatchEvent(new Event("change"));
};

const DANA = ["Dana Okafor", "Northwind Foods", "Head of data platform (owns the lakehouse roadmap)", "3 weeks ago", "", "On track", "Needs review"];
const LEE = ["Lee Chen", "Fabrikam", "Staff engineer", "2 months ago", "", "Stale 34 days", ""];
const PRIYA = ["Priya Raman", "Northwind Foods", "VP engineering", "2 months ago", "", "On track", ""];

async function modify(path: string, edit: (text: string) => string): Promise<void> {
  const file = h.app.vault.getFileByPath(path);
  if (!file) throw new Error(`no note ${path}`);
  await h.app.vault.modify(file, edit(await h.app.vault.read(file)));
}

describe("the people view", () => {
  it("lists everyone in the people index with their columns, by name", () => {
    expect(textsOf(root, ".kith-pv-header .kith-pv-cell")).toEqual(["Name", "Company", "Role", "Last contact", "Next date", "Keep in touch", "Review"]);
    expect(rows()).toEqual([DANA, LEE, PRIYA]);
    expect(textsOf(root, ".kith-pv-count")).toEqual(["3 people"]);
    expect(header("Name").getAttribute("aria-sort")).toBe("ascending");
  });

  it("sorts by a column header, and the other way round on a second click", () => {
    header("Keep in touch").querySelector("button")?.click();
    expect(names()).toEqual(["Lee Chen", "Dana Okafor", "Priya Raman"]);
    expect(header("Keep in touch").getAttribute("aria-sort")).toBe("ascending");
    expect(header("Name").getAttribute("aria-sort")).toBe("none");
    header("Name").querySelector("button")?.click();
    header("Name").querySelector("button")?.click();
    expect(names()).toEqual(["Priya Raman", "Lee Chen", "Dana Okafor"]);
    expect(header("Name").getAttribute("aria-sort")).toBe("descending");
  });

  it("filters by text, tag and folder, and says how many it shows", () => {
    const search = root.querySelector<HTMLInputElement>("input.kith-pv-search");
    if (!search) throw new Error("no search");
    search.value = "northwind";
    search.dispatchEvent(new Event("input"));
    expect(names()).toEqual(["Dana Okafor", "Priya Raman"]);
    expect(textsOf(root, ".kith-pv-count")).toEqual(["2 of 3 people"]);
    select("kith-pv-tag", "needs-review");
    expect(names()).toEqual(["Dana Okafor"]);
    search.value = "";
    search.dispatchEvent(new Event("input"));
    select("kith-pv-tag", "");
    select("kith-pv-folder", "People");
    expect(names()).toEqual(["Dana Okafor", "Lee Chen", "Priya Raman"]);
    expect(textsOf(root, "select.kith-pv-folder option")).toEqual(["Any folder", "People"]);
  });

  it("is one tab stop: the first row, then the row last focused; the arrows move between rows", () => {
    const tabbable = (): string[] => Array.from(root.querySelectorAll<HTMLElement>(".kith-pv-spacer [tabindex='0']"), (el) => el.dataset.kithPath ?? "");
    expect(tabbable()).toEqual(["People/Dana Okafor.md"]);
    root.querySelector<HTMLElement>("[data-kith-path='People/Dana Okafor.md']")?.focus();
    activeDocument.activeElement?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown" }));
    expect((activeDocument.activeElement as HTMLElement | null)?.dataset.kithPath).toBe("People/Lee Chen.md");
    expect(tabbable()).toEqual(["People/Lee Chen.md"]);
    expect(root.querySelector(".kith-pv-table")?.getAttribute("aria-rowcount")).toBe("4");
  });

  it("opens a person's note on click and on Enter", () => {
    root.querySelector<HTMLElement>("[data-kith-path='People/Lee Chen.md']")?.click();
    root.querySelector<HTMLElement>("[data-kith-path='People/Priya Raman.md']")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(h.opened).toEqual(["People/Lee Chen.md", "People/Priya Raman.md"]);
  });

  it("stays live: a changed note's row changes, debounced, without reading the vault again", async () => {
    const read = vi.spyOn(h.app.vault, "cachedRead");
    await modify("People/Lee Chen.md", (t) => t.replace(/last_contact: .*/, "last_contact: 2026-03-24"));
    expect(rows()[1]).toEqual(LEE);
    await vi.waitFor(() => expect(rows()[1]).toEqual(["Lee Chen", "Fabrikam", "Staff engineer", "yesterday", "", "On track", ""]));
    expect(read).not.toHaveBeenCalled();
  });

  it("stays live: a new person appears and a deleted one goes", async () => {
    await h.app.vault.create("People/Ana Ruiz.md", "---\ntype: person\ncompany: Contoso\n---\n# Ana Ruiz\n");
    await vi.waitFor(() => expect(names()).toEqual(["Ana Ruiz", "Dana Okafor", "Lee Chen", "Priya Raman"]));
    const lee = h.app.vault.getFileByPath("People/Lee Chen.md");
    if (!lee) throw new Error("no Lee");
    await h.app.vault.delete(lee);
    await vi.waitFor(() => expect(names()).toEqual(["Ana Ruiz", "Dana Okafor", "Priya Raman"]));
    expect(textsOf(root, ".kith-pv-count")).toEqual(["3 people"]);
  });

  it("keeps its sort and filters with the workspace, and ignores a malformed saved state", async () => {
    header("Company").querySelector("button")?.click();
    select("kith-pv-tag", "needs-review");
    const saved = h.view.getState();
    expect(saved.query).toEqual({ text: "", tag: "needs-review", folder: null, sort: "company", descending: false });
    document.body.empty();
    h = await mountPeopleView(fixtureVault());
    root = h.view.contentEl;
    await h.view.setState({ query: { ...ALL_PEOPLE, sort: "nope" } }, { history: false });
    expect(names()).toEqual(["Dana Okafor", "Lee Chen", "Priya Raman"]);
    await h.view.setState(saved, { history: false });
    expect(names()).toEqual(["Dana Okafor"]);
    expect(root.querySelector<HTMLSelectElement>("select.kith-pv-tag")?.value).toBe("needs-review");
    expect(header("Company").getAttribute("aria-sort")).toBe("ascending");
  });

  it("writes nothing to any note", async () => {
    const modified = vi.spyOn(h.app.vault, "modify");
    header("Company").querySelector("button")?.click();
    root.querySelector<HTMLElement>("[data-kith-path='People/Lee Chen.md']")?.click();
    expect(modified).not.toHaveBeenCalled();
  });
});

describe("the people view's dates", () => {
  it("shows the next key date in the user's date format, and the last contact's date on hover", async () => {
    document.body.empty();
    h = await mountPeopleView({ "People/Ana Ruiz.md": "---\ntype: person\nbirthday: 1990-04-02\nlast_contact: 2026-03-04\n---\n# Ana Ruiz\n" });
    root = h.view.contentEl;
    h.plugin.settings.dateFormat = "D MMM YYYY";
    h.view.refresh();
    expect(rows()).toEqual([["Ana Ruiz", "", "", "3 weeks ago", "Birthday 2 Apr 2026", "On track", ""]]);
    expect(root.querySelector(".kith-pv-spacer .kith-pv-lastContact")?.getAttribute("title")).toBe("4 Mar 2026");
  });
});

describe("the people view at 10,000 people", () => {
  it("draws only a window of rows", async () => {
    document.body.empty();
    h = await mountPeopleView(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => generatedPerson(i))));
    root = h.view.contentEl;
    expect(textsOf(root, ".kith-pv-count")).toEqual([(10_000).toLocaleString() + " people"]);
    expect(names().length).toBeLessThan(100);
    expect(names()[0]).toBe("Person 00000");
  });
});
