import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { MOST_UPCOMING_DAYS, UPCOMING_DAYS, parsePerson, peopleRow, upcomingDateText, upcomingDates, type PeopleRow, type PersonEntry } from "../../core";
import { findPersonPath, inNote, readPersonNote } from "../commands/find-person";
import { loadPeople } from "../people";
import type { VaultContext } from "../vault";
import { PERSON } from "./schemas";
import { PAGE_INPUT, pageOf, pageText } from "./paging";
import { guarded, plain, toolResult } from "./tool-result";

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** One person as find_person and list_people give them. */
function brief(entry: PersonEntry): { path: string; name: string; company: string | null; role: string | null; emails: string[]; aliases: string[] } {
  const { path, name, company, role, emails, aliases } = entry;
  return { path, name, company, role, emails, aliases };
}

const lines = (rows: ReadonlyArray<{ name: string; path: string }>): string => rows.map((r) => `${r.name} (${r.path})`).join("\n");

/** What list_people may keep, each filter optional. */
interface PeopleFilter {
  tag?: string;
  company?: string;
  needs_review?: boolean;
  stale?: boolean;
}

/** Whether a row passes every filter given: a tag as the people view reads it (`work` keeps `work/acme`), a company by its words in any case. */
function keeps(row: PeopleRow, filter: PeopleFilter): boolean {
  const tag = filter.tag?.replace(/^#/, "").toLowerCase();
  const company = filter.company?.trim().toLowerCase();
  return (
    (tag === undefined || row.tags.some((t) => t === tag || t.startsWith(`${tag}/`))) &&
    (company === undefined || row.company.toLowerCase().includes(company)) &&
    (filter.needs_review === undefined || row.needsReview === filter.needs_review) &&
    (filter.stale === undefined || (row.keepInTouch === "stale") === filter.stale)
  );
}

/** The tools that read people: find_person, get_person, list_people, list_dates. */
export function registerPeopleTools(server: McpServer, ctx: VaultContext): void {
  server.registerTool(
    "find_person",
    {
      title: "Find a person",
      description:
        "Finds the person notes a name, alias, email or file name points to. Exact matches come first; a first name alone gives partial matches. Use the path it returns as `person` in the other tools when a name is shared.",
      inputSchema: { query: z.string().min(1).describe("A full name, alias, email address or file name, e.g. \"Dana Okafor\" or \"dana@northwind.example\".") },
      annotations: { readOnlyHint: true },
    },
    ({ query }) =>
      guarded(ctx, async () => {
        const index = await loadPeople(ctx);
        const byPath = index.get(query) ?? index.get(`${query}.md`);
        const { exact, partial } = byPath ? { exact: [byPath], partial: [] } : index.match(query);
        const matches = [...exact.map((e) => ({ ...brief(e), match: "exact" })), ...partial.map((e) => ({ ...brief(e), match: "partial" }))];
        const text = matches.length === 0 ? `No person note matches "${query}".` : `${matches.length} match${matches.length === 1 ? "" : "es"}:\n${lines(matches)}`;
        return toolResult(text, { matches });
      }),
  );

  server.registerTool(
    "get_person",
    {
      title: "Get a person",
      description:
        "Reads one person note as data, as `kith person show --json` prints it: name, aliases, contact fields wherever the note keeps them, last contact, tags, key facts, key decisions, topics and recent context.",
      inputSchema: { person: PERSON },
      annotations: { readOnlyHint: true },
    },
    ({ person }) =>
      guarded(ctx, async () => {
        const path = await findPersonPath(ctx, person);
        const parsed = await inNote(path, async () => parsePerson(await readPersonNote(ctx, path), path, ctx.rules));
        return toolResult(`${parsed.name} (${path})`, { person: plain(parsed) });
      }),
  );

  server.registerTool(
    "list_people",
    {
      title: "List people",
      description:
        "Lists the vault's people by name, each with path, company, role, emails, last contact, tags, review flag and keep-in-touch state. Every filter is optional; filters given must all hold. Gives 100 at a time unless limit says otherwise: total is how many match, next_offset (when not null) the offset for the rest.",
      inputSchema: {
        tag: z.string().optional().describe("Keep people with this frontmatter tag (without #); a parent tag keeps its nested tags (work keeps work/acme)."),
        company: z.string().optional().describe("Keep people whose company contains this text, in any case."),
        needs_review: z.boolean().optional().describe("true: only notes made by automation and still tagged needs-review; false: only the others."),
        stale: z.boolean().optional().describe("true: only people not contacted for longer than their keep-in-touch days (the vault's setting, else the note's keep_in_touch); false: only the others."),
        ...PAGE_INPUT,
      },
      annotations: { readOnlyHint: true },
    },
    ({ limit, offset, ...filter }) =>
      guarded(ctx, async () => {
        const index = await loadPeople(ctx);
        const entries = [...index.entries()].sort((a, b) => byName.compare(a.name, b.name) || (a.path < b.path ? -1 : 1));
        const people = entries.flatMap((entry) => {
          const row = peopleRow(entry, ctx.today, ctx.settings.staleDays);
          if (!keeps(row, filter)) return [];
          return [{ ...brief(entry), lastContact: row.lastContact, tags: entry.tags, needsReview: row.needsReview, keepInTouch: row.keepInTouch, overdueDays: row.overdueDays }];
        });
        const page = pageOf(people, limit, offset);
        const text = people.length === 0 ? "No people match." : pageText(page, "person", "people", (r) => `${r.name} (${r.path})`);
        return toolResult(text, { people: plain(page.rows), total: page.total, next_offset: page.nextOffset });
      }),
  );

  server.registerTool(
    "list_dates",
    {
      title: "List upcoming key dates",
      description:
        "Lists birthdays, anniversaries and the other key dates the vault's settings name, from today through `days` days ahead, soonest first, as `kith dates` does: each with the person, the date it next falls on, what it is, and the years it marks when the note gives the year.",
      inputSchema: {
        days: z.number().int().min(0).max(MOST_UPCOMING_DAYS).optional().describe(`How many days ahead, 0 for today only (default ${UPCOMING_DAYS}).`),
        ...PAGE_INPUT,
      },
      annotations: { readOnlyHint: true },
    },
    ({ days, limit, offset }) =>
      guarded(ctx, async () => {
        const index = await loadPeople(ctx);
        const within = days ?? UPCOMING_DAYS;
        const dates = upcomingDates(index.entries(), ctx.today, within);
        const page = pageOf(dates, limit, offset);
        const none = within === 0 ? "No key dates today." : `No key dates in the next ${within} ${within === 1 ? "day" : "days"}.`;
        const text = dates.length === 0 ? none : pageText(page, "date", "dates", (d) => `${d.name}: ${upcomingDateText(d, ctx.today, "YYYY-MM-DD")} (${d.path})`);
        return toolResult(text, { dates: plain(page.rows), total: page.total, next_offset: page.nextOffset });
      }),
  );
}
