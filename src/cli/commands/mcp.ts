import { VAULT_OPTIONS, type Command } from "../vault";

/** The MCP server, the SDK and zod load only in `kith mcp` (a file of its own in the build): every other command starts without them. */
const loadMcp = (): Promise<typeof import("../mcp/run")> => import("../mcp/run");

export const mcpCommand: Command = {
  spec: {
    name: "mcp",
    summary: "Serves the vault's people to AI assistants over the Model Context Protocol (stdio).",
    details: [
      "Tools: find_person, get_person, list_people, list_tasks, plan_recap (read); add_key_fact,",
      "add_key_decision, add_topic, set_contact_field, log_interaction, apply_recap, undo_recap (write).",
      "Every write is the same edit, through the same locked atomic write, as the kith person and",
      "recap commands; each call sees the notes as they are on disk at that moment.",
      "--read-only lists no write tool and refuses any that is called.",
    ].join("\n"),
    args: [],
    options: {
      "read-only": { type: "boolean", description: "Offer only the tools that read; refuse every write." },
      ...VAULT_OPTIONS,
    },
  },
  async run(_args, values) {
    const { runMcp } = await loadMcp();
    return runMcp(values);
  },
};
