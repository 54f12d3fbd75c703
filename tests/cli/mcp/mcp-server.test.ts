/**
 * `kith mcp` through the SDK's own client over stdio, on copies of the fixture vault: every tool,
 * the exact text of each note after a write, errors as tool errors, --read-only, and a note
 * changed on disk between two calls.
 */
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { newPersonNote } from "../../../src/core";
import { KITH, copyVault, fixture, note, swap } from "../run-kith";

const TODAY = "2026-03-10";
const DANA = "Contacts/Dana Okafor.md";
const PRIYA = "Contacts/Priya Raman.md";
const MORGAN = "Contacts/Morgan Blake.md";
const FOOTER: [string, string] = ["*Last updated: *", `*Last updated: ${TODAY}*`];

const READ_TOOLS = ["find_person", "get_person", "list_people", "list_dates", "list_tasks", "plan_recap"];
const WRITE_TOOLS = ["create_person", "add_key_fact", "add_key_decision", "add_topic", "set_contact_field", "log_interaction", "apply_recap", "undo_recap"];

const open: Client[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((client) => client.close()));
});

/** A client connected to `kith mcp` on the vault, today fixed so footers are known. */
async function connect(vault: string, ...flags: string[]): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [KITH, "mcp", "--vault", vault, ...flags],
    env: { PATH: process.env.PATH ?? "", KITH_TODAY: TODAY },
    stderr: "pipe",
  });
  const client = new Client({ name: "kith-test", version: "1.0.0" });
  await client.connect(transport);
  open.push(client);
  return client;
}

