import { change, md } from "../helpers";

/** A small vault for merge tests: two notes for one person and notes that link to the old one. */
export const TARGET_PATH = "People/Dana Okafor.md";
export const OLD_PATH = "People/Dana O.md";
export const MEETING_PATH = "Meetings/2026-04-10 - Review.md";
export const PROJECT_PATH = "Projects/Pilot.md";
export const OTHER_PATH = "Notes/Other.md";

export const TARGET = md(
  "---",
  "type: people",
  "title: Dana Okafor",
  "created: '2026-02-11'",
  "last_contact: '2026-03-02'",
  "tags:",
  "- type/people",
  "---",
  "",
  "# Dana Okafor",
  "",
  "## Contact Information",
  "",
  "| Field | Value |",
  "|-------|-------|",
  "| **Role** | Head of data platform |",
  "| **Email** | _Unknown_ |",
  "",
  "## Tasks They Own",
  "",
  "```dataview",
  "TASK",
  'WHERE contains(text, "@DanaOkafor") AND !completed',
  "```",
  "",
  "## Key Facts",
  "",
  "- Runs two data centres.",
  "",
  "## Topics Discussed",
  "",
  "Pilot scoping",
  "",
  "## Recent Context",
  "",
  "- 2026-03-02: [[2026-03-02 - Pilot call]] - Scoped the pilot. (via Northwind)",
  "",
  "## Key Decisions",
  "",
  "- ✅ Pilot on real workloads.",
  "",
  "## Related",
  "",
  "- [[Dana O]]",
  "",
  "---",
  "*Last updated: *",
  "",
);

export const OLD = md(
  "---",
  "type: people",
  "title: Dana O",
  "created: '2026-03-01'",
  "last_contact: '2026-04-02'",
  "auto_created: true",
  "tags:",
  "- type/people",
  "- needs-review",
  "---",
  "",
  "# Dana O",
  "",
  "## Contact Information",
  "",
  "| Field | Value |",
  "|-------|-------|",
  "| **Role** | Data lead |",
  "| **Email** | dana@northwind.example |",
  "| **Phone** | _Unknown_ |",
  "",
  "## Relationship",
  "",
  "Met at the partner event.",
  "",
  "## Key Facts",
  "",
  "- Runs two data centres",
  "- Has a dog called Pixel.",
  "",
  "## Topics Discussed",
  "",
  "pilot scoping, Pricing",
  "",
  "## Recent Context",
  "",
  "- 2026-04-02: Call about pricing (via phone)",
  "- 2026-03-02: [[2026-03-02 - Pilot call]] - Scoped the pilot. (via Northwind)",
  "- 2026-02-20: [[2026-02-20 - Partner event]] - Met at the booth.",
  "",
  "## Key Decisions",
  "",
  "- ✅ Pilot on real workloads",
  "- ✅ Weekly sync on Mondays.",
  "",
  "## Hobbies",
  "",
  "Sailing on weekends.",
  "",
  "---",
  "*Last updated: 2026-04-02*",
  "",
);

export const MEETING = md(
  "---",
  "attendees:",
  '- "[[Dana O]]"',
  '- "[[Sam Reyes]]"',
  "---",
  "# Review",
  "",
  "Talked to [[Dana O|Dana]] about [[Dana O#Key Facts|her facts]].",
  "![[Dana O#Relationship]]",
  "See [her note](../People/Dana%20O.md).",
  "",
  "```",
  "Not [[Dana O]]: a code block.",
  "```",
  "",
  "- [ ] Send the deck @DanaO 📅 2026-05-01",
  "- [ ] Book the room @DanaOkafor",
  "",
);

export const PROJECT = md("# Pilot", "", "Owner: [[People/Dana O]]", "Inline `[[Dana O]]` stays.", "- [ ] Draft the plan @DanaO", "");

export const OTHER = md("- [ ] Ask @DanaOrtiz about it", "");

export function vaultFiles(): Record<string, string> {
  return { [TARGET_PATH]: TARGET, [OLD_PATH]: OLD, [MEETING_PATH]: MEETING, [PROJECT_PATH]: PROJECT, [OTHER_PATH]: OTHER };
}

/** The target after the merge, exactly: each change to the target's text, in note order. */
export const MERGED = change(
  TARGET,
  ["last_contact: '2026-03-02'\n", "last_contact: '2026-04-02'\n"],
  ["- type/people\n---", "- type/people\naliases:\n- Dana O\n---"],
  ["| **Email** | _Unknown_ |\n\n", "| **Email** | dana@northwind.example |\n\n## Relationship\n\nMet at the partner event.\n\n"],
  ["- Runs two data centres.\n", "- Runs two data centres.\n- Has a dog called Pixel.\n"],
  ["\nPilot scoping\n", "\nPilot scoping, Pricing\n"],
  ["## Recent Context\n\n", "## Recent Context\n\n- 2026-04-02: Call about pricing (via phone)\n"],
  ["(via Northwind)\n\n", "(via Northwind)\n- 2026-02-20: [[2026-02-20 - Partner event]] - Met at the booth.\n\n"],
  ["- ✅ Pilot on real workloads.\n", "- ✅ Pilot on real workloads.\n- ✅ Weekly sync on Mondays.\n"],
  ["- [[Dana O]]\n\n", "- [[Dana Okafor]]\n- Role (from Dana O): Data lead\n\n## Hobbies\n\nSailing on weekends.\n\n"],
  ["*Last updated: *", "*Last updated: 2026-11-25*"],
);

export const MEETING_AFTER = MEETING.replace('- "[[Dana O]]"', '- "[[Dana Okafor]]"')
  .replace("[[Dana O|Dana]] about [[Dana O#Key Facts|her facts]]", "[[Dana Okafor|Dana]] about [[Dana Okafor#Key Facts|her facts]]")
  .replace("![[Dana O#Relationship]]", "![[Dana Okafor#Relationship]]")
  .replace("(../People/Dana%20O.md)", "(../People/Dana%20Okafor.md)")
  .replace("deck @DanaO ", "deck @DanaOkafor ");

export const PROJECT_AFTER = PROJECT.replace("[[People/Dana O]]", "[[People/Dana Okafor]]").replace("plan @DanaO", "plan @DanaOkafor");
