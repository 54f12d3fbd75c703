import { describe, expect, it } from "vitest";
import { TaskIndex, parseTaskLine, tasksOfNote, type IndexedTask } from "../../../src/core/tasks";
import { taskHandles } from "../../../src/core/tasks/task-line";

/** Where a task is: `path:line`. */
const at = (tasks: readonly IndexedTask[]): string[] => tasks.map((t) => `${t.path}:${t.line}`);

/** Everything an indexed task says, as plain values. */
const fields = (t: IndexedTask): unknown[] => [t.path, t.line, t.raw, t.text, t.description, t.status, t.due, t.recurring, t.handles];

/**
 * A fresh index, queried once or not before the steps, so both ways of keeping it current are
 * tested: its maps by word and by handle are made on the first lookup, then kept current.
 */
const indexes = (): Array<[string, TaskIndex]> => {
  const queried = new TaskIndex();
  queried.forPerson("anything", "@anything");
  return [
    ["built on the first query", new TaskIndex()],
    ["queried before the notes came in", queried],
  ];
};

describe("TaskIndex: updates keep every list exact", () => {
  it.each(indexes())("a changed note drops its old words and handles and lists its new ones (%s)", (_, idx) => {
    idx.setNote("a.md", "- [ ] Call Dana Okafor @DanaOkafor\n- [ ] Ask Lee Chen\n");
    expect(at(idx.mentioning("Dana Okafor"))).toEqual(["a.md:0"]);
    idx.setNote("a.md", "# Moved\n\n- [ ] Ask Lee Chen again @LeeChen\n");
    expect(idx.size).toBe(1);
    expect(idx.mentioning("Dana Okafor")).toEqual([]);
    expect(idx.mentioning("Call")).toEqual([]);
    expect(idx.ownedBy("@DanaOkafor")).toEqual([]);
    expect(at(idx.mentioning("Lee Chen"))).toEqual(["a.md:2"]);
    expect(at(idx.mentioning("again"))).toEqual(["a.md:2"]);
    expect(at(idx.ownedBy("leechen"))).toEqual(["a.md:2"]);
  });

  it.each(indexes())("a note set to null leaves every list (%s)", (_, idx) => {
    idx.setNote("a.md", "- [ ] Dana Okafor one @DanaOkafor 📅 2026-03-01\n");
    idx.setNote("b.md", "- [ ] Dana Okafor two\n");
    idx.mentioning("Dana Okafor");
    idx.setNote("a.md", null);
    expect(idx.size).toBe(1);
    expect([...idx.paths()]).toEqual(["b.md"]);
    expect(at(idx.mentioning("Dana Okafor"))).toEqual(["b.md:0"]);
    expect(idx.mentioning("one")).toEqual([]);
    expect(idx.ownedBy("@DanaOkafor")).toEqual([]);
    expect(idx.tasksIn("a.md")).toEqual([]);
    idx.setNote("b.md", null);
    expect(idx.size).toBe(0);
    expect(idx.mentioning("Dana Okafor")).toEqual([]);
    // Nothing there to remove: still nothing, no error.
    idx.setNote("b.md", null);
    expect(idx.size).toBe(0);
  });

  it.each(indexes())("a rename keeps the tasks, each field as it was but the path (%s)", (_, idx) => {
    const text = "---\ntype: meeting\n---\n- [ ] Send the deck to Dana Okafor @DanaOkafor 📅 2026-03-10 ^x1\n- [/] Draft 🔁 every week\n";
    idx.setNote("Meetings/old.md", text);
    const before = idx.tasksIn("Meetings/old.md").map(fields);
    idx.rename("Meetings/old.md", "Meetings/new.md");
    expect(idx.tasksIn("Meetings/old.md")).toEqual([]);
    expect([...idx.paths()]).toEqual(["Meetings/new.md"]);
    expect(idx.size).toBe(2);
    expect(idx.tasksIn("Meetings/new.md").map(fields)).toEqual(before.map(([, ...rest]) => ["Meetings/new.md", ...rest]));
    expect(at(idx.mentioning("dana okafor"))).toEqual(["Meetings/new.md:3"]);
    expect(at(idx.ownedBy("@DanaOkafor"))).toEqual(["Meetings/new.md:3"]);
    expect(at(idx.mentioning("every week"))).toEqual(["Meetings/new.md:4"]);
    // A rename of a path with no tasks changes nothing.
    idx.rename("nowhere.md", "elsewhere.md");
    expect([...idx.paths()]).toEqual(["Meetings/new.md"]);
  });

  it.each(indexes())("a rename onto a path that has tasks replaces them (%s)", (_, idx) => {
    idx.setNote("a.md", "- [ ] Dana Okafor from a\n");
    idx.setNote("b.md", "- [ ] Dana Okafor from b\n- [ ] only in b\n");
    idx.rename("a.md", "b.md");
    expect(idx.size).toBe(1);
    expect(idx.tasksIn("b.md").map((t) => t.text)).toEqual(["Dana Okafor from a"]);
    expect(at(idx.mentioning("Dana Okafor"))).toEqual(["b.md:0"]);
    expect(idx.mentioning("only")).toEqual([]);
  });

  it("a task object taken before an update keeps its values", () => {
    const idx = new TaskIndex();
    idx.setNote("a.md", "- [ ] Dana Okafor: the old one @DanaOkafor 📅 2026-03-01 🔁 every day\n");
    const [old] = idx.mentioning("Dana Okafor");
    idx.setNote("a.md", "- [ ] Dana Okafor: the new one\n");
    expect(old ? fields(old) : null).toEqual([
      "a.md",
      0,
      "- [ ] Dana Okafor: the old one @DanaOkafor 📅 2026-03-01 🔁 every day",
      "Dana Okafor: the old one @DanaOkafor 📅 2026-03-01 🔁 every day",
      "Dana Okafor: the old one @DanaOkafor",
      " ",
      "2026-03-01",
      true,
      ["@DanaOkafor"],
    ]);
    expect(idx.mentioning("Dana Okafor").map((t) => t.description)).toEqual(["Dana Okafor: the new one"]);
  });
});

