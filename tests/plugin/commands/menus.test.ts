// @vitest-environment happy-dom
import { Menu } from "obsidian-test-mocks/obsidian";
import { describe, expect, it, vi } from "vitest";
import { PERSON_ACTIONS } from "../../../src/plugin/commands/person-actions";
import { rankPeople } from "../../../src/plugin/modals/person-picker";
import { LEE, LEE_PATH } from "../../core/commands-core/notes";
import { change, STAMP } from "../../core/helpers";
import { file, setup } from "./harness";

const TOMAS_PATH = "People/Tomás Núñez.md";
const TOMAS = LEE.replaceAll("Lee Chen", "Tomás Núñez").replace("| **Role** | Buyer |", "| **Role** | Head of data |\n| **Company** | Northwind Foods |");
const MEETING = "Meetings/m.md";
const VAULT = { [LEE_PATH]: LEE, [TOMAS_PATH]: TOMAS, [MEETING]: "Met [[Tomás Núñez|Tomás]] and nobody else.\n" };
const NAMES = PERSON_ACTIONS.map((a) => a.name);

/**
 * The items of a menu the test's own registration (scripted UI) added. onload registered the
 * same menus with the modal UI first, so each menu holds both sets, onload's first.
 */
function testItems(menu: Menu) {
  const items = menu.menuItems__;
  expect(items.map((i) => i.title__)).toEqual(items.length === 0 ? [] : [...NAMES, ...NAMES]);
  return items.slice(NAMES.length);
}

describe("file and editor menus", () => {
  it("a person note's file menu has the person actions; another note's has none", async () => {
    const t = await setup(VAULT);
    t.register();
    const menu = Menu.create2__();
    t.app.workspace.trigger("file-menu", menu.asOriginalType2__(), file(t.app, LEE_PATH), "file-explorer");
    expect(testItems(menu).map((i) => i.title__)).toEqual(NAMES);
    const other = Menu.create2__();
    t.app.workspace.trigger("file-menu", other.asOriginalType2__(), file(t.app, MEETING), "file-explorer");
    expect(testItems(other)).toEqual([]);
  });

  it("the editor menu on a link to a person acts on that person", async () => {
    const t = await setup(VAULT);
    t.register();
    const line = "Met [[Tomás Núñez|Tomás]] and nobody else.";
    const editorAt = (ch: number) => ({ getCursor: () => ({ line: 0, ch }), getLine: () => line });
    const menu = Menu.create2__();
    t.app.workspace.trigger("editor-menu", menu.asOriginalType2__(), editorAt(8), { file: file(t.app, MEETING) });
    const items = testItems(menu);
    expect(items.map((i) => i.title__)).toEqual(NAMES);

    t.ui.answers = ["Speaks Portuguese."];
    const addFact = items.find((i) => i.title__ === "Add key fact");
    (addFact?.onClick__ as (() => void) | null)?.();
    await vi.waitFor(() => expect(t.read(TOMAS_PATH)).toBe(change(TOMAS, ["- Prefers email.\n", "- Prefers email.\n- Speaks Portuguese.\n"], STAMP)));

    const outside = Menu.create2__();
    t.app.workspace.trigger("editor-menu", outside.asOriginalType2__(), editorAt(35), { file: file(t.app, MEETING) });
    expect(testItems(outside)).toEqual([]);
  });
});

describe("the person picker's ranking", () => {
  it("is fuzzy over names, aliases, email, company and role, accents ignored", async () => {
    const t = await setup(VAULT);
    const people = [...t.plugin.people.index.entries()];
    const names = (query: string): string[] => rankPeople(people, query).map((p) => p.name);
    expect(names("")).toEqual(["Lee Chen", "Tomás Núñez"]);
    expect(names("tomas nunez")).toEqual(["Tomás Núñez"]);
    expect(names("NÚÑEZ")).toEqual(["Tomás Núñez"]);
    expect(names("northwind")).toEqual(["Tomás Núñez"]);
    expect(names("buyer")).toEqual(["Lee Chen"]);
    expect(names("zzz")).toEqual([]);
  });
});
