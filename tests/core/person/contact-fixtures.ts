/**
 * Person notes in the shapes public vaults keep them (invented people, own text): Properties
 * only (`tags: [Person]`, `Email:`/`Phone:` lists, as in the "Properties only" layout of the
 * person note format), `type: person` with camelCase `lastContact`, a `## 📇 Contact Info`
 * Channel|Details table and bold-label lines, and Dataview inline fields (syntax from
 * Dataview's "Adding Metadata" docs: `Key:: value`, `[key:: value]`, `(key:: value)`).
 */
import { md } from "../helpers";

export const PROPERTIES_ONLY = md(
  "---",
  "tags: [Person]",
  "First Name: Ana",
  "Last Name: Lima",
  "Company: Tailspin Toys",
  "Email:",
  "  - ana.lima@tailspin.example",
  "  - ana@home.example",
  "Phone: ['+46 70 123 45 67']",
  "Birthday: 1990-04-02",
  "aliases: [Ana L]",
  "---",
  "",
  "```dataview",
  "LIST FROM [[]]",
  "```",
  "",
);

export const TYPE_PERSON = md(
  "---",
  "type: person",
  "relationship: client",
  "status: active",
  "lastContact: 2026-01-10",
  "nextAction: send the proposal",
  "---",
  "",
  "# Jonas Berg",
  "",
  "**Relationship:** client",
  "**Location:** Gothenburg",
  "",
  "---",
  "",
  "## 📇 Contact Info",
  "",
  "| Channel | Details |",
  "| ------- | ------- |",
  "| Email | jonas@berg.example |",
  "| Phone | +46 31 555 0101 |",
  "",
  "---",
  "",
  "## 🗒️ Notes",
  "",
  "Met at the Gothenburg meetup.",
  "",
);

export const INLINE_FIELDS = md(
  "---",
  "type: people",
  "---",
  "",
  "# Mei Tanaka",
  "",
  "Email:: mei@tanaka.example",
  "- Phone:: +81 3 5555 0100",
  "**Company**:: Wide World Importers",
  "",
  "Works in Osaka [Role:: product lead] and likes (Birthday:: 1988-11-30) tea.",
  "",
  "```",
  "Email:: not-this@example.org",
  "```",
  "",
);
