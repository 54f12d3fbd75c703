import { parsePastedRecap, type PasteOptions } from "../../core/recap/paste";
import { stringOption, type OptionValues } from "../args";
import { loadPeople } from "../people";
import { JSON_OPTION, VAULT_OPTIONS, openVault, type Command } from "../vault";
import { transcriptRecap } from "./recap-input";
import { printRecap, readMeetingText } from "./recap-output";

/**
 * With --vault, the text is read knowing the vault's people (a first name may mean one of them,
 * one named in the text is mentioned) and you (the settings' name, aliases and emails: never an
 * attendee). Without it, nothing is read from any vault.
 */
async function vaultKnowledge(values: OptionValues): Promise<Pick<PasteOptions, "knownPeople" | "me">> {
  if (stringOption(values, "vault") === undefined) return {};
  const ctx = await openVault(values);
  const index = await loadPeople(ctx);
  const { myName, myAliases, myEmails } = ctx.settings;
  return {
    knownPeople: [...index.entries()].map((entry) => entry.name),
    me: { names: [myName, ...myAliases].filter((n) => n.trim() !== ""), emails: myEmails },
  };
}

export const parseCommand: Command = {
  spec: {
    name: "recap parse",
    summary: "Reads a meeting tool's text (Zoom, Meet, Teams, Otter, ...) as \"Paste recap\" does, or a transcript.",
    details: [
      "A transcript (WebVTT .vtt from Zoom, Teams or Meet, .srt, or Otter's \"Name  0:03\" text) gives",
      "its speakers as the attendees, the date and title from its file name (or --date, --title),",
      "and a link to it; a speaker it does not name (\"Speaker 1\") is a warning. Nothing said is kept.",
      "Prints the meeting note it makes (write it into the vault and run \"kith recap apply\"), or",
      "with --json the recap (\"kith recap apply\" takes that file too). <file> may be - for stdin.",
      "Warnings (a date in an ambiguous order, say) go to stderr, or into the JSON. A text without",
      "a sure date needs --date for the meeting note, else exit 2; --json prints date null.",
      "With --vault, names are matched to the vault's people (a first name that means one of them,",
      "a person only talked about is \"mentioned\") and you (your name and emails) are never an attendee.",
    ].join("\n"),
    args: ["file"],
    options: {
      date: { type: "string", value: "YYYY-MM-DD", description: "The meeting's date (over the text's; the base of relative due dates)." },
      title: { type: "string", value: "T", description: "The meeting's title (over the transcript's file name)." },
      ...JSON_OPTION,
      ...VAULT_OPTIONS,
    },
  },
  async run([file = ""], values) {
    const { text, date } = await readMeetingText(file, values);
    const title = stringOption(values, "title");
    // A transcript read from stdin has no file name: the meeting note cannot link to it.
    const fromTranscript = transcriptRecap(text, file === "-" ? "transcript" : file, file === "-" ? "" : file, { date, title });
    const { warnings, ...recap } = fromTranscript ?? parsePastedRecap(text, { meetingDate: date ?? null, ...(await vaultKnowledge(values)) });
    recap.date ??= date ?? null;
    if (title !== undefined && title.trim() !== "") recap.title = title.trim();
    return printRecap({ ...recap, warnings }, values);
  },
};
