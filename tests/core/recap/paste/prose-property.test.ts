import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePastedRecap } from "../../../../src/core/recap/paste";
import { nameKey } from "../../../../src/core/person/names";

/**
 * Whatever lines a tool writes, in whatever order: no one is both an attendee and mentioned,
 * the user is neither, and no tool disclaimer becomes a fact or a decision.
 */
const ME = { names: ["Kai Moreau"], emails: ["kai@kith.example"] };
const LINES = [
  "From: Lena Brandt <lena@x.example>",
  "To: Jorge Alvarez <jorge@x.example>; Kai Moreau <kai@kith.example>",
  "Cc: Hana Sato <hana@x.example>, me",
  "**Attended:** Priya Raman, Kai Moreau",
  "**Invited:** Priya Raman, Malik Osei",
  "Attendees: Dana Okafor, I, myself",
  "Summary",
  "Priya Raman and Teodor Vasilescu reviewed the plan.",
  "Hana Sato presented the numbers.",
  "Kai Moreau explained the budget.",
  "We should loop in Malik Osei and Hana Sato.",
  "The group decided that the dashboard will be the only source.",
  "Going forward, reports freeze on day three.",
  "Notes",
  "- Jorge confirmed the depot list.",
  "- Agreed to a 3% cap.",
  "Action items",
  "Søren Lindqvist Fix the export",
  "- Me and Jorge to review the plan",
  "- Malik to approve the licences",
  "Gemini can make mistakes, so double-check these notes.",
  "View full recap",
  "",
];

describe("parsePastedRecap on any mix of today's lines", () => {
  it("keeps attended and mentioned apart, and never lists the user", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 24 }), fc.boolean(), (lines, withMe) => {
        const read = parsePastedRecap(lines.join("\n"), withMe ? { me: ME, knownPeople: ["Hana Sato", "Teodor Vasilescu"] } : {});
        const attended = new Set(read.attendees.map(nameKey));
        for (const name of read.mentioned ?? []) expect(attended.has(nameKey(name))).toBe(false);
        const everyone = [...read.attendees, ...(read.mentioned ?? [])];
        for (const name of everyone) expect(name).not.toMatch(/^(?:me|i|myself)$/i);
        if (withMe) expect(everyone.map(nameKey)).not.toContain(nameKey("Kai Moreau"));
        for (const line of [...read.facts, ...read.decisions]) expect(line).not.toMatch(/can make mistakes|view full recap/i);
      }),
      { numRuns: 200 },
    );
  });
});
