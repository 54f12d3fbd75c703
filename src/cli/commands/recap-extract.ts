import { KithError } from "../../core";
import { extractRecap, extractionRequest, likelyAttendees, type HttpRequest, type ModelServer, type RequestPort } from "../../core/extract";
import { stringOption } from "../args";
import { JSON_OPTION, type Command } from "../vault";
import { printRecap, readMeetingText } from "./recap-output";

/** The model server from the environment: KITH_LLM_BASE_URL and KITH_LLM_MODEL, with KITH_LLM_API_KEY and KITH_LLM_TIMEOUT (seconds) when set. */
function serverFromEnv(env: NodeJS.ProcessEnv): ModelServer {
  const baseUrl = env.KITH_LLM_BASE_URL?.trim() ?? "";
  const model = env.KITH_LLM_MODEL?.trim() ?? "";
  if (baseUrl === "") throw new KithError("invalid-value", "KITH_LLM_BASE_URL is not set: give your model server's base URL (such as http://localhost:11434/v1 for Ollama).");
  if (model === "") throw new KithError("invalid-value", "KITH_LLM_MODEL is not set: give the model's name (such as llama3.1).");
  const timeout = env.KITH_LLM_TIMEOUT?.trim();
  const timeoutSeconds = timeout ? Number(timeout) : undefined;
  if (timeoutSeconds !== undefined && !(timeoutSeconds > 0)) throw new KithError("invalid-value", `KITH_LLM_TIMEOUT "${timeout}" is not a number of seconds.`);
  return { baseUrl, model, apiKey: env.KITH_LLM_API_KEY ?? "", ...(timeoutSeconds ? { timeoutSeconds } : {}) };
}

/** Node's fetch as the core's port; cut off a little after the core's own timeout, so no answer keeps the process alive. */
function fetchPort(server: ModelServer): RequestPort {
  const limit = ((server.timeoutSeconds ?? 120) + 1) * 1000;
  return async ({ url, method, headers, body }) => {
    const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(limit) });
    return { status: response.status, text: await response.text() };
  };
}

/** The request as it would be sent, the key hidden. */
function shownRequest(request: HttpRequest): string {
  const headers = Object.entries(request.headers).map(([k, v]) => `${k}: ${k.toLowerCase() === "authorization" ? "Bearer ***" : v}`);
  const body = request.body === undefined ? "" : `\n\n${JSON.stringify(JSON.parse(request.body) as unknown, null, 2)}`;
  return `${request.method} ${request.url}\n${headers.join("\n")}${body}\n`;
}

export const extractCommand: Command = {
  spec: {
    name: "recap extract",
    summary: "Asks your own model (an OpenAI-compatible server) for a meeting's recap, checked against the text.",
    details: [
      "Sends the meeting's text (a transcript, a meeting tool's summary or notes) and the names of the",
      "likely attendees (--attendee, else the text's) to the server KITH_LLM_BASE_URL names (Ollama:",
      "http://localhost:11434/v1; LM Studio, llama.cpp's server, vLLM, OpenAI and Azure speak the same),",
      "model KITH_LLM_MODEL, key KITH_LLM_API_KEY when it takes one, waiting KITH_LLM_TIMEOUT seconds",
      "(default 120). Nothing else of the vault is sent. Each fact, decision and action must quote the",
      "text; what does not (or names someone who is not there) is left out with a warning. Prints the",
      "meeting note (or the recap with --json) as \"recap parse\" does: nothing is written. With",
      "--show-request, prints the request instead of sending it. <file> may be - for stdin.",
    ].join("\n"),
    args: ["file"],
    options: {
      date: { type: "string", value: "YYYY-MM-DD", description: "The meeting's date (over the model's reading)." },
      title: { type: "string", value: "T", description: "The meeting's title (over the model's)." },
      attendee: { type: "string", multiple: true, value: "NAME", description: "Someone who attended (the calendar's attendees), sent as a likely attendee." },
      "show-request": { type: "boolean", description: "Print the request that would be sent (the key hidden); send nothing." },
      ...JSON_OPTION,
    },
  },
  async run([file = ""], values) {
    const { text, date } = await readMeetingText(file, values);
    const given = Array.isArray(values.attendee) ? values.attendee.filter((a): a is string => typeof a === "string" && a.trim() !== "") : [];
    const input = { text, attendees: likelyAttendees(text, given, {}), meetingDate: date ?? null, title: stringOption(values, "title") ?? null };
    const server = serverFromEnv(process.env);
    if (values["show-request"] === true) {
      process.stdout.write(shownRequest(extractionRequest(server, input)));
      return 0;
    }
    return printRecap(await extractRecap(fetchPort(server), server, input), values);
  },
};