describe("TaskIndex: a name in many tasks", () => {
  const note = (i: number): string =>
    [`# Meeting ${i}`, "", `- [ ] Send the notes to Dana Okafor ${i} 📅 2026-03-${String(1 + (i % 28)).padStart(2, "0")}`, "- [ ] the other thing", `- [ ] Ask Dana Okafor about item ${i} @DanaOkafor`, ""].join("\n");

  it("lists all of them, soonest due first, and stays exact while most are changed and removed", () => {
    const idx = new TaskIndex();
    for (let i = 0; i < 300; i++) idx.setNote(`m/${String(i).padStart(3, "0")}.md`, note(i));
    const all = idx.mentioning("Dana Okafor");
    expect(all.length).toBe(600);
    // Dated tasks by date, then path; the undated (line 4) after them, by path.
    const dated = Array.from({ length: 300 }, (_, i) => i).sort((a, b) => (a % 28) - (b % 28) || a - b);
    expect(at(all)).toEqual([...dated.map((i) => `m/${String(i).padStart(3, "0")}.md:2`), ...Array.from({ length: 300 }, (_, i) => `m/${String(i).padStart(3, "0")}.md:4`)]);
    expect(idx.ownedBy("@DanaOkafor").length).toBe(300);
    expect(idx.mentioning("the").length).toBe(600);

    // Change 250 notes (the name gone from them), then remove 40 more: the lists hold what is left.
    for (let i = 0; i < 250; i++) idx.setNote(`m/${String(i).padStart(3, "0")}.md`, `- [ ] the other thing ${i}\n`);
    for (let i = 250; i < 290; i++) idx.setNote(`m/${String(i).padStart(3, "0")}.md`, null);
    const left = Array.from({ length: 10 }, (_, k) => 290 + k);
    expect(idx.size).toBe(250 + 30);
    expect(at(idx.ownedBy("@DanaOkafor"))).toEqual(left.map((i) => `m/${i}.md:4`));
    expect(at(idx.mentioning("Dana Okafor"))).toEqual([
      ...left.sort((a, b) => (a % 28) - (b % 28) || a - b).map((i) => `m/${i}.md:2`),
      ...left.sort((a, b) => a - b).map((i) => `m/${i}.md:4`),
    ]);
    expect(idx.mentioning("the").length).toBe(250 + 20);
    expect(at(idx.mentioning("thing 7"))).toEqual(["m/007.md:0"]);
    expect(idx.forPerson("Dana Okafor", "@DanaOkafor").mentioned.length).toBe(10);
  });
});

