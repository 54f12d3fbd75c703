/**
 * kith calendar list / note on the ICS fixtures (tests/fixtures/calendar) and on a local HTTP
 * server, with TZ set so results do not hang on the machine's zone.
 */
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPersonNote } from "../../src/core";
import { KITH, settingsFile, tempDir, type Run } from "./run-kith";

const ICS = (file: string): string => fileURLToPath(new URL(`../fixtures/calendar/${file}`, import.meta.url));
const GOOGLE_UID = "7kq2v1data0sync@google.com";

function kithIn(tz: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [KITH, ...args], { encoding: "utf8", env: { ...process.env, TZ: tz } }, (_error, stdout, stderr) => {
      resolve({ status: child.exitCode, stdout, stderr });
    });
  });
}
const kith = (...args: string[]): Promise<Run> => kithIn("Europe/Stockholm", ...args);

/** A vault with Dana (her email in the contact table), Sam (no email), two Anas, and your email in the settings. */
async function vault(): Promise<string> {
  const dir = await tempDir();
  await mkdir(path.join(dir, "People"), { recursive: true });
  const people: Array<[string, string | null]> = [
    ["Dana Okafor", "dana.okafor@northwind.example"],
    ["Sam Reyes", null],
    ["Ana Lima", null],
    ["Ana Costa", null],
  ];
  for (const [name, email] of people) await writeFile(path.join(dir, "People", `${name}.md`), newPersonNote(name, { today: "2026-02-01", email }));
  await mkdir(path.dirname(settingsFile(dir)), { recursive: true });
  await writeFile(settingsFile(dir), JSON.stringify({ myName: "Robin Berg", myEmails: ["me@kith.example"] }));
  return dir;
}

let dir: string;
beforeAll(async () => {
  dir = await vault();
});

describe("kith calendar list", () => {
  it("prints the day's events with their attendees matched, as JSON", async () => {
    const run = await kith("calendar", "list", "--ics", ICS("google.ics"), "--date", "2026-03-03", "--vault", dir, "--json");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        uid: GOOGLE_UID,
        title: "Data platform sync",
        start: "2026-03-03T10:00:00+01:00",
        end: "2026-03-03T10:30:00+01:00",
        allDay: false,
        location: "Stockholm-4-Fika (6)",
        attendees: [
          { name: "Sam Reyes", email: "sam@northwind.example", status: "accepted", role: "req-participant", person: "People/Sam Reyes.md", match: "name" },
          { name: "Dana Okafor", email: "dana.okafor@northwind.example", status: "accepted", role: "req-participant", person: "People/Dana Okafor.md", match: "email" },
          { name: "Priya Raman", email: "priya@northwind.example", status: "declined", role: "opt-participant", person: null, match: "new" },
          { name: "teodor.vasilescu@partner.example", email: "teodor.vasilescu@partner.example", status: "needs-action", role: "req-participant", person: null, match: "new" },
        ],
      },
    ]);
  });

  it("reads --date in the local zone (TZ): the Outlook meeting at 14:30 in Stockholm is 08:30 in New York", async () => {
    const run = await kithIn("America/New_York", "calendar", "list", "--ics", ICS("outlook.ics"), "--date", "2026-03-03", "--vault", dir);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      [
        "2026-03-03T08:30:00-05:00\t2026-03-03T09:30:00-05:00\tQuarterly review\t040000008200E00074C5B7101A82E0080000000010A3C2F1A1A9DC01000000000000000010000000C3A4F1D2E5B6A74C9B0E1F2A3B4C5D6E",
        "  Ana Lúcia Ferreira <ana.ferreira@contoso.example>\taccepted\tchair\tnew",
        "  Dana Okafor <dana.okafor@northwind.example>\tneeds-action\treq-participant\tPeople/Dana Okafor.md",
        "  Ana <ana@fabrikam.example>\ttentative\topt-participant\tcould be People/Ana Costa.md, People/Ana Lima.md",
        "2026-03-03T17:30:00-05:00\t2026-03-03T18:30:00-05:00\tLate call with Lagos\t040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC01000000000000000010000000112233445566778899AABBCCDDEEFF00",
        "  Ana Lúcia Ferreira <ana.ferreira@contoso.example>\taccepted\tchair\tnew",
        "",
      ].join("\n"),
    );
  });

  it.each([
    { what: "a date that is not one", args: ["--date", "2026-02-30"], message: 'kith: --date "2026-02-30" is not a date (YYYY-MM-DD).\n' },
    { what: "no --ics", args: [], message: "kith: missing --ics FILE|URL: the calendar to read.\n" },
  ])("refuses $what", async ({ args, message }) => {
    const run = await kith("calendar", "list", ...(args.length > 0 ? ["--ics", ICS("google.ics")] : []), ...args, "--vault", dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(message);
  });
});

