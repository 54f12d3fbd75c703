import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { emptyRecap, type ActionItem, type PastedRecap } from "../../../../src/core/recap/recap";
import { parsePastedRecap } from "../../../../src/core/recap/paste";
import { proseCases } from "./prose-cases";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "fixtures", "paste");

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), "utf8");
}

/** The whole expected object: every field not given is the empty recap's. */
function recap(fields: Partial<PastedRecap>): PastedRecap {
  return { ...emptyRecap(), warnings: [], ...fields };
}

function action(text: string, owner: string | null, due: string | null): ActionItem {
  return { text, owner, due };
}

/** One export per tool shape (invented people and companies), read without a known meeting date. */
const cases: Array<{ file: string; expected: PastedRecap }> = [
  {
    file: "email-follow-up.txt",
    expected: recap({
      date: "2026-03-04",
      title: "Northwind pilot scoping",
      attendees: ["Priya Natarajan", "Dana Okafor", "Sam Reyes"],
      summary: "We agreed to run the pilot on two clusters with real Spark jobs, starting the week of March 16.",
      decisions: ["We agreed to run the pilot on two clusters with real Spark jobs, starting the week of March 16."],
      actions: [
        action("Send the cluster sizing sheet", "Dana Okafor", "2026-03-06"),
        action("Book the kickoff with the Northwind data team", "Sam Reyes", "2026-03-09"),
        action("Draft the pilot success criteria and share them", "Priya Natarajan", "2026-03-05"),
      ],
      warnings: ['Date "Wed, Mar 4, 2026" is when the email was sent: check it is the meeting\'s date.'],
    }),
  },
  {
    file: "email-prose.txt",
    expected: recap({
      date: "2026-03-30",
      title: "Today's call with Northwind",
      attendees: ["Priya Natarajan", "Dana Okafor"],
      mentioned: ["Sam Reyes"],
      summary: "We walked through the pilot results and agreed the reporting cluster moves to production first. Legal's retention addendum is signed.",
      decisions: ["Production migration starts in the April change window.", "Acme support takes tier-2 tickets from May 1."],
      actions: [
        action("Send the migration runbook", "Priya Natarajan", "2026-04-01"),
        action("Schedule the dry run with your on-call team", "Sam Reyes", null),
        action("Could you confirm the change-window dates with Northwind IT?", null, null),
      ],
      warnings: [
        'Date "Monday, March 30, 2026" is when the email was sent: check it is the meeting\'s date.',
        '"Sam Reyes" was on Cc and owns a task: add them to the attendees if they were at the meeting.',
      ],
    }),
  },
  {
    file: "fathom-email.txt",
    expected: recap({
      date: "2026-04-28",
      title: "Bluefin Labs QBR",
      summary: "Review Bluefin's first quarter on the platform and agree on expansion goals.",
      facts: [
        "Weekly active users grew from 120 to 210 since January.",
        "Jonas wants SSO enforced for all contractors before expanding.",
        "Ravi prefers annual billing to keep procurement simple.",
      ],
      actions: [
        action("Send the SSO enforcement guide to Jonas", "Mei Chen", null),
        action("Prepare an annual billing quote for 80 seats", "Mei Chen", "2026-05-08"),
        action("Share the contractor list with Acme support", "Jonas Berg", null),
      ],
    }),
  },
  {
    file: "fathom-notes.md",
    expected: recap({
      date: "2026-03-31",
      title: "Northwind rollout planning",
      summary: "Plan the production rollout of the Northwind analytics platform.",
      facts: [
        "Rollout window: Northwind's April change window runs April 13–17.",
        "Dana wants the reporting cluster migrated first to keep month-end reports stable.",
        "Sam flagged that the Spark 3.5 upgrade must land before the migration.",
        "Reporting cluster first, staging second.",
        "Sam's team will test the upgrade on staging this week.",
      ],
      topics: ["Migration order", "Spark upgrade"],
      actions: [
        action("Finish the Spark 3.5 upgrade on staging", "Sam", "2026-04-03"),
        action("Send the change-window request to Northwind IT", "Dana", "2026-04-01"),
      ],
    }),
  },
  {
    file: "fireflies-email.txt",
    expected: recap({
      date: "2026-03-24",
      title: "Northwind pilot retro",
      attendees: ["dana.okafor@northwindlogistics.com", "sam@acmeanalytics.io", "priya@acmeanalytics.io"],
      summary: "The pilot met its latency target on both clusters, about 20% below baseline. Northwind legal approved the 30-day log retention policy. The team will plan the production rollout in April.",
      facts: [
        "Sam confirmed latency stayed under target across all nightly runs.",
        "Dana said the operations team wants the dashboards kept after the pilot.",
        "Priya shared the signed retention addendum.",
      ],
      topics: ["Pilot results", "Retention and compliance"],
      actions: [
        action("Draft the production rollout plan for Northwind's April change window", "Dana Okafor", null),
        action("Confirm dashboard owners in the operations team", "Dana Okafor", null),
        action("Send the final latency report to Dana", "Sam Reyes", "2026-03-24"),
      ],
    }),
  },
  {
    file: "fireflies-notes.md",
    expected: recap({
      date: "2026-04-22",
      title: "Acme × Bluefin pricing call",
      attendees: ["Mei Chen", "Jonas Berg", "Ravi Shah"],
      summary: "Bluefin wants to move from 40 to 65 seats at renewal. Ravi asked for a prepay discount; Mei will check approval limits.",
      topics: ["pricing tiers", "seat count", "annual prepay", "discount approval"],
      actions: [
        action("Check the discount approval limit for annual prepay", "Mei Chen", null),
        action("Send the revised quote", "Mei Chen", "2026-04-24"),
        action("Confirm the final seat count with department heads", "Ravi Shah", null),
      ],
    }),
  },
  {
    file: "gemini-notes.md",
    expected: recap({
      date: "2026-04-09",
      title: "Bluefin Labs renewal check-in",
      attendees: ["Mei Chen", "Jonas Berg", "Ravi Shah"],
      summary: "Mei Chen and Jonas Berg reviewed Bluefin Labs' first-quarter usage and the renewal timeline. Ravi Shah joined for the budget discussion.",
      facts: [
        "Usage: Mei Chen reported that Bluefin's dashboards doubled in Q1, mostly from the operations team.",
        "Budget: Ravi Shah said the renewal budget is approved up to last year's amount plus ten percent.",
      ],
      topics: ["Usage", "Budget"],
      actions: [
        action("Send the renewal quote with the two pricing options to Jonas", "Mei Chen", "2026-04-17"),
        action("Review the quote with procurement", "Jonas Berg", null),
        action("Review the quote with procurement", "Ravi Shah", null),
      ],
    }),
  },
  {
    file: "gemini-notes.txt",
    expected: recap({
      date: "2026-03-04",
      title: "Northwind pilot scoping",
      attendees: ["Dana Okafor", "Sam Reyes", "Priya Natarajan"],
      summary: "Dana Okafor, Sam Reyes, and Priya Natarajan scoped the Northwind analytics pilot. They agreed on two clusters with real Spark jobs and a kickoff in two weeks.",
      facts: [
        "Cluster sizing: Dana Okafor explained that the staging cluster has 12 nodes and the reporting cluster 20. Sam Reyes asked for the node types to size the pilot.",
        "Data retention: Dana Okafor said Northwind's legal team requires pilot logs to be deleted after 30 days. Priya Natarajan will confirm Acme's settings.",
        "Kickoff timing: The group discussed starting the week of March 16.",
      ],
      decisions: [
        "The pilot runs on the staging and reporting clusters.",
        "Synthetic benchmarks are dropped in favor of Northwind's nightly Spark jobs.",
      ],
      topics: ["Cluster sizing", "Data retention", "Kickoff timing"],
      actions: [
        action("Send the cluster sizing sheet to Sam Reyes", "Dana Okafor", "2026-03-06"),
        action("Book the kickoff with Northwind's data team", "Sam Reyes", "2026-03-09"),
        action("Confirm that Acme can delete pilot logs after 30 days", "Priya Natarajan", null),
      ],
    }),
  },
  {
    file: "granola-checkboxes.md",
    expected: recap({
      date: "2026-04-07",
      title: "Weekly pipeline review",
      attendees: ["Mei Chen", "Tomás Lindqvist", "Jonas Berg"],
      facts: [
        "Jonas confirmed budget is approved; procurement needs the quote by Apr 17",
        "Risk: Ravi is out next week, so sign-off may slip",
        "Tomás Lindqvist: wants the forecast in EUR from now on",
      ],
      topics: ["Bluefin renewal"],
      actions: [
        action("Send the renewal quote to Jonas", "Mei Chen", "2026-04-09"),
        action("Update the forecast in the CRM", "Tomás Lindqvist", "2026-04-07"),
        action("Loop in procurement", "Jonas Berg", null),
      ],
    }),
  },
  {
    file: "granola-notes.md",
    expected: recap({
      title: "Northwind × Acme: support handover",
      facts: [
        "Acme support takes over tier-2 tickets from May 1",
        "Northwind keeps tier-1 and on-call for the first month",
        "Dana's team stays on the shared Slack channel",
        "Who approves after-hours escalations?",
      ],
      topics: ["Handover scope"],
      actions: [
        action("Share the current runbook and escalation contacts", "Dana", null),
        action("Set up the shared ticket queue by next Friday", "Priya", null),
        action("Run a dry-run handover on a test ticket", "Sam", null),
        action("Run a dry-run handover on a test ticket", "Priya", null),
      ],
      warnings: ["Due \"by next Friday\" of \"Set up the shared ticket queue\" needs the meeting date."],
    }),
  },
  {
    file: "otter-summary.txt",
    expected: recap({
      date: "2026-04-16",
      title: "Bluefin onboarding kickoff",
      attendees: ["Mei Chen", "Jonas Berg"],
      summary: "Mei Chen and Jonas Berg kicked off Bluefin's onboarding. They agreed on a three-week plan: SSO first, then dashboards, then team training.",
      decisions: ["They agreed on a three-week plan: SSO first, then dashboards, then team training."],
      facts: [
        "Mei Chen proposed a three-week plan starting with SSO.",
        "Jonas Berg asked to move dashboard training earlier for the operations team.",
        "Ravi Shah will run internal sessions after Acme's train-the-trainer workshop.",
      ],
      topics: ["onboarding", "SSO", "dashboards", "training plan"],
      actions: [
        action("Send the SSO metadata to Acme's support team", "Jonas Berg", "2026-04-20"),
        action("Share the training agenda with Ravi", "Mei Chen", null),
        action("Book the train-the-trainer workshop", null, "2026-04-27"),
      ],
    }),
  },
  {
    file: "otter-transcript.txt",
    expected: recap({
      title: "Northwind pilot retro",
      attendees: ["Dana Okafor", "Sam Reyes", "Priya Natarajan"],
      topics: ["pilot", "spark jobs", "latency", "retention policy", "rollout"],
      warnings: ["Date \"Tue, 3/24\" has no year: set the meeting date."],
    }),
  },
  {
    file: "teams-copilot.md",
    expected: recap({
      date: "2026-04-02",
      title: "Acme × Bluefin security review",
      attendees: ["Mei Chen", "Jonas Berg", "Tomás Lindqvist"],
      summary: "The teams reviewed Bluefin's security questionnaire. Tomás walked through Acme's SOC 2 report and SSO setup, and Jonas raised two open items on data residency.",
      decisions: [
        "Bluefin will accept the SOC 2 Type II report in place of a custom audit.",
        "EU data stays in the Frankfurt region.",
      ],
      actions: [
        action("Send the SSO configuration guide to Jonas", "Tomás Lindqvist", "2026-04-03"),
        action("Confirm the data residency requirements with Bluefin's DPO", "Jonas Berg", "2026-04-08"),
        action("Schedule a follow-up call", "Mei Chen", "2026-04-16"),
      ],
    }),
  },
  {
    file: "teams-recap-crlf.txt",
    expected: recap({
      date: "2026-03-11",
      title: "Northwind pilot weekly sync",
      attendees: ["Dana Okafor", "Sam Reyes", "Priya Natarajan"],
      facts: [
        "Dana Okafor reported that both clusters are provisioned and the nightly Spark jobs ran without errors.",
        "Sam Reyes noted that query latency on the reporting cluster is 20% lower than the baseline.",
        "Priya Natarajan confirmed Acme can delete pilot logs after 30 days.",
      ],
      topics: ["Pilot progress", "Data retention"],
      actions: [
        action("Share the latency comparison with Northwind's data team", "Sam Reyes", "2026-03-12"),
        action("Get sign-off from Northwind legal on the retention policy", "Dana Okafor", "2026-03-18"),
        action("Update the pilot tracker with this week's results", null, null),
      ],
    }),
  },
  {
    file: "teams-recap.txt",
    expected: recap({
      date: "2026-03-11",
      title: "Northwind pilot weekly sync",
      attendees: ["Dana Okafor", "Sam Reyes", "Priya Natarajan"],
      facts: [
        "Dana Okafor reported that both clusters are provisioned and the nightly Spark jobs ran without errors.",
        "Sam Reyes noted that query latency on the reporting cluster is 20% lower than the baseline.",
        "Priya Natarajan confirmed Acme can delete pilot logs after 30 days.",
      ],
      topics: ["Pilot progress", "Data retention"],
      actions: [
        action("Share the latency comparison with Northwind's data team", "Sam Reyes", "2026-03-12"),
        action("Get sign-off from Northwind legal on the retention policy", "Dana Okafor", "2026-03-18"),
        action("Update the pilot tracker with this week's results", null, null),
      ],
    }),
  },
  {
    file: "zoom-owner-groups.txt",
    expected: recap({
      date: "2026-03-18",
      title: "Bluefin Labs quarterly review",
      attendees: ["Mei Chen", "Jonas Berg"],
      summary: "Mei Chen walked the Bluefin team through first-quarter usage and the renewal timeline. Jonas Berg confirmed the budget is approved and asked for two pricing options.",
      facts: [
        "Mei presented the usage dashboard: weekly active users grew from 120 to 210, mostly in operations.",
        "Jonas said procurement needs two options, a flat annual price and a per-seat price, before April.",
      ],
      topics: ["Q1 Usage Review", "Renewal and Pricing"],
      actions: [
        action("Share the Q1 usage report with Jonas", "Mei Chen", null),
        action("Set up a call with Bluefin's finance lead", "Mei Chen", "2026-03-20"),
        action("Confirm the renewal budget with procurement", "Jonas Berg", "2026-03-27"),
        action("Review the draft expansion proposal before the next call", null, null),
      ],
    }),
  },
  {
    file: "zoom-quick-recap-crlf.txt",
    expected: recap({
      title: "Northwind pilot scoping",
      summary: "Dana and Sam scoped the Northwind analytics pilot. They agreed to run it on two clusters with real Spark jobs rather than synthetic loads, and discussed the data-retention questions Northwind's legal team raised.",
      decisions: [
        "They agreed to run it on two clusters with real Spark jobs rather than synthetic loads, and discussed the data-retention questions Northwind's legal team raised.",
      ],
      facts: [
        "Dana explained that Northwind wants the pilot on two production-like clusters. Sam agreed and suggested real Spark jobs instead of synthetic benchmarks.",
        "Dana shared that Northwind's legal team needs pilot logs deleted after 30 days. Priya offered to check Acme's retention settings.",
      ],
      topics: ["Pilot Scope and Cluster Sizing", "Data Retention Concerns"],
      actions: [
        action("Send the cluster sizing sheet to Sam by Friday", "Dana Okafor", null),
        action("Book a kickoff with the Northwind data team next week", "Sam", null),
        action("Draft the pilot success criteria", "Priya", null),
      ],
      warnings: [
        "Date \"03/04/2026\" could be 2026-03-04 or 2026-04-03: set the meeting date.",
        "Due \"by Friday\" of \"Send the cluster sizing sheet to Sam\" needs the meeting date.",
        "Due \"next week\" of \"Book a kickoff with the Northwind data team\" needs the meeting date.",
      ],
    }),
  },
  {
    file: "zoom-quick-recap.txt",
    expected: recap({
      title: "Northwind pilot scoping",
      summary: "Dana and Sam scoped the Northwind analytics pilot. They agreed to run it on two clusters with real Spark jobs rather than synthetic loads, and discussed the data-retention questions Northwind's legal team raised.",
      decisions: [
        "They agreed to run it on two clusters with real Spark jobs rather than synthetic loads, and discussed the data-retention questions Northwind's legal team raised.",
      ],
      facts: [
        "Dana explained that Northwind wants the pilot on two production-like clusters. Sam agreed and suggested real Spark jobs instead of synthetic benchmarks.",
        "Dana shared that Northwind's legal team needs pilot logs deleted after 30 days. Priya offered to check Acme's retention settings.",
      ],
      topics: ["Pilot Scope and Cluster Sizing", "Data Retention Concerns"],
      actions: [
        action("Send the cluster sizing sheet to Sam by Friday", "Dana Okafor", null),
        action("Book a kickoff with the Northwind data team next week", "Sam", null),
        action("Draft the pilot success criteria", "Priya", null),
      ],
      warnings: [
        "Date \"03/04/2026\" could be 2026-03-04 or 2026-04-03: set the meeting date.",
        "Due \"by Friday\" of \"Send the cluster sizing sheet to Sam\" needs the meeting date.",
        "Due \"next week\" of \"Book a kickoff with the Northwind data team\" needs the meeting date.",
      ],
    }),
  },
];

