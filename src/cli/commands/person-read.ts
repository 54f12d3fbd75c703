import { parsePerson } from "../../core";
import { loadPeople } from "../people";
import { printable } from "../printable";
import { JSON_OPTION, VAULT_OPTIONS, openVault, type Command } from "../vault";
import { findPersonPath, inNote, readPersonNote } from "./find-person";
import { personSummary } from "./person-summary";

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export const listCommand: Command = {
  spec: {
    name: "person list",
    summary: "Lists the people of the vault by name: name<TAB>path, or JSON.",
    args: [],
    options: { ...VAULT_OPTIONS, ...JSON_OPTION },
  },
  async run(_args, values) {
    const ctx = await openVault(values);
    const index = await loadPeople(ctx);
    const people = [...index.entries()].sort((a, b) => byName.compare(a.name, b.name) || (a.path < b.path ? -1 : 1));
    if (values.json) {
      const rows = people.map(({ path, name, aliases, emails, role, company }) => ({ path, name, aliases, emails, role, company }));
      console.log(JSON.stringify(rows, null, 2));
    } else {
      for (const person of people) console.log(`${printable(person.name)}\t${printable(person.path)}`);
    }
    return 0;
  },
};

export const showCommand: Command = {
  spec: {
    name: "person show",
    summary: "Shows one person, found by name, file name, alias, email or path.",
    details: "--json prints the note as parsed data (the Person shape of the core).",
    args: ["name|path"],
    options: { ...VAULT_OPTIONS, ...JSON_OPTION },
  },
  async run([query = ""], values) {
    const ctx = await openVault(values);
    const path = await findPersonPath(ctx, query);
    const person = await inNote(path, async () => parsePerson(await readPersonNote(ctx, path), path, ctx.rules));
    console.log(values.json ? JSON.stringify(person, null, 2) : personSummary(person));
    return 0;
  },
};