describe("kith calendar note", () => {
  it("writes the moved occurrence's meeting note, which recap apply then reads", async () => {
    const own = await vault();
    const run = await kith("calendar", "note", "--ics", ICS("google.ics"), "--uid", GOOGLE_UID, "--date", "2026-03-18", "--vault", own);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("created Meetings/2026-03-18 - Data platform sync (capacity).md\n");
    const note = await readFile(path.join(own, "Meetings/2026-03-18 - Data platform sync (capacity).md"), "utf8");
    expect(note).toBe(
      [
        "---",
        "type: meeting",
        "date: '2026-03-18'",
        "title: Data platform sync (capacity)",
        "attendees:",
        "- '[[Sam Reyes]]'",
        "- '[[Dana Okafor]]'",
        "attendee_emails:",
        "- Sam Reyes <sam@northwind.example>",
        "- Dana Okafor <dana.okafor@northwind.example>",
        "---",
        "",
        "# Data platform sync (capacity)",
        "",
        "## Summary",
        "",
        "Moved to Wednesday: capacity planning only.",
        "",
        "## Key Facts",
        "",
        "",
        "## Decisions",
        "",
        "",
        "## Topics",
        "",
        "## Action Items",
        "",
      ].join("\n"),
    );
    const again = await kith("calendar", "note", "--ics", ICS("google.ics"), "--uid", GOOGLE_UID, "--date", "2026-03-18", "--vault", own);
    expect(again.stdout).toBe("unchanged Meetings/2026-03-18 - Data platform sync (capacity).md\n");
    const json = await kith("calendar", "note", "--ics", ICS("google.ics"), "--uid", GOOGLE_UID, "--date", "2026-03-18", "--vault", own, "--json");
    expect(JSON.parse(json.stdout)).toEqual({
      path: "Meetings/2026-03-18 - Data platform sync (capacity).md",
      created: false,
      attendees: [
        { name: "Sam Reyes", email: "sam@northwind.example", match: "name", person: "People/Sam Reyes.md", candidates: [] },
        { name: "Dana Okafor", email: "dana.okafor@northwind.example", match: "email", person: "People/Dana Okafor.md", candidates: [] },
      ],
    });
    const applied = await kith("recap", "apply", "Meetings/2026-03-18 - Data platform sync (capacity).md", "--vault", own);
    expect(applied.stderr).toBe("");
    expect(applied.stdout).toBe("updated People/Sam Reyes.md\nupdated People/Dana Okafor.md\n2 updated, 0 created, 0 failed\n");
  });

  it("leaves out declined attendees and you; names new people, with their email, which recap apply writes into their note", async () => {
    const own = await vault();
    const run = await kith("calendar", "note", "--ics", ICS("google.ics"), "--uid", GOOGLE_UID, "--date", "2026-03-03", "--vault", own);
    expect(run.stdout).toBe("created Meetings/2026-03-03 - Data platform sync.md\n  new person: Teodor Vasilescu <teodor.vasilescu@partner.example>\n");
    const note = await readFile(path.join(own, "Meetings/2026-03-03 - Data platform sync.md"), "utf8");
    expect(note.split("---")[1]).toBe(
      [
        "",
        "type: meeting",
        "date: '2026-03-03'",
        "title: Data platform sync",
        "attendees:",
        "- '[[Sam Reyes]]'",
        "- '[[Dana Okafor]]'",
        "- Teodor Vasilescu",
        "attendee_emails:",
        "- Sam Reyes <sam@northwind.example>",
        "- Dana Okafor <dana.okafor@northwind.example>",
        "- Teodor Vasilescu <teodor.vasilescu@partner.example>",
        "",
      ].join("\n"),
    );
    expect(note).toContain("## Summary\n\nAgenda: replication status, open questions for the pilot.\n\n");
    const applied = await kith("recap", "apply", "Meetings/2026-03-03 - Data platform sync.md", "--vault", own);
    expect(applied.stderr).toBe("");
    expect(applied.stdout).toBe("updated People/Sam Reyes.md\nupdated People/Dana Okafor.md\ncreated People/Teodor Vasilescu.md\n2 updated, 1 created, 0 failed\n");
    const teodor = await readFile(path.join(own, "People/Teodor Vasilescu.md"), "utf8");
    expect(teodor).toContain("| **Email** | teodor.vasilescu@partner.example |");
    // Applying again changes nothing.
    const again = await kith("recap", "apply", "Meetings/2026-03-03 - Data platform sync.md", "--vault", own);
    expect(again.stdout).toBe("unchanged People/Sam Reyes.md\nunchanged People/Dana Okafor.md\nunchanged People/Teodor Vasilescu.md\n0 updated, 0 created, 0 failed\n");
  });

  it("refuses a UID the day does not have, and writes nothing", async () => {
    const own = await vault();
    const run = await kith("calendar", "note", "--ics", ICS("google.ics"), "--uid", GOOGLE_UID, "--date", "2026-03-10", "--vault", own);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`kith: ${ICS("google.ics")} has no event with UID "${GOOGLE_UID}" on 2026-03-10.\n`);
    expect(await readdir(own)).not.toContain("Meetings");
  });
});