describe("parsePastedRecap reads each tool's export", () => {
  it.each(cases)("$file", ({ file, expected }) => {
    expect(parsePastedRecap(fixture(file))).toEqual(expected);
  });

  it("has a case for every fixture (here or in prose-cases.ts)", () => {
    const files = readdirSync(FIXTURES).sort();
    expect([...cases, ...proseCases].map((c) => c.file).sort()).toEqual(files);
  });

  it.each([
    ["zoom-quick-recap-crlf.txt", "zoom-quick-recap.txt"],
    ["teams-recap-crlf.txt", "teams-recap.txt"],
  ])("%s (CRLF) reads as %s (LF)", (crlfFile, lfFile) => {
    expect(fixture(crlfFile)).toContain("\r\n");
    expect(parsePastedRecap(fixture(crlfFile))).toEqual(parsePastedRecap(fixture(lfFile)));
  });
});

describe("a meeting date the caller knows", () => {
  it("settles a date the text leaves open, and the due dates counted from it", () => {
    const read = parsePastedRecap(fixture("zoom-quick-recap.txt"), { meetingDate: "2026-03-04" });
    expect(read.date).toBe("2026-03-04");
    expect(read.actions).toEqual([
      action("Send the cluster sizing sheet to Sam", "Dana Okafor", "2026-03-06"),
      action("Book a kickoff with the Northwind data team", "Sam", "2026-03-09"),
      action("Draft the pilot success criteria", "Priya", null),
    ]);
    expect(read.warnings).toEqual([]);
  });

  it("wins over the date in the text", () => {
    const read = parsePastedRecap(fixture("teams-recap.txt"), { meetingDate: "2026-03-12" });
    expect(read.date).toBe("2026-03-12");
    expect(read.actions[0]).toEqual(action("Share the latency comparison with Northwind's data team", "Sam Reyes", "2026-03-13"));
  });

  it("settles a date without a year", () => {
    const read = parsePastedRecap(fixture("otter-transcript.txt"), { meetingDate: "2026-03-24" });
    expect(read).toEqual({ ...parsePastedRecap(fixture("otter-transcript.txt")), date: "2026-03-24", warnings: [] });
  });

  it("says how it read a 'next Friday' that could be this week's", () => {
    const read = parsePastedRecap(fixture("granola-notes.md"), { meetingDate: "2026-04-20" });
    expect(read.actions[1]).toEqual(action("Set up the shared ticket queue", "Priya", "2026-05-01"));
    expect(read.warnings).toEqual(['Due "by next Friday" of "Set up the shared ticket queue" read as 2026-05-01 (not 2026-04-24): check it.']);
  });

  it("is ignored when it is not a date", () => {
    expect(parsePastedRecap(fixture("teams-recap.txt"), { meetingDate: "March 12" }).date).toBe("2026-03-11");
    expect(parsePastedRecap(fixture("teams-recap.txt"), { meetingDate: null }).date).toBe("2026-03-11");
  });
});
