import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadSettings, parsePerson, personRules } from "../../src/core";
import { FIXTURE_VAULT, fixture, kith, settingsFile } from "./run-kith";

describe("kith person list", () => {
  it("prints name<TAB>path sorted by name, skipping malformed and non-person notes", async () => {
    expect(await kith(FIXTURE_VAULT, "person", "list")).toEqual({
      status: 0,
      stdout: "Dana Okafor\tContacts/Dana Okafor.md\nLee Chen\tContacts/Lee Chen.md\nPriya Raman\tContacts/Priya Raman.md\n",
      stderr: "",
    });
  });

  it("prints JSON with path, name, aliases, emails, role and company", async () => {
    const run = await kith(FIXTURE_VAULT, "person", "list", "--json");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        path: "Contacts/Dana Okafor.md",
        name: "Dana Okafor",
        aliases: [],
        emails: [],
        role: "Head of data platform (owns the lakehouse roadmap)",
        company: "Northwind Foods",
      },
      { path: "Contacts/Lee Chen.md", name: "Lee Chen", aliases: [], emails: [], role: "Staff engineer", company: "Fabrikam" },
      {
        path: "Contacts/Priya Raman.md",
        name: "Priya Raman",
        aliases: ["Pri"],
        emails: ["priya.raman@contoso.example"],
        role: "Procurement lead",
        company: "Contoso Retail",
      },
    ]);
  });
});

describe("kith person show", () => {
  it("--json prints exactly what parsePerson returns, with the vault's settings", async () => {
    const settings = loadSettings(JSON.parse(await readFile(settingsFile(FIXTURE_VAULT), "utf8")));
    for (const [query, file] of [
      ["Pri", "Contacts/Priya Raman.md"],
      ["Contacts/Lee Chen.md", "Contacts/Lee Chen.md"],
    ] as const) {
      const run = await kith(FIXTURE_VAULT, "person", "show", query, "--json");
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout)).toEqual(parsePerson(await fixture(file), file, personRules(settings)));
    }
  });

  it("prints a readable summary", async () => {
    expect((await kith(FIXTURE_VAULT, "person", "show", "dana okafor")).stdout).toBe(
      [
        "Dana Okafor",
        "  Contacts/Dana Okafor.md",
        "  Head of data platform (owns the lakehouse roadmap) at Northwind Foods",
        "  Last contact: 2026-03-02",
        "  Needs review (created automatically)",
        "",
        "Key facts:",
        "  - Runs two data centres active-active, 40 ms apart.",
        "  - Wants an S3-compatible endpoint first; GCS API later.",
        "",
        "Key decisions:",
        "  - Run the pilot on real workloads, not synthetic benchmarks.",
        "  - Send consolidated questions before the design session.",
        "",
        "Topics: Lakehouse replication, Capacity planning, Pilot scoping",
        "",
        "Recent context:",
        "  - 2026-03-02: [[2026-03-02 - Pilot scoping call with the Northwind data platform team]] - Scoped the pilot to two clusters and real Spark jobs, a... (via Northwind)",
        "  - 2026-02-11: [[2026-02-11 - Intro call]] - First call; agreed to a design session in March. (via Sam Reyes)",
        "",
      ].join("\n"),
    );
  });
});