describe("TaskIndex: which tasks mention a name", () => {
  // Each word of the name must be a word of the task, and the folded text must contain the
  // whole name; the rarest word only picks the notes to look at.
  it.each<[string, string[], string, string[]]>([
    ["case ignored, the name's spacing folded, the text's not", ["Call DANA OKAFOR", "dana  okafor", "Dana\tOkafor"], " Dana \t Okafor ", ["a.md:0"]],
    ["the name as a run of words", ["Dana and Okafor", "Okafor Dana"], "Dana Okafor", []],
    ["punctuation between the words", ["Dana-Okafor", "Dana, Okafor"], "Dana Okafor", []],
    ["a name word inside a longer word, the rarer word elsewhere", ["Dana Okaforson", "okafor", "dana", "dana"], "Dana Okafor", []],
    ["a name word inside a longer word, whichever word is rarer", ["Dana Okaforson", "okafor", "okafor"], "Dana Okafor", []],
    ["a name word inside a longer word, as rare as the other", ["Dana Okaforson", "okafor"], "Dana Okafor", []],
    ["a name of digits only", ["Room 101 with Dana", "Room 1010"], "101", ["a.md:0"]],
    ["the same, the other way round", ["XDana Okafor", "dana"], "Dana Okafor", []],
    ["a name word missing from every task", ["Dana Okaforson"], "Dana Okafor", []],
    ["NFC and NFD alike", ["Meet Zoe\u0308 Ñandu\u0301", "Meet Zoë Ñandú"], "Zoë Ñandú", ["a.md:0", "a.md:1"]],
    ["a decomposed name finds composed text", ["Meet Zoë Ñandú"], "Zoe\u0308 Ñandu\u0301", ["a.md:0"]],
    ["Greek capitals fold to small letters", ["Ask ΣΟΦΊΑ", "ask σοφία", "ask σοφια"], "Σοφία", ["a.md:0", "a.md:1"]],
    ["Chinese", ["Call 李小龙 today", "李 小龙"], "李小龙", ["a.md:0"]],
    ["a letter outside the BMP", ["See 𝐀lpha team"], "𝐀lpha", ["a.md:0"]],
    ["digits are words", ["Room 101 with Dana"], "101", ["a.md:0"]],
    ["a name with no letters or digits", ["🦊 fox", "-- --"], "--", []],
  ])("%s", (_, texts, name, expected) => {
    const idx = new TaskIndex();
    idx.setNote("a.md", texts.map((t) => `- [ ] ${t}`).join("\n"));
    expect(at(idx.mentioning(name))).toEqual(expected);
  });

  // The notes listed under each word follow the tasks as they come and go, whichever word is rarer.
  it.each(indexes())("follows tasks as they come and go (%s)", (_, idx) => {
    idx.setNote("a.md", "- [ ] Call Dana Okafor\n- [ ] Dana Okaforson\n");
    idx.setNote("b.md", "- [ ] okafor\n- [ ] okafor too\n");
    expect(at(idx.mentioning("Dana Okafor"))).toEqual(["a.md:0"]);
    idx.setNote("c.md", "- [ ] dana\n- [ ] dana dana\n- [ ] dana okafor\n");
    expect(at(idx.mentioning("Dana Okafor"))).toEqual(["a.md:0", "c.md:2"]);
    idx.setNote("a.md", null);
    expect(at(idx.mentioning("Dana Okafor"))).toEqual(["c.md:2"]);
    idx.rename("c.md", "d.md");
    expect(at(idx.mentioning("Dana Okafor"))).toEqual(["d.md:2"]);
    idx.setNote("d.md", "- [ ] dana\n");
    expect(idx.mentioning("Dana Okafor")).toEqual([]);
  });

  // Two words the old hand-built hash table put in one bucket (FNV-1a cut to 30 bits).
  it("keeps two words apart, through removals", () => {
    const idx = new TaskIndex();
    idx.setNote("a.md", "- [ ] tcbuaa first\n");
    idx.setNote("b.md", "- [ ] xbaeea second\n");
    expect(at(idx.mentioning("tcbuaa"))).toEqual(["a.md:0"]);
    expect(at(idx.mentioning("xbaeea"))).toEqual(["b.md:0"]);
    idx.setNote("a.md", null);
    expect(idx.mentioning("tcbuaa")).toEqual([]);
    expect(at(idx.mentioning("xbaeea"))).toEqual(["b.md:0"]);
    idx.setNote("a.md", "- [ ] tcbuaa again\n");
    idx.setNote("b.md", null);
    expect(at(idx.mentioning("tcbuaa"))).toEqual(["a.md:0"]);
    expect(idx.mentioning("xbaeea")).toEqual([]);
  });
});