async function call(client: Client, name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

const textOf = (result: CallToolResult): string => result.content.map((c) => (c.type === "text" ? c.text : "")).join("");

/**
 * Every file of the vault with its text, to show that nothing was written; the plugin's folder
 * (where the people cache is kept) only when asked.
 */
async function snapshot(vault: string, withPluginFolder = false): Promise<Record<string, string>> {
  const files = (await readdir(vault, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  const entries = await Promise.all(files.map(async (f) => [path.relative(vault, path.join(f.parentPath, f.name)), await readFile(path.join(f.parentPath, f.name), "utf8")] as const));
  return Object.fromEntries(entries.filter(([file]) => withPluginFolder || !file.startsWith(".obsidian/plugins/kith/")).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe("kith mcp", () => {
  it("lists every tool, each with a described input schema", async () => {
    const client = await connect(await copyVault());
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...READ_TOOLS, ...WRITE_TOOLS].sort());
    for (const tool of tools) {
      expect(tool.description?.length).toBeGreaterThan(40);
      for (const [name, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
        expect([tool.name, name, typeof (schema as { description?: unknown }).description]).toEqual([tool.name, name, "string"]);
      }
    }
  });

  it("finds, reads and lists people", async () => {
    const client = await connect(await copyVault());
    const found = await call(client, "find_person", { query: "Pri" });
    expect(found.isError).toBeUndefined();
    expect(found.structuredContent).toEqual({
      matches: [{ path: PRIYA, name: "Priya Raman", company: "Contoso Retail", role: "Procurement lead", emails: ["priya.raman@contoso.example"], aliases: ["Pri"], match: "exact" }],
    });
    expect(textOf(found)).toBe(`1 match:\nPriya Raman (${PRIYA})`);

    const person = await call(client, "get_person", { person: "Dana Okafor" });
    expect(textOf(person)).toBe(`Dana Okafor (${DANA})`);
    const data = (person.structuredContent as { person: { name: string; path: string; lastContact: string } }).person;
    expect([data.name, data.path, data.lastContact]).toEqual(["Dana Okafor", DANA, "2026-03-02"]);

    const review = await call(client, "list_people", { needs_review: true });
    expect(textOf(review)).toBe(`1 person:\nDana Okafor (${DANA})`);
    const fabrikam = await call(client, "list_people", { company: "fabrikam" });
    expect((fabrikam.structuredContent as { people: Array<{ name: string }> }).people.map((p) => p.name)).toEqual(["Lee Chen"]);
    const tagged = await call(client, "list_people", { tag: "type" });
    expect((tagged.structuredContent as { people: Array<{ name: string }> }).people.map((p) => p.name)).toEqual(["Dana Okafor", "Lee Chen", "Priya Raman"]);
    const stale = await call(client, "list_people", { stale: true });
    // Lee Chen: no last contact, created 2025-11-03, past the 30 days of the default setting.
    expect((stale.structuredContent as { people: Array<{ name: string; keepInTouch: string }> }).people.map((p) => [p.name, p.keepInTouch])).toEqual([["Lee Chen", "stale"]]);
  });

  it("lists people a page at a time: limit, offset, the total and where the next page starts", async () => {
    const client = await connect(await copyVault());
    const first = await call(client, "list_people", { tag: "type", limit: 2 });
    expect(textOf(first)).toBe(`3 people; 1-2 shown, offset 2 for more:\nDana Okafor (${DANA})\nLee Chen (Contacts/Lee Chen.md)`);
    expect(first.structuredContent).toMatchObject({ total: 3, next_offset: 2 });
    const rest = await call(client, "list_people", { tag: "type", limit: 2, offset: 2 });
    expect(textOf(rest)).toBe("3 people; 3-3 shown:\nPriya Raman (Contacts/Priya Raman.md)");
    expect(rest.structuredContent).toMatchObject({ people: [{ name: "Priya Raman" }], total: 3, next_offset: null });
    const past = await call(client, "list_people", { tag: "type", offset: 9 });
    expect([textOf(past), past.structuredContent]).toEqual(["3 people; none shown past the end:", { people: [], total: 3, next_offset: null }]);
    const tooMany = await call(client, "list_people", { limit: 5000 });
    expect(tooMany.isError).toBe(true);
    const tasks = await call(client, "list_tasks", { limit: 1, offset: 1 });
    expect([textOf(tasks), tasks.structuredContent]).toEqual(["1 open task; none shown past the end:", { tasks: [], total: 1, next_offset: null }]);
  });

  it("lists open tasks, all or a person's", async () => {
    const client = await connect(await copyVault());
    const dana = await call(client, "list_tasks", { person: "Dana Okafor" });
    expect(dana.structuredContent).toEqual({
      tasks: [
        {
          path: "Meetings/2026-03-02 - Pilot scoping call.md",
          line: 13,
          status: " ",
          statusType: "todo",
          description: "Send the cluster sizing sheet to @DanaOkafor",
          text: "Send the cluster sizing sheet to @DanaOkafor 📅 2026-03-09",
          due: "2026-03-09",
          dueInvalid: null,
          owners: ["@DanaOkafor"],
          recurring: false,
          relation: "owns",
        },
      ],
      total: 1,
      next_offset: null,
    });
    const all = await call(client, "list_tasks");
    expect(textOf(all)).toBe("1 open task:\nMeetings/2026-03-02 - Pilot scoping call.md:13 [ ] 2026-03-09 Send the cluster sizing sheet to @DanaOkafor");
  });

  it("adds facts, decisions and topics, each once, changing only their lines", async () => {
    const vault = await copyVault();
    const client = await connect(vault);
    const dana = await fixture(DANA);

    expect(await call(client, "add_key_fact", { person: "Dana Okafor", fact: "Prefers async updates." })).toEqual({
      content: [{ type: "text", text: `Added key fact to ${DANA}` }],
      structuredContent: { path: DANA, changed: true },
    });
    const withFact = swap(dana, ["GCS API later.\n", "GCS API later.\n- Prefers async updates.\n"], FOOTER);
    expect(await note(vault, DANA)).toBe(withFact);
    const again = await call(client, "add_key_fact", { person: DANA, fact: "prefers  async updates" });
    expect(again.structuredContent).toEqual({ path: DANA, changed: false });
    expect(await note(vault, DANA)).toBe(withFact);

    await call(client, "add_topic", { person: "Dana Okafor", topics: ["Budget", "capacity planning"] });
    const withTopic = swap(withFact, ["Capacity planning, Pilot scoping\n", "Capacity planning, Pilot scoping, Budget\n"]);
    expect(await note(vault, DANA)).toBe(withTopic);

    const priya = await fixture(PRIYA);
    expect(textOf(await call(client, "add_key_decision", { person: "Pri", decision: "Three-year option goes to legal" }))).toBe(`Added key decision to ${PRIYA}`);
    expect(await note(vault, PRIYA)).toBe(
      swap(priya, ["## Key Decisions\n\n## Related", "## Key Decisions\n\n- ✅ Three-year option goes to legal\n\n## Related"], ["*Last updated: 2026-02-20*", `*Last updated: ${TODAY}*`]),
    );
  });

  it("sets contact fields: a list-valued field gets the value added unless replace is true", async () => {
    const vault = await copyVault();
    const client = await connect(vault);
    const dana = await fixture(DANA);
    await call(client, "set_contact_field", { person: "Dana Okafor", field: "Email", value: "dana@northwind.example" });
    const one = swap(dana, ["| **Email** | _Unknown_ |", "| **Email** | dana@northwind.example |"], FOOTER);
    expect(await note(vault, DANA)).toBe(one);

    const added = await call(client, "set_contact_field", { person: "dana@northwind.example", field: "e-mail", value: "d.okafor@northwind.example" });
    expect(textOf(added)).toBe(`Added d.okafor@northwind.example to e-mail in ${DANA}`);
    const two = swap(one, ["| dana@northwind.example |", "| dana@northwind.example, d.okafor@northwind.example |"]);
    expect(await note(vault, DANA)).toBe(two);
    expect((await call(client, "set_contact_field", { person: DANA, field: "Email", value: "D.Okafor@northwind.example" })).structuredContent).toEqual({ path: DANA, changed: false });

    await call(client, "set_contact_field", { person: DANA, field: "Email", value: "dana@okafor.example", replace: true });
    const replaced = swap(two, ["| dana@northwind.example, d.okafor@northwind.example |", "| dana@okafor.example |"]);
    expect(await note(vault, DANA)).toBe(replaced);

    await call(client, "set_contact_field", { person: DANA, field: "Location", value: "Leeds" });
    expect(await note(vault, DANA)).toBe(swap(replaced, ["| **Location** | _Unknown_ |", "| **Location** | Leeds |"]));

    // An alias is Obsidian's aliases list, and another one joins it; one another person is known by is refused.
    const located = await note(vault, DANA);
    await call(client, "set_contact_field", { person: DANA, field: "Alias", value: "Dee" });
    await call(client, "set_contact_field", { person: DANA, field: "Aliases", value: "D. Okafor" });
    expect(await note(vault, DANA)).toBe(swap(located, ["- needs-review\n---", "- needs-review\naliases:\n- Dee\n- D. Okafor\n---"]));
    const shared = await call(client, "set_contact_field", { person: DANA, field: "Aliases", value: "Priya Raman" });
    expect([shared.isError, textOf(shared)]).toEqual([true, '"Priya Raman" already names Priya Raman (Contacts/Priya Raman.md): it cannot be an alias of Dana Okafor too. Nothing written.']);
  });

  it("creates a person with fields as `kith person new --field` does; someone who has a note is not created again", async () => {
    const vault = await copyVault();
    const client = await connect(vault);
    const created = await call(client, "create_person", { name: "Alex Kim", fields: { role: "CTO", "E-mail": "alex@tailspin.example", Birthday: " 1990-04-02 ", Notes: "" } });
    expect([textOf(created), created.structuredContent]).toEqual(["Created Contacts/Alex Kim.md", { path: "Contacts/Alex Kim.md", created: true }]);
    const fields = [
      { field: "Role", value: "CTO" },
      { field: "Email", value: "alex@tailspin.example" },
      { field: "Birthday", value: "1990-04-02" },
    ];
    const alex = newPersonNote("Alex Kim", { today: TODAY, fields });
    expect(await note(vault, "Contacts/Alex Kim.md")).toBe(alex);
    // The next call finds the new person, by name and by email.
    expect((await call(client, "find_person", { query: "alex@tailspin.example" })).structuredContent).toMatchObject({ matches: [{ path: "Contacts/Alex Kim.md", role: "CTO" }] });
    const before = await snapshot(vault);
    const again = await call(client, "create_person", { name: "Alexander Kim", fields: { Email: "ALEX@tailspin.example" } });
    expect([textOf(again), again.structuredContent]).toEqual(["Not created: Alex Kim has a note already: Contacts/Alex Kim.md", { path: "Contacts/Alex Kim.md", created: false, existing: "Alex Kim" }]);
    for (const name of ["dana okafor", DANA, "Contacts/Dana Okafor", "Dana Okafor."]) {
      expect((await call(client, "create_person", { name })).structuredContent).toEqual({ path: DANA, created: false, existing: "Dana Okafor" });
    }
    for (const [args, error] of [
      [{ name: "Bo Li", fields: { Phone: "1", mobile: "2" } }, "Phone is given twice (in two spellings); give it once."],
      [{ name: "Bo Li", fields: { Birthday: "1990-01-01", birthday: "1991-02-02" } }, "birthday is given twice (in two spellings); give it once."],
      [{ name: "Bo Li", fields: { Tags: "vip" } }, 'Tags is not a contact field: the note\'s own "tags" property means something else to Kith and Obsidian. Edit it in the note\'s Properties.'],
      [{ name: "Bo Li", fields: { Aliases: "Dana Okafor" } }, '"Dana Okafor" already names Dana Okafor (Contacts/Dana Okafor.md): it cannot be an alias of Bo Li too. Nothing written.'],
      [{ name: "Dana Okafor.md" }, '"Dana Okafor.md" is a file name: give the person\'s name, without .md.'],
      [{ name: "[[Bo Li]]" }, '"[[Bo Li]]" holds [[ or ]], which make a link: give the person\'s name itself.'],
      [{ name: "Bo Li", fields: { "Ro|le": "CTO" } }, '"Ro|le" is not a contact field name.'],
      [{ name: "Bo\u0007Li" }, '"Bo<U+0007>Li" cannot be a name: it contains U+0007 (a control character), which is invisible. Type the name without it.'],
      [{ name: " " }, '" " cannot be a file name: nothing is left once unsafe characters are removed.'],
    ] as const) {
      const refused = await call(client, "create_person", args);
      expect([refused.isError, textOf(refused)]).toEqual([true, error]);
    }
    expect(await snapshot(vault)).toEqual(before);
  });

  it("lists the key dates coming up, soonest first, a page at a time", async () => {
    const vault = await copyVault();
    const client = await connect(vault);
    expect(textOf(await call(client, "list_dates", {}))).toBe("No key dates in the next 30 days.");
    await call(client, "create_person", { name: "Alex Kim", fields: { Birthday: "1990-03-15" } });
    await call(client, "create_person", { name: "Bo Li", fields: { Anniversary: "--03-10", Birthday: "2001-04-20" } });
    const soon = await call(client, "list_dates", {});
    expect(textOf(soon)).toBe("2 dates:\nBo Li: Anniversary: 2026-03-10 (today) (Contacts/Bo Li.md)\nAlex Kim: Birthday, turns 36: 2026-03-15 (in 5 days) (Contacts/Alex Kim.md)");
    expect(soon.structuredContent).toEqual({
      dates: [
        { name: "Bo Li", path: "Contacts/Bo Li.md", key: "anniversary", label: "Anniversary", date: "2026-03-10", value: "--03-10", years: null },
        { name: "Alex Kim", path: "Contacts/Alex Kim.md", key: "birthday", label: "Birthday", date: "2026-03-15", value: "1990-03-15", years: 36 },
      ],
      total: 2,
      next_offset: null,
    });
    expect(textOf(await call(client, "list_dates", { days: 0 }))).toBe("1 date:\nBo Li: Anniversary: 2026-03-10 (today) (Contacts/Bo Li.md)");
    const year = await call(client, "list_dates", { days: 60, limit: 2, offset: 1 });
    expect([textOf(year), (year.structuredContent as { next_offset: unknown }).next_offset]).toEqual([
      "3 dates; 2-3 shown:\nAlex Kim: Birthday, turns 36: 2026-03-15 (in 5 days) (Contacts/Alex Kim.md)\nBo Li: Birthday, turns 25: 2026-04-20 (in 41 days) (Contacts/Bo Li.md)",
      null,
    ]);
    expect((await call(client, "list_dates", { days: -1 })).isError).toBe(true);
  });

  it("logs an interaction: a Recent Context line and last_contact moved forward", async () => {
    const vault = await copyVault();
    const client = await connect(vault);
    const dana = await fixture(DANA);
    const logged = await call(client, "log_interaction", { person: "Dana Okafor", summary: "Caught up on the pilot's first week.", date: "2026-03-06", via: "Northwind" });
    expect(textOf(logged)).toBe(`Logged the interaction in ${DANA}`);
    const after = swap(
      dana,
      ["last_contact: '2026-03-02'", "last_contact: '2026-03-06'"],
      ["## Recent Context\n\n", "## Recent Context\n\n- 2026-03-06: Caught up on the pilot's first week. (via Northwind)\n"],
      FOOTER,
    );
    expect(await note(vault, DANA)).toBe(after);
    const again = await call(client, "log_interaction", { person: "Dana Okafor", summary: "Caught up on the pilot's first week.", date: "2026-03-06", via: "Northwind" });
    expect(again.structuredContent).toEqual({ path: DANA, changed: false });
    expect(await note(vault, DANA)).toBe(after);
  });

  it("plans a recap without writing, applies it with a journal, and undoes it", async () => {
    const vault = await copyVault();
    const client = await connect(vault);
    const before = await snapshot(vault);
    const recap = { date: "2026-03-09", title: "Sizing review", attendees: ["Dana Okafor", "Priya Raman"], summary: "Reviewed the cluster sizing.", facts: ["Dana Okafor: Owns the sizing sheet."], topics: ["Sizing"] };

    const planned = await call(client, "plan_recap", { recap });
    expect(planned.isError).toBeUndefined();
    const plan = planned.structuredContent as { meetingPath: string; diff: string; attendees: unknown[]; notes: Array<{ path: string }> };
    expect(plan.attendees).toEqual([
      { name: "Dana Okafor", status: "matched", path: DANA, candidates: [] },
      { name: "Priya Raman", status: "matched", path: PRIYA, candidates: [] },
    ]);
    expect(plan.notes.map((n) => n.path)).toEqual([DANA, PRIYA]);
    expect(plan.diff).toContain(`--- /dev/null\n+++ b/${plan.meetingPath}\n`);
    expect(plan.diff).toContain(`--- a/${DANA}\n+++ b/${DANA}\n`);
    expect(plan.diff).toContain("\n+- Owns the sizing sheet.\n");
    expect(await snapshot(vault)).toEqual(before);

    const applied = await call(client, "apply_recap", { recap });
    expect(textOf(applied)).toBe(`created ${plan.meetingPath}\nupdated ${DANA}\nupdated ${PRIYA}\n2 updated, 1 created, 0 failed`);
    const dana = await note(vault, DANA);
    expect(dana).toContain(`\n- 2026-03-09: [[${path.basename(plan.meetingPath, ".md")}]] - Reviewed the cluster sizing.\n`);
    expect(dana).toContain("GCS API later.\n- Owns the sizing sheet.\n");
    expect(await note(vault, PRIYA)).not.toContain("Owns the sizing sheet.");
    expect(await note(vault, plan.meetingPath)).toContain("Sizing review");
    expect(await readFile(path.join(vault, ".obsidian/plugins/kith/last-recap.jsonl"), "utf8")).toContain(DANA);

    const again = await call(client, "apply_recap", { recap });
    expect(textOf(again)).toBe(`unchanged ${plan.meetingPath}\nunchanged ${DANA}\nunchanged ${PRIYA}\n0 updated, 0 created, 0 failed`);

    const undone = await call(client, "undo_recap");
    expect(textOf(undone)).toBe(`restored ${PRIYA}\nrestored ${DANA}\nremoved ${plan.meetingPath} (moved to .trash)\n2 restored, 1 removed, 0 skipped`);
    const after = await snapshot(vault);
    expect(Object.fromEntries(Object.entries(after).filter(([file]) => !file.startsWith(".trash/")))).toEqual(before);
    expect(textOf(await call(client, "undo_recap"))).toBe("No recap to undo.");
  });

  it("refuses an ambiguous name with its candidates, as a tool error, and the server carries on", async () => {
    const vault = await copyVault();
    const twin = "Contacts/Dana Okafor (Northwind).md";
    await writeFile(path.join(vault, twin), await fixture(DANA));
    const client = await connect(vault);
    const before = await snapshot(vault);
    expect(await call(client, "add_key_fact", { person: "Dana Okafor", fact: "x" })).toEqual({
      content: [{ type: "text", text: `"Dana Okafor" names 2 people: Dana Okafor (${twin}), Dana Okafor (${DANA}).` }],
      isError: true,
    });
    const recap = await call(client, "plan_recap", { recap: { date: "2026-03-09", title: "Review", attendees: ["Dana Okafor"] } });
    expect(recap.isError).toBe(true);
    expect(textOf(recap)).toBe(
      `The recap cannot be applied; nothing was written.\n"Dana Okafor" could be: Dana Okafor (${twin}), Dana Okafor (${DANA}). Say who in map: {"Dana Okafor": "PATH"}.`,
    );
    expect(await snapshot(vault)).toEqual(before);
    const mapped = await call(client, "apply_recap", { recap: { date: "2026-03-09", title: "Review", attendees: ["Dana Okafor"], summary: "Met." }, map: { "Dana Okafor": twin } });
    expect(textOf(mapped)).toContain(`updated ${twin}\n`);
    expect(await note(vault, DANA)).toBe(await fixture(DANA));
  });

  it("refuses malformed notes, paths outside the vault and bad dates, as tool errors", async () => {
    const vault = await copyVault();
    const client = await connect(vault);
    const before = await snapshot(vault);
    const malformed = await call(client, "add_key_fact", { person: MORGAN, fact: "x" });
    expect([malformed.isError, textOf(malformed)]).toEqual([true, `${MORGAN}: Malformed frontmatter at line 5: missed comma between flow collection entries`]);
    const outside = await call(client, "get_person", { person: "../outside.md" });
    expect([outside.isError, textOf(outside)]).toEqual([true, "../outside.md is outside the vault."]);
    const absolute = await call(client, "add_key_fact", { person: "/etc/passwd.md", fact: "x" });
    expect([absolute.isError, textOf(absolute)]).toEqual([true, "/etc/passwd.md is an absolute path; give a path inside the vault."]);
    const badDate = await call(client, "log_interaction", { person: DANA, summary: "x", date: "2026-13-45" });
    expect([badDate.isError, textOf(badDate)]).toEqual([true, '"2026-13-45" is not a date (YYYY-MM-DD).']);
    expect(await snapshot(vault)).toEqual(before);
    expect((await call(client, "find_person", { query: "Lee Chen" })).isError).toBeUndefined();
  });

  it("--read-only lists no write tool and refuses one called anyway, writing nothing, not even the people cache", async () => {
    const vault = await copyVault();
    const before = await snapshot(vault, true);
    const client = await connect(vault, "--read-only");
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...READ_TOOLS].sort());
    for (const name of WRITE_TOOLS) {
      const refused = await call(client, name, { person: DANA, fact: "x" });
      expect(refused).toEqual({ content: [{ type: "text", text: `kith mcp runs with --read-only: ${name} writes to the vault, so it is refused; nothing was written.` }], isError: true });
    }
    expect((await call(client, "get_person", { person: DANA })).isError).toBeUndefined();
    expect((await call(client, "find_person", { query: "Lee Chen" })).isError).toBeUndefined();
    expect(await snapshot(vault, true)).toEqual(before);
    // A server that may write keeps the cache on disk for the next process.
    const writer = await connect(vault);
    expect((await call(writer, "find_person", { query: "Lee Chen" })).isError).toBeUndefined();
    expect(Object.keys(await snapshot(vault, true)).filter((file) => !(file in before))).toEqual([".obsidian/plugins/kith/people-cache.json"]);
  });

  it("sees a note changed on disk between two calls", async () => {
    const vault = await copyVault();
    const client = await connect(vault);
    expect((await call(client, "find_person", { query: "Lee Chen" })).structuredContent).toMatchObject({ matches: [{ company: "Fabrikam" }] });
    const file = path.join(vault, "Contacts/Lee Chen.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("| **Company** | Fabrikam |", "| **Company** | Tailspin Toys |"));
    expect((await call(client, "find_person", { query: "Lee Chen" })).structuredContent).toMatchObject({ matches: [{ company: "Tailspin Toys" }] });
    const person = await call(client, "get_person", { person: "Lee Chen" });
    expect((person.structuredContent as { person: { contact: Record<string, string> } }).person.contact.Company).toBe("Tailspin Toys");

    // A note added, then removed, by another program.
    const added = path.join(vault, "Contacts/Noor Haddad.md");
    await writeFile(added, "---\ntype: people\ntitle: Noor Haddad\n---\n\n# Noor Haddad\n");
    expect(textOf(await call(client, "find_person", { query: "Noor Haddad" }))).toBe("1 match:\nNoor Haddad (Contacts/Noor Haddad.md)");
    await rm(added);
    expect(textOf(await call(client, "find_person", { query: "Noor Haddad" }))).toBe('No person note matches "Noor Haddad".');
  });

  it("writes the cache file once it is 200 notes behind what the server learned over its calls", async () => {
    const vault = await copyVault();
    await sleep(2100);
    const client = await connect(vault);
    const cache = path.join(vault, ".obsidian/plugins/kith/people-cache.json");
    await call(client, "find_person", { query: "Lee Chen" });
    const written = await readFile(cache, "utf8");
    const meetings = async (from: number, to: number): Promise<void> => {
      for (let i = from; i < to; i++) await writeFile(path.join(vault, `Meetings/Note ${i}.md`), `# Note ${i}\n`);
      await sleep(2100);
    };
    await meetings(0, 150);
    await call(client, "find_person", { query: "Lee Chen" });
    expect(await readFile(cache, "utf8")).toBe(written);
    await meetings(150, 200);
    await call(client, "find_person", { query: "Lee Chen" });
    expect(await readFile(cache, "utf8")).toContain('"Note 199.md"');
  });

  it("reads the people again when the settings change who is a person (the people folder)", async () => {
    const vault = await copyVault();
    await mkdir(path.join(vault, "Other"));
    await writeFile(path.join(vault, "Other/Zed Quill.md"), "# Zed Quill\n\nA person.\n");
    // Notes changed in the last 2 s are read on every call, never kept: wait that out, so the server keeps them.
    await sleep(2100);
    const client = await connect(vault);
    expect(textOf(await call(client, "find_person", { query: "Zed Quill" }))).toBe('No person note matches "Zed Quill".');
    const settings = path.join(vault, ".obsidian/plugins/kith/data.json");
    await writeFile(settings, (await readFile(settings, "utf8")).replace('"peopleFolder": "Contacts"', '"peopleFolder": "Other"'));
    expect(textOf(await call(client, "find_person", { query: "Zed Quill" }))).toBe("1 match:\nZed Quill (Other/Zed Quill.md)");
  });
});