describe("a calendar's address", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const google = await readFile(ICS("google.ics"), "utf8");
    server = createServer((request, response) => {
      if (request.url === "/private-abc/basic.ics") response.writeHead(200, { "content-type": "text/calendar" }).end(google);
      else if (request.url === "/private-expired/basic.ics") response.writeHead(401, "Unauthorized").end("Unauthorized");
      else response.writeHead(200, { "content-type": "text/html" }).end("<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Sign in</body></html>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("reads it like a file", async () => {
    const run = await kith("calendar", "list", "--ics", `http://${base}/private-abc/basic.ics`, "--date", "2026-03-03", "--vault", dir, "--json");
    expect(run.stderr).toBe("");
    expect((JSON.parse(run.stdout) as Array<{ title: string }>).map((e) => e.title)).toEqual(["Data platform sync"]);
  });

  it.each([
    { what: "a 401", path: "/private-expired/basic.ics", message: `kith: the calendar at http://${"BASE"}/…/basic.ics refused the request (401 Unauthorized): use the calendar's secret iCal address, which needs no sign-in.\n` },
    { what: "a sign-in page", path: "/login", message: `kith: the calendar at http://${"BASE"}/…/login is not a calendar: it is a web page (a sign-in page, or an address that is not the calendar's secret iCal address).\n` },
  ])("refuses $what, naming the calendar without its secret path, and writes nothing", async ({ path: where, message }) => {
    const own = await vault();
    const run = await kith("calendar", "note", "--ics", `http://${base}${where}`, "--uid", GOOGLE_UID, "--date", "2026-03-03", "--vault", own);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(message.replace("BASE", base));
    expect(await readdir(own)).not.toContain("Meetings");
  });
});
