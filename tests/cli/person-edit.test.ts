import { lstat, mkdir, readlink, rename, symlink } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyVault, fixture, kith, note, swap, today } from "./run-kith";

const DANA = "Contacts/Dana Okafor.md";
const PRIYA = "Contacts/Priya Raman.md";
const LEE = "Contacts/Lee Chen.md";

describe("kith person edits", () => {
  it("add-fact appends a bullet and stamps the footer; the same fact again changes nothing", async () => {
    const vault = await copyVault();
    const before = await fixture(DANA);
    const run = await kith(vault, "person", "add-fact", "Dana Okafor", "Prefers async updates.");
    expect(run).toEqual({ status: 0, stdout: `Added key fact to ${DANA}\n`, stderr: "" });
    const after = swap(
      before,
      ["- Wants an S3-compatible endpoint first; GCS API later.\n", "- Wants an S3-compatible endpoint first; GCS API later.\n- Prefers async updates.\n"],
      ["*Last updated: *", `*Last updated: ${today()}*`],
    );
    expect(await note(vault, DANA)).toBe(after);

    const again = await kith(vault, "person", "add-fact", "dana okafor", "prefers  async updates");
    expect(again).toEqual({ status: 0, stdout: `No change: ${DANA} already has that key fact\n`, stderr: "" });
    expect(await note(vault, DANA)).toBe(after);
  });

  it("add-fact keeps CRLF line endings", async () => {
    const vault = await copyVault();
    const before = await fixture(LEE);
    expect(before).toContain("\r\n# Lee Chen\r\n");
    expect((await kith(vault, "person", "add-fact", "Chen, Lee", "Moved to the Oslo office.")).status).toBe(0);
    expect(await note(vault, LEE)).toBe(
      swap(
        before,
        ["- Writes Rust and Go.\r\n", "- Writes Rust and Go.\r\n- Moved to the Oslo office.\r\n"],
        ["*Last updated: 2026-01-20*", `*Last updated: ${today()}*`],
      ),
    );
  });

  it("add-decision fills an empty Key Decisions section, found by alias", async () => {
    const vault = await copyVault();
    const before = await fixture(PRIYA);
    const run = await kith(vault, "person", "add-decision", "Pri", "Three-year option goes to legal");
    expect(run).toEqual({ status: 0, stdout: `Added key decision to ${PRIYA}\n`, stderr: "" });
    expect(await note(vault, PRIYA)).toBe(
      swap(
        before,
        ["## Key Decisions\n\n## Related", "## Key Decisions\n\n- ✅ Three-year option goes to legal\n\n## Related"],
        ["*Last updated: 2026-02-20*", `*Last updated: ${today()}*`],
      ),
    );
  });

  it("add-decision de-duplicates against existing check-marked decisions", async () => {
    const vault = await copyVault();
    const run = await kith(vault, "person", "add-decision", DANA, "run the pilot on real workloads, not synthetic benchmarks");
    expect(run).toEqual({ status: 0, stdout: `No change: ${DANA} already has that key decision\n`, stderr: "" });
    expect(await note(vault, DANA)).toBe(await fixture(DANA));
  });

  it("add-topic appends only new topics, found by email", async () => {
    const vault = await copyVault();
    const before = await fixture(PRIYA);
    const run = await kith(vault, "person", "add-topic", "PRIYA.RAMAN@contoso.example", "Pricing, contract renewal");
    expect(run).toEqual({ status: 0, stdout: `Added topic to ${PRIYA}\n`, stderr: "" });
    const after = swap(
      before,
      ["\nContract renewal\n", "\nContract renewal, Pricing\n"],
      ["*Last updated: 2026-02-20*", `*Last updated: ${today()}*`],
    );
    expect(await note(vault, PRIYA)).toBe(after);
    expect((await kith(vault, "person", "add-topic", "Pri", "pricing")).stdout).toBe(`No change: ${PRIYA} already has that topic\n`);
    expect(await note(vault, PRIYA)).toBe(after);
  });

  it("set-field changes one cell, and adds a missing row in a CRLF note", async () => {
    const vault = await copyVault();
    const priya = await fixture(PRIYA);
    expect((await kith(vault, "person", "set-field", "Priya Raman", "Location", "York")).stdout).toBe(`Set Location in ${PRIYA}\n`);
    expect(await note(vault, PRIYA)).toBe(
      swap(priya, ["| **Location** | Leeds |", "| **Location** | York |"], ["*Last updated: 2026-02-20*", `*Last updated: ${today()}*`]),
    );
    expect((await kith(vault, "person", "set-field", "Priya Raman", "location", "York")).stdout).toBe(
      `No change: location in ${PRIYA} already has that value\n`,
    );

    const lee = await fixture(LEE);
    expect((await kith(vault, "person", "set-field", "Lee Chen", "Phone", "+47 555 0100")).status).toBe(0);
    expect(await note(vault, LEE)).toBe(
      swap(
        lee,
        ["| **Email** | _Unknown_ |\r\n", "| **Email** | _Unknown_ |\r\n| **Phone** | +47 555 0100 |\r\n"],
        ["*Last updated: 2026-01-20*", `*Last updated: ${today()}*`],
      ),
    );
  });

  it("set-field refuses an alias another person is known by, writing nothing; any other alias is the aliases list", async () => {
    const vault = await copyVault();
    const dana = await fixture(DANA);
    for (const alias of ["priya raman", "Pri", "PRIYA RAMAN"]) {
      const refused = await kith(vault, "person", "set-field", DANA, "Aliases", alias);
      expect(refused).toEqual({ status: 2, stdout: "", stderr: `kith: "${alias}" already names Priya Raman (${PRIYA}): it cannot be an alias of Dana Okafor too. Nothing written.\n` });
    }
    expect(await note(vault, DANA)).toBe(dana);
    expect((await kith(vault, "person", "set-field", "Dana Okafor", "alias", "Dee")).stdout).toBe(`Set alias in ${DANA}\n`);
    expect(await note(vault, DANA)).toBe(swap(dana, ["- needs-review\n---", "- needs-review\naliases:\n- Dee\n---"], ["*Last updated: *", `*Last updated: ${today()}*`]));
    expect((await kith(vault, "person", "set-field", "Dee", "Aliases", "Dee")).stdout).toBe(`No change: Aliases in ${DANA} already has that value\n`);
  });

  it("touch moves last_contact forward only, quoting it the way the note quotes dates", async () => {
    const vault = await copyVault();
    const dana = await fixture(DANA);
    expect((await kith(vault, "person", "touch", "Dana Okafor", "--date", "2026-03-10")).stdout).toBe(`Set last contact to 2026-03-10 in ${DANA}\n`);
    const after = swap(dana, ["last_contact: '2026-03-02'", "last_contact: '2026-03-10'"], ["*Last updated: *", `*Last updated: ${today()}*`]);
    expect(await note(vault, DANA)).toBe(after);
    expect(await kith(vault, "person", "touch", "Dana Okafor", "--date", "2026-03-01")).toEqual({
      status: 0,
      stdout: `No change: ${DANA} already has last contact on or after 2026-03-01\n`,
      stderr: "",
    });
    expect(await note(vault, DANA)).toBe(after);

    // Lee's note has no last_contact and an unquoted created date.
    const lee = await fixture(LEE);
    expect((await kith(vault, "person", "touch", LEE, "--date", "2026-02-01")).status).toBe(0);
    expect(await note(vault, LEE)).toBe(
      swap(lee, ["created: 2025-11-03\r\n", "created: 2025-11-03\r\nlast_contact: 2026-02-01\r\n"], ["*Last updated: 2026-01-20*", `*Last updated: ${today()}*`]),
    );
  });

  it("touch refuses a date that is not a date", async () => {
    const vault = await copyVault();
    expect(await kith(vault, "person", "touch", "Dana Okafor", "--date", "2026-02-30")).toEqual({
      status: 2,
      stdout: "",
      stderr: 'kith: "2026-02-30" is not a date (YYYY-MM-DD).\n',
    });
    expect(await note(vault, DANA)).toBe(await fixture(DANA));
  });

  it("edits a symlinked note through its target: the link stays a link", async () => {
    const vault = await copyVault();
    // The real file sits in a dot-folder, which the people index does not walk, so the name stays unique.
    await mkdir(path.join(vault, ".store"));
    await rename(path.join(vault, PRIYA), path.join(vault, ".store/priya.md"));
    await symlink("../.store/priya.md", path.join(vault, PRIYA));
    expect((await kith(vault, "person", "add-fact", "Priya Raman", "Has a dog called Biscuit.")).stdout).toBe(`Added key fact to ${PRIYA}
`);
    expect((await lstat(path.join(vault, PRIYA))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(vault, PRIYA))).toBe("../.store/priya.md");
    expect(await note(vault, ".store/priya.md")).toBe(
      swap(
        await fixture(PRIYA),
        ["- Budget year starts in April.\n", "- Budget year starts in April.\n- Has a dog called Biscuit.\n"],
        ["*Last updated: 2026-02-20*", `*Last updated: ${today()}*`],
      ),
    );
  });
});
