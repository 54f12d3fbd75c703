import { it } from "vitest";
import { parsePastedRecap } from "../../../../src/core/recap/paste";
const probes: Record<string, string> = {
fields: `\uFEFFMeeting: Vendor review\r\nDate: 2026-06-02\r\n\r\nAction items\r\n- Send the contract (Owner: Dana Okafor, Due: Jun 10)\r\n- @Chris Park finalize the budget sheet\r\n- Book the venue - Sam Reyes\r\n\r\nAgreed: ship the vendor switch in July.\r\n`,
table: `# Ops review
Date: June 3, 2026
Attendees: Dana Okafor; Sam Reyes

## Action items
| Task | Owner | Due |
|---|---|---|
| Renew the SSL certificate | Sam | Friday |
| Update the runbook | Dana Okafor | 2026-06-12 |
`,
pairs: `Mar 9, 2026
Quarterly business review
Invited Lucia Moreno Kenji Watanabe Aisha Bello Zoom Room Atlas

Summary
Lucia, Kenji and Aisha reviewed the quarter.

Suggested next steps
[Kenji Watanabe] Send the deck to Aisha.
[Lucia Moreno, Aisha Bello] Plan the offsite: Book a venue for the offsite.
`,
sig: `Hi team,

Quick notes from today's standup.

Next steps:
* Mia to fix the login bug
* Tom will deploy to staging

--
Mia Rossi
Sent from my iPhone
`,
plain: `Pilot kickoff with Northwind

We kicked off the pilot. Everyone agreed on the timeline.
- Dana owns the data export.
- Sam will run the first load test.
`,
};
it("probe", () => {
  for (const [name, text] of Object.entries(probes)) {
    if (process.env.ONLY && name !== process.env.ONLY) continue;
    process.stdout.write(`\n===== ${name}\n${JSON.stringify(parsePastedRecap(text), null, 1)}\n`);
  }
});