describe("TaskIndex: which lines are open tasks", () => {
  it.each<[string, string, Array<[number, string, string]>]>([
    ["a fence hides its tasks", "- [ ] before\n```\n- [ ] in code\n```\n~~~\n- [ ] in tildes\n~~~\n- [ ] after\n", [[0, " ", "before"], [7, " ", "after"]]],
    ["a fence never closed hides the rest", "- [ ] before\n```dataview\n- [ ] in code\n", [[0, " ", "before"]]],
    ["frontmatter is not the body", "---\nx: - [ ] no\n---\n- [ ] yes\n", [[3, " ", "yes"]]],
    ["the first line after a BOM", "\uFEFF- [ ] first\n- [ ] second", [[0, " ", "first"], [1, " ", "second"]]],
    // The Tasks plugin's default statuses: x and X done, - cancelled, every other character open (task-status.ts).
    ["all but [x], [X] and [-] are open", "- [x] done\n- [-] dropped\n- [>] later\n- [/] doing\n- [ ] todo\n- [X] done\n- [!] important\n- [?] question\n", [[2, ">", "later"], [3, "/", "doing"], [4, " ", "todo"], [6, "!", "important"], [7, "?", "question"]]],
    ["list markers and indents", "* [ ] star\n+ [ ] plus\n  - [ ] nested\n\t- [ ] tab\n1. [ ] one\n12) [ ] twelve\n1234567890. [ ] ten digits\na. [ ] letter\n", [[0, " ", "star"], [1, " ", "plus"], [2, " ", "nested"], [3, " ", "tab"], [4, " ", "one"], [5, " ", "twelve"]]],
    ["a box not at the start of the line", "text [ ] box\n> text [ ] box\n-[ ] no space\n- [ ]no space after\n", [[3, " ", "no space after"]]],
    ["one white space after the box is not the text's", "- [ ]\ttab\n- [ ]\u00a0nbsp\n- [ ]  two spaces\n- [ ]\n", [[0, " ", "tab"], [1, " ", "nbsp"], [2, " ", " two spaces"], [3, " ", ""]]],
    ["CRLF", "- [ ] one\r\n- [/] two\r\n", [[0, " ", "one"], [1, "/", "two"]]],
    ["a line ending in a stray CR", "- [ ] one\r\r\n- [ ] two\r", [[0, " ", "one"], [1, " ", "two"]]],
    ["a lone CR, U+2028 or U+2029 inside a line", "x\r- [ ] after cr\n- [ ] a\u2028b\n- [ ]\u2028c\n- [ ] d\u2029\n", [[2, " ", "c"]]],
    ["later boxes on a line that is no task", "- [x] done [ ] not this\n- item [/] nor this\n- [ ] this [ ] one\n", [[2, " ", "this [ ] one"]]],
  ])("%s", (_, text, expected) => {
    const idx = new TaskIndex();
    idx.setNote("a.md", text);
    expect(idx.tasksIn("a.md").map((t) => [t.line, t.status, t.text])).toEqual(expected);
    // The index reads a task as parseTaskLine does.
    for (const t of idx.tasksIn("a.md")) {
      const parsed = parseTaskLine(t.raw);
      expect([t.text, t.description, t.due, t.recurring, t.handles]).toEqual([parsed?.text, parsed?.description, parsed?.due, parsed?.recurring, parsed?.handles]);
    }
    // And finds the open ones tasksOfNote finds.
    expect(tasksOfNote(text).filter((t) => t.task.open).map((t) => [t.line, t.task.status, t.task.text])).toEqual(expected);
  });

  it("reads due dates in the Tasks and Dataview styles, the first one written", () => {
    const idx = new TaskIndex();
    const lines = ["- [ ] a 📅 2026-03-01", "- [ ] b 📆2026-03-02", "- [ ] c 🗓️ 2026-03-03", "- [ ] d [due:: 2026-03-04]", "- [ ] e (due::2026-03-05 )", "- [ ] f [due:: 2026-03-06] 📅 2026-01-01", "- [ ] g 📅 soon", "- [ ] h ⏳ 2026-03-08"];
    idx.setNote("a.md", lines.join("\n"));
    expect(idx.tasksIn("a.md").map((t) => t.due)).toEqual(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", null, null]);
  });
});

describe("taskHandles", () => {
  it.each<[string, string[]]>([
    ["@DanaOkafor and @LeeChen", ["@DanaOkafor", "@LeeChen"]],
    ["(@Dana) owns it", ["@Dana"]],
    ["mail dana@example.com", []],
    ["@ alone, @@double", []],
    ["@a.b. and @c- and @d_", ["@a.b", "@c", "@d_"]],
    ["@Zoë\u00a0@Ñandú", ["@Zoë", "@Ñandú"]],
    ["@Zoe\u0308", ["@Zoe"]],
    ["@李小龙 @𝐀lpha", ["@李小龙", "@𝐀lpha"]],
    ["@a@b", ["@a"]],
    ["\t@tab\u3000@ideographic", ["@tab", "@ideographic"]],
    ["", []],
  ])("%j", (text, handles) => {
    expect(taskHandles(text)).toEqual(handles);
  });
});
