import { createPerson } from "../../core";
import { stringOption } from "../args";
import { loadPeople } from "../people";
import { printable } from "../printable";
import { JSON_OPTION, VAULT_OPTIONS, openVault, type Command } from "../vault";

export const newCommand: Command = {
  spec: {
    name: "person new",
    summary: "Creates a person note in the people folder and prints its path.",
    details:
      "When someone by that name, alias or email has a note already, prints that note's path,\nsays so on stderr and writes nothing (exit 0).",
    args: ["name"],
    options: {
      role: { type: "string", value: "ROLE", description: "Role, for the contact table and the profile." },
      company: { type: "string", value: "COMPANY", description: "Company, for the contact table." },
      email: { type: "string", value: "EMAIL", description: "Email, for the contact table." },
      ...VAULT_OPTIONS,
      ...JSON_OPTION,
    },
  },
  async run([name = ""], values) {
    const ctx = await openVault(values);
    const email = stringOption(values, "email")?.trim();
    const { path, existing } = await ctx.store.withCreationLock(async () => {
      // Read inside the lock, so a person another `kith person new` has just created is found.
      const index = await loadPeople(ctx);
      // createPerson matches the name (and aliases); the same email also means the same person.
      const sameEmail = email ? index.match(email).exact[0] : undefined;
      if (sameEmail) return { path: sameEmail.path, existing: sameEmail.name };
      const created = await createPerson(ctx.store, index, name, ctx.settings.peopleFolder, {
        today: ctx.today,
        role: stringOption(values, "role"),
        company: stringOption(values, "company"),
        email,
        headings: ctx.settings.headings,
        projectFolders: ctx.settings.projectFolders,
        includeDataview: ctx.settings.includeDataview,
        contacts: ctx.settings.newNoteContacts,
      });
      return { path: created.path, existing: created.created ? null : (index.get(created.path)?.name ?? name) };
    });
    if (values.json === true) console.log(JSON.stringify({ path, created: existing === null, ...(existing === null ? {} : { existing }) }));
    else {
      if (existing !== null) console.error(`kith: ${printable(existing)} has a note already: ${printable(path)}. Nothing written.`);
      console.log(path);
    }
    return 0;
  },
};
