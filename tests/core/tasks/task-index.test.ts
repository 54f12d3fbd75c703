import { describe, expect, it } from "vitest";
import { TaskIndex, tasksOfNote } from "../../../src/core/tasks";

const INBOX = [
  "---",
  "tags: [inbox]",
  "---",
  "# Inbox",
  "- [ ] Call Dana Okafor about the pilot [due:: 2026-03-12]",
  "- [/] Draft the sizing sheet for dana okafor 📅 2026-03-05",
  "- [x] Old task with Dana Okafor ✅ 2026-02-01",
  "- [-] Cancelled: Dana Okafor lunch",
  "- [ ] Send the cluster sizing @DanaOkafor 📅 2026-03-09 ^abc",
  "  - [ ] Nested task for Dana Okafor",
  "1. [ ] Numbered task mentioning Dana Okafor",
  "- [ ] Dana Okafor owns this too @DanaOkafor 🔁 every week",
  "```dataview",
  "- [ ] Dana Okafor inside a fence",
  "```",
  "- [ ] Nothing about her",
].join("\n");

describe("tasksOfNote", () => {
  it("finds task lines with their line numbers, outside frontmatter and code", () => {
    const tasks = tasksOfNote(INBOX);
    expect(tasks.map((t) => [t.line, t.task.status])).toEqual([
      [4, " "],
      [5, "/"],
      [6, "x"],
      [7, "-"],
      [8, " "],
      [9, " "],
      [10, " "],
      [11, " "],
      [15, " "],
    ]);
    expect(tasks[4]?.raw).toBe("- [ ] Send the cluster sizing @DanaOkafor 📅 2026-03-09 ^abc");
  });

  it("counts CRLF lines like LF lines", () => {
    expect(tasksOfNote(INBOX.replace(/\n/g, "\r\n")).map((t) => t.line)).toEqual(tasksOfNote(INBOX).map((t) => t.line));
  });
});

describe("TaskIndex", () => {
  const index = new TaskIndex();
  index.setNote("Inbox.md", INBOX);
  index.setNote("Meetings/m.md", "- [ ] Ask Dana Okafor for the logs 📅 2026-03-01\n- [ ] Lee Chen to review\n");

  it("keeps open tasks only ([ ] and [/])", () => {
    expect(index.size).toBe(9);
    expect(index.tasksIn("Inbox.md").map((t) => t.status)).toEqual([" ", "/", " ", " ", " ", " ", " "]);
  });

  it("finds tasks mentioning a name, case ignored, soonest due first, undated last", () => {
    expect(index.mentioning("Dana Okafor").map((t) => `${t.path}:${t.line}`)).toEqual([
      "Meetings/m.md:0",
      "Inbox.md:5",
      "Inbox.md:4",
      "Inbox.md:9",
      "Inbox.md:10",
      "Inbox.md:11",
    ]);
    expect(index.mentioning("Nobody Here")).toEqual([]);
    expect(index.mentioning("  ")).toEqual([]);
  });

  it("reads Tasks and Dataview due dates", () => {
    const [first, second] = index.mentioning("Dana Okafor").slice(1, 3);
    expect(first?.due).toBe("2026-03-05");
    expect(second?.due).toBe("2026-03-12");
  });

  it("finds tasks by handle and lists an owned task once", () => {
    expect(index.ownedBy("@danaokafor").map((t) => t.line)).toEqual([8, 11]);
    const { mentioned, owned } = index.forPerson("Dana Okafor", "@DanaOkafor");
    expect(owned.map((t) => t.description)).toEqual(["Send the cluster sizing @DanaOkafor", "Dana Okafor owns this too @DanaOkafor"]);
    expect(owned[1]?.recurring).toBe(true);
    expect(mentioned.map((t) => t.line)).toEqual([0, 5, 4, 9, 10]);
  });

  it("replaces a note's tasks on update, drops them on null, and follows renames", () => {
    const idx = new TaskIndex();
    idx.setNote("a.md", "- [ ] Dana Okafor one\n");
    idx.setNote("a.md", "- [ ] Dana Okafor two\n- [ ] three @DanaOkafor\n");
    expect(idx.mentioning("Dana Okafor").map((t) => t.description)).toEqual(["Dana Okafor two"]);
    idx.rename("a.md", "b.md");
    expect(idx.ownedBy("@DanaOkafor").map((t) => t.path)).toEqual(["b.md"]);
    expect([...idx.paths()]).toEqual(["b.md"]);
    idx.setNote("b.md", null);
    expect(idx.size).toBe(0);
    expect(idx.mentioning("Dana Okafor")).toEqual([]);
  });

  it("keeps the task's own fields, not the note text", () => {
    const idx = new TaskIndex();
    const text = `- [ ] Dana Okafor ${"x".repeat(50)}\n${"filler\n".repeat(1000)}`;
    idx.setNote("a.md", text);
    const task = idx.tasksIn("a.md")[0];
    // A copy is its own string: equal text, and no different for holding the note's text or not.
    expect(task?.raw).toBe(text.slice(0, text.indexOf("\n")));
    expect(JSON.parse(JSON.stringify(task))).toEqual({
      path: "a.md",
      line: 0,
      raw: `- [ ] Dana Okafor ${"x".repeat(50)}`,
      text: `Dana Okafor ${"x".repeat(50)}`,
      description: `Dana Okafor ${"x".repeat(50)}`,
      status: " ",
      statusType: "todo",
      due: null,
      dueInvalid: null,
      recurring: false,
      handles: [],
    });
  });
});
