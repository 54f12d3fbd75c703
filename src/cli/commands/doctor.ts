import { checkCaseCollisions, checkDuplicateNames, inspectPersonNote, isKithError, type DoctorFinding, type PersonEntry } from "../../core";
import { personPrecheck } from "../../core/person/person-precheck";
import { printable } from "../printable";
import { JSON_OPTION, VAULT_OPTIONS, openVault, type Command } from "../vault";

export const doctorCommand: Command = {
  spec: {
    name: "doctor",
    summary: "Checks the person notes and prints one line per problem.",
    details:
      "Notes that cannot be read, empty notes in the people folder, malformed frontmatter, unrendered\ntemplates (template syntax in frontmatter) outside the template folders, missing sections,\nduplicate names, file names that differ only in case.\nExits 1 when it found a problem, 0 when the notes are clean.\n--json prints {\"people\": N, \"findings\": [{\"path\", \"problem\"}, ...]} instead.",
    args: [],
    options: { ...VAULT_OPTIONS, ...JSON_OPTION },
  },
  async run(_args, values) {
    const ctx = await openVault(values);
    const paths = await ctx.store.list();
    const findings: DoctorFinding[] = [];
    const mayBePerson = personPrecheck(ctx.rules);
    const people: PersonEntry[] = [];
    for (const path of paths) {
      let text;
      try {
        text = ctx.store.readListed(path);
      } catch (error) {
        if (!isKithError(error) || error.code !== "unreadable") throw error;
        // The store's message starts with the path, which the finding's line already shows.
        findings.push({ path, problem: error.message.startsWith(`${path} `) ? error.message.slice(path.length + 1) : error.message });
        continue;
      }
      // A note no rule could make a person has nothing to report: every finding needs the people
      // folder or a marker word in the text (personPrecheck's maybe), so its YAML is not parsed.
      if (text === null || !mayBePerson(text, path)) continue;
      const note = inspectPersonNote(path, text, ctx.rules);
      findings.push(...note.findings);
      if (note.entry) people.push(note.entry);
    }
    for (const warning of ctx.store.warnings.splice(0)) console.error(`kith: warning: ${printable(warning)}`);
    findings.push(...checkDuplicateNames(people), ...checkCaseCollisions(paths));
    findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (values.json) {
      console.log(JSON.stringify({ people: people.length, findings }, null, 2));
      return findings.length > 0 ? 1 : 0;
    }
    for (const { path, problem } of findings) console.log(printable(`${path}: ${problem}`));
    if (findings.length > 0) return 1;
    console.log(`No problems found in ${people.length} person note${people.length === 1 ? "" : "s"}.`);
    return 0;
  },
};
