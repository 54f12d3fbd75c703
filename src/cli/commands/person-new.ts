import { contactKey, createPerson, isKithError, newNoteFieldName, refuseSharedAlias } from "../../core";
import { UsageError, stringOption, stringsOption, type OptionValues } from "../args";
import { loadPeople } from "../people";
import { printable } from "../printable";
import { JSON_OPTION, VAULT_OPTIONS, openVault, type Command, type VaultContext } from "../vault";

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
      field: { type: "string", multiple: true, value: "NAME=VALUE", description: "Any other contact field (Phone=+1 555 0100, Birthday=1990-04-02), as the note keeps them." },
      ...VAULT_OPTIONS,
      ...JSON_OPTION,
    },
  },
  async run([name = ""], values) {
    const fields = newNoteFields(values);
    const ctx = await openVault(values);
    const { path, existing } = await newPerson(ctx, name, fields);
    if (values.json === true) console.log(JSON.stringify({ path, created: existing === null, ...(existing === null ? {} : { existing }) }));
    else {
      if (existing !== null) console.error(`kith: ${printable(existing)} has a note already: ${printable(path)}. Nothing written.`);
      console.log(path);
    }
    return 0;
  },
};

/** `--role`, `--company`, `--email` and each `--field NAME=VALUE` (split on its first `=`), in that order; a field given twice is refused. */
function newNoteFields(values: OptionValues): Array<{ field: string; value: string }> {
  const fields = [
    ...(["Role", "Company", "Email"] as const).map((field) => ({ field, value: stringOption(values, field.toLowerCase())?.trim() ?? "" })),
    ...stringsOption(values, "field").map((raw) => {
      const eq = raw.indexOf("=");
      if (eq === -1) throw new UsageError(`--field "${raw}": give NAME=VALUE (Phone=+1 555 0100).`);
      try {
        return { field: newNoteFieldName(raw.slice(0, eq)), value: raw.slice(eq + 1).trim() };
      } catch (error) {
        if (isKithError(error)) throw new UsageError(`--field "${raw}": ${error.message}`);
        throw error;
      }
    }),
  ].filter((f) => f.value !== "");
  const twice = givenTwice(fields);
  if (twice) throw new UsageError(`${twice} is given twice; give it once.`);
  return fields;
}

/** The first field given twice, in any spelling (`Birthday` and `birthday`, `Phone` and `mobile`), or null. */
export function givenTwice(fields: ReadonlyArray<{ field: string }>): string | null {
  const keys = fields.map((f) => contactKey(f.field));
  return fields.find((_, i) => keys.indexOf(keys[i] as string) !== i)?.field ?? null;
}

/**
 * Creates NAME's note in the people folder with FIELDS (`kith person new`, MCP's create_person),
 * unless someone by that name or alias, or with the fields' email, has a note: then that note's
 * path and its person's name, and nothing written.
 */
export async function newPerson(ctx: VaultContext, name: string, fields: Array<{ field: string; value: string }>): Promise<{ path: string; existing: string | null }> {
  const email = fields.find((f) => f.field === "Email")?.value;
  return ctx.store.withCreationLock(async () => {
    // Read inside the lock, so a person another `kith person new` has just created is found.
    const index = await loadPeople(ctx);
    // createPerson matches the name (and aliases); the same email, or a person's path given as the name, also means the same person.
    const same = (email ? index.match(email).exact[0] : undefined) ?? index.get(name) ?? index.get(`${name}.md`);
    if (same) return { path: same.path, existing: same.name };
    for (const { field, value } of fields) refuseSharedAlias(index, null, field, value, name);
    const created = await createPerson(ctx.store, index, name, ctx.settings.peopleFolder, {
      today: ctx.today,
      fields,
      email,
      headings: ctx.settings.headings,
      projectFolders: ctx.settings.projectFolders,
      includeDataview: ctx.settings.includeDataview,
      contacts: ctx.settings.newNoteContacts,
    });
    return { path: created.path, existing: created.created ? null : (index.get(created.path)?.name ?? name) };
  });
}
