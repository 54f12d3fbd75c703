import { emptyRecap, type ActionItem, type PastedRecap } from "../../../../src/core/recap/recap";
import type { PasteOptions } from "../../../../src/core/recap/paste";

/**
 * Meeting tools' prose as they write it now (invented people and content, each tool's shape):
 * who attended versus who was mentioned, decisions in sentences, Otter's owners, disclaimers,
 * an email's Cc and sent date. `caught` says what the reader got wrong before these rules.
 */
export interface ProseCase {
  file: string;
  caught: string;
  options?: PasteOptions;
  expected: PastedRecap;
}

/** The user in the email fixtures: Kai Moreau receives one and sends the other. */
export const ME = { names: ["Kai Moreau"], emails: ["kai@kith.example"] };

function recap(fields: Partial<PastedRecap>): PastedRecap {
  return { ...emptyRecap(), warnings: [], ...fields };
}

function action(text: string, owner: string | null, due: string | null): ActionItem {
  return { text, owner, due };
}

export const proseCases: ProseCase[] = [
  {
    file: "teams-attended.md",
    caught: "Before: Invited-only Malik Osei was an attendee, both decision sentences were facts, \"View full recap\" was an action.",
    expected: recap({
      date: "2026-03-10",
      title: "Quarterly revenue reporting review",
      attendees: [
        "Priya Raman",
        "Teodor Vasilescu",
        "Ines Duarte",
      ],
      facts: [
        "Priya Raman and Teodor Vasilescu reviewed the migration of the revenue dashboard.",
        "Ines Duarte raised that two regional reports still read the old spreadsheet.",
        "Teodor explained that late invoices shift about 2% of revenue into the next month.",
      ],
      decisions: [
        "From April the finance dashboard will be the only source for monthly revenue figures.",
        "Going forward, month-end numbers are frozen on the third working day.",
      ],
      topics: [
        "Dashboard migration",
        "Data quality",
      ],
      actions: [
        action("Retire the old revenue spreadsheet", "Teodor Vasilescu", "2026-03-31"),
        action("Move the two regional reports to the dashboard", "Ines Duarte", null),
      ],
    }),
  },
  {
    file: "gemini-prose.md",
    caught: "Before: \"Gemini can make mistakes…\" was an action, decision sentences were facts, Hana Sato (only talked about) was nowhere.",
    expected: recap({
      date: "2026-03-12",
      title: "Pricing review with Lindqvist Freight",
      attendees: [
        "Søren Lindqvist",
        "Amara Nwosu",
      ],
      mentioned: [
        "Hana Sato",
      ],
      summary: "Søren Lindqvist and Amara Nwosu reviewed the freight pricing proposal and the invoicing changes for the second quarter.",
      facts: [
        "Pricing model: Amara Nwosu presented the tiered pricing model for full and part loads.",
        "Customs: Søren Lindqvist suggested that we should loop in Hana Sato from customs before the next quarter.",
      ],
      decisions: [
        "From April the customer portal will be the only source of invoices.",
        "Søren and Amara agreed to announce price changes 30 days ahead.",
      ],
      topics: [
        "Pricing model",
        "Invoicing",
        "Price changes",
        "Customs",
      ],
      actions: [
        action("Fix the CSV export of the rate cards", "Søren Lindqvist", null),
        action("Send the updated contract to Søren", "Amara Nwosu", null),
      ],
    }),
  },
  {
    file: "otter-action-items.txt",
    caught: "Before: no attendees; every owner was left in the task (\"Søren Lindqvist Fix …\", owner null).",
    expected: recap({
      date: "2026-03-19",
      title: "Freight portal weekly",
      attendees: [
        "Søren Lindqvist",
        "Amara Nwosu",
        "Amara Diallo",
      ],
      summary: "Søren Lindqvist and Amara Nwosu went through the open portal bugs. Amara Diallo joined for the SLA discussion.",
      facts: [
        "Søren Lindqvist reported that the CSV export drops the last column.",
        "Amara Nwosu confirmed the invoice page is fixed.",
      ],
      topics: [
        "Portal bugs",
      ],
      actions: [
        action("Fix the CSV export for rate cards", "Søren Lindqvist", null),
        action("Send the revised SLA to Lindqvist Freight", "Amara Nwosu", "2026-03-20"),
        action("Check the invoice totals with finance", "Søren Lindqvist", null),
        action("Book the SLA review", "Amara", null),
      ],
      warnings: [
        "\"Amara\" could be Amara Nwosu or Amara Diallo: check who it is.",
      ],
    }),
  },
  {
    file: "outlook-cc-email.txt",
    caught: "Before: the Cc'd Hana Sato and the user (Kai Moreau) were attendees, \"Me\" was an owner, the agreed sentence was no decision, no warning on the sent date.",
    options: { me: ME },
    expected: recap({
      date: "2026-03-03",
      title: "Harbourline onboarding",
      attendees: [
        "Lena Brandt",
        "Jorge Alvarez",
      ],
      mentioned: [
        "Hana Sato",
      ],
      summary: "Thanks for the time today. A short recap below. Jorge walked us through the depot network. We agreed that Harbourline starts with the Rotterdam depot.",
      decisions: [
        "Harbourline starts with the Rotterdam depot.",
      ],
      actions: [
        action("Send the depot list", "Jorge Alvarez", "2026-03-06"),
        action("Draft the onboarding plan", "Lena Brandt", null),
        action("Review the plan together", "Lena Brandt", "2026-03-09"),
        action("Review the plan together", "Jorge Alvarez", "2026-03-09"),
      ],
      warnings: [
        "Date \"Tuesday, 3 March 2026\" is when the email was sent: check it is the meeting's date.",
      ],
    }),
  },
  {
    file: "rfc-date-email.txt",
    caught: "Before: the user (sender) and the Cc'd Malik Osei were attendees, \"Going forward\"/\"single source\" were facts, no warning on the sent date.",
    options: { me: ME },
    expected: recap({
      date: "2026-03-04",
      title: "Our budget call",
      attendees: [
        "Priya Raman",
        "Teodor Vasilescu",
      ],
      mentioned: [
        "Malik Osei",
      ],
      summary: "Quick notes from our call tonight.",
      facts: [
        "Priya confirmed the April budget for the migration.",
      ],
      decisions: [
        "Going forward, Teodor's team owns the weekly revenue report.",
        "The dashboard will be the single source for board figures.",
      ],
      actions: [
        action("Share the migration script", "Teodor Vasilescu", "2026-03-10"),
        action("Approve the extra licences", "Malik Osei", null),
        action("Update the project plan", "Kai Moreau", null),
      ],
      warnings: [
        "Date \"Wed, 4 Mar 2026\" is when the email was sent: check it is the meeting's date.",
        "\"Malik Osei\" was on Cc and owns a task: add them to the attendees if they were at the meeting.",
      ],
    }),
  },
  {
    file: "zoom-companion-prose.txt",
    caught: "Before: no attendees (names only in prose), owner \"Jorge\" not resolved, the decision a fact, Hana Sato nowhere.",
    expected: recap({
      date: "2026-03-19",
      title: "Harbourline depot weekly",
      attendees: [
        "Jorge Alvarez",
        "Lena Brandt",
      ],
      mentioned: [
        "Hana Sato",
      ],
      summary: "Jorge Alvarez and Lena Brandt reviewed the depot onboarding and the customs paperwork.",
      facts: [
        "Jorge Alvarez explained that the Rotterdam depot runs two shifts. Lena asked for the shift handover times.",
        "We should loop in Hana Sato before the go-live.",
      ],
      decisions: [
        "The team decided to use the digital customs forms from April.",
      ],
      topics: [
        "Depot onboarding",
        "Customs paperwork",
      ],
      actions: [
        action("Send the updated depot list", "Jorge Alvarez", null),
        action("Book the go-live call with the Rotterdam team", "Lena Brandt", null),
      ],
    }),
  },
  {
    file: "granola-prose.md",
    caught: "Before: \"Agreed to …\" and \"Decided …\" bullets were facts, and Hana Sato (to be looped in) was nowhere.",
    expected: recap({
      date: "2026-03-26",
      title: "Lindqvist Freight renewal",
      attendees: [
        "Søren Lindqvist",
        "Amara Nwosu",
      ],
      mentioned: [
        "Hana Sato",
      ],
      facts: [
        "Søren pushed for a two-year term with a price cap",
        "New HS codes apply from April",
        "Loop in Hana Sato from Lindqvist customs before then",
      ],
      decisions: [
        "Agreed to a 3% cap per year, reviewed each March",
        "Decided the customer portal will be the only place invoices are sent",
      ],
      topics: [
        "Renewal terms",
        "Customs",
      ],
      actions: [
        action("Send the two-year contract draft", "Amara Nwosu", "2026-03-27"),
        action("Confirm the cap with his CFO", "Søren Lindqvist", null),
      ],
    }),
  },
  {
    file: "fireflies-prose.md",
    caught: "Before: Jorge stayed an email address though the prose names him in full, the Overview's decisions were no decisions, Hana Sato nowhere.",
    expected: recap({
      date: "2026-03-27",
      title: "Harbourline rollout check-in",
      attendees: [
        "Jorge Alvarez",
        "Lena Brandt",
      ],
      mentioned: [
        "Hana Sato",
      ],
      emails: { "Jorge Alvarez": "jorge@harbourline.example" },
      summary: "Jorge Alvarez and Lena Brandt reviewed the Rotterdam go-live. The team decided that Antwerp follows Rotterdam in May. Going forward, the weekly check-in moves to Thursdays.",
      facts: [
        "Jorge confirmed both shifts use the new scanners.",
        "Lena said the customs forms still need a sign-off; she will check with Hana Sato.",
      ],
      decisions: [
        "Antwerp follows Rotterdam in May.",
        "Going forward, the weekly check-in moves to Thursdays.",
      ],
      topics: [
        "Rotterdam go-live",
      ],
      actions: [
        action("Send the Antwerp depot list to Lena", "Jorge Alvarez", null),
        action("Draft the Antwerp timeline", "Lena Brandt", "2026-04-03"),
      ],
    }),
  },
  {
    file: "fathom-prose.txt",
    caught: "Before: no attendees (names only in prose), the agreed and \"will be the only\" takeaways were facts, owner \"Jonas\" not resolved, Ravi Shah nowhere.",
    expected: recap({
      date: "2026-04-14",
      title: "Acme × Bluefin expansion call",
      attendees: [
        "Mei Chen",
        "Jonas Berg",
      ],
      mentioned: [
        "Ravi Shah",
      ],
      summary: "Agree on the expansion scope for Bluefin's operations team.",
      facts: [
        "Jonas needs a security review before adding contractors.",
        "Jonas Berg walked through the operations team's growth plan.",
        "Mei suggested a phased rollout starting with 60 seats.",
        "Jonas asked us to check with Ravi Shah on the DPA wording.",
      ],
      decisions: [
        "Mei Chen and Jonas Berg agreed to expand to 120 seats in May.",
        "Bluefin will be the only customer on the new EU cluster until June.",
      ],
      topics: [
        "Expansion scope",
        "Security",
      ],
      actions: [
        action("Send the 120-seat quote", "Mei Chen", "2026-04-17"),
        action("Book the security review", "Jonas Berg", null),
      ],
    }),
  },
];

