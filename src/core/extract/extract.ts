import { isIsoDate } from "../dates";
import { KithError } from "../errors";
import type { PastedRecap } from "../recap/recap";
import { recapFromAnswer } from "./answer";
import type { HttpRequest, RequestPort } from "./request";
import { RECAP_SCHEMA, SYSTEM_PROMPT } from "./schema";
import { bodyOf, endpoint, headersFor, hostOf, send, type ModelServer } from "./server";

/** What is sent to the model: the meeting's text and who likely attended; never anything else of the vault. */
export interface ExtractInput {
  /** The transcript, the meeting tool's summary or the notes. */
  text: string;
  /** Who likely attended (the calendar event's attendees, the names the text gives). */
  attendees: readonly string[];
  /** A date the caller knows: it wins over the model's. */
  meetingDate?: string | null;
  /** A title the caller knows: it wins over the model's. */
  title?: string | null;
}

/** How the answer's shape is asked for: structured output (a JSON Schema), or JSON mode with the schema in the prompt. */
export type AnswerMode = "schema" | "json";

/** The chat-completions request, as the user may see it before it is sent. */
export function extractionRequest(server: ModelServer, input: ExtractInput, mode: AnswerMode = "schema"): HttpRequest {
  const likely = input.attendees.length > 0 ? input.attendees.join(", ") : "not known";
  const schemaNote = mode === "json" ? `\nAnswer with one JSON object of this JSON Schema:\n${JSON.stringify(RECAP_SCHEMA)}` : "";
  const body = {
    model: server.model,
    temperature: 0,
    messages: [
      { role: "system", content: SYSTEM_PROMPT + schemaNote },
      { role: "user", content: `Likely attendees: ${likely}\n\nMeeting text:\n${input.text}` },
    ],
    response_format: mode === "schema" ? { type: "json_schema", json_schema: { name: "kith_recap", strict: true, schema: RECAP_SCHEMA } } : { type: "json_object" },
  };
  return { url: endpoint(server.baseUrl, "/chat/completions"), method: "POST", headers: headersFor(server), body: JSON.stringify(body) };
}

/**
 * Asks the model for the meeting's recap and checks its answer (recapFromAnswer): the result is
 * for the same preview as a pasted recap, warnings included; nothing is written here. A server
 * that refuses structured output (400 or 422) is asked again in JSON mode.
 */
export async function extractRecap(port: RequestPort, server: ModelServer, input: ExtractInput): Promise<PastedRecap> {
  if (server.model.trim() === "") throw new KithError("invalid-value", "No model is set: choose one in Kith's settings (or KITH_LLM_MODEL).");
  if (input.text.trim() === "") throw new KithError("invalid-value", "The meeting text is empty: there is nothing to extract.");
  let request = extractionRequest(server, input, "schema");
  let response = await send(port, server, request);
  if (response.status === 400 || response.status === 422) {
    request = extractionRequest(server, input, "json");
    response = await send(port, server, request);
  }
  const content = completionContent(bodyOf(request.url, response));
  if (content === null) throw new KithError("network", `${hostOf(request.url)} did not answer with a chat completion.`);
  const recap = recapFromAnswer(content, input);
  const given = input.meetingDate && isIsoDate(input.meetingDate) ? input.meetingDate : null;
  const title = input.title?.trim();
  return {
    ...recap,
    date: given ?? recap.date,
    title: title || recap.title,
    // The caller's date is sure: the model's reading of it needs no check then.
    warnings: given ? recap.warnings.filter((w) => !w.startsWith("The meeting's date ")) : recap.warnings,
  };
}

/** `choices[0].message.content` of a chat completion, or null when the body is not one. */
function completionContent(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { choices?: Array<{ message?: { content?: unknown; refusal?: unknown } }> };
    const message = parsed.choices?.[0]?.message;
    if (typeof message?.refusal === "string" && message.refusal !== "") return null;
    return typeof message?.content === "string" ? message.content : null;
  } catch {
    return null;
  }
}
