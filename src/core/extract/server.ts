import { KithError } from "../errors";
import { requestWithin, RequestTimeout, type HttpRequest, type HttpResponse, type RequestPort } from "./request";

/** An OpenAI-compatible server (Ollama, LM Studio, llama.cpp's server, vLLM, OpenAI, Azure) and the model to ask. */
export interface ModelServer {
  /** Its base URL, up to the API version: `http://localhost:11434/v1`, `https://api.openai.com/v1`. */
  baseUrl: string;
  model: string;
  /** The API key; empty for a local server that takes none. */
  apiKey: string;
  /** How long to wait for an answer (default 120 s: a local model on a laptop is slow). */
  timeoutSeconds?: number;
}

const DEFAULT_TIMEOUT_SECONDS = 120;

/** `base` + `/path`, the base checked: an http(s) address, without a query. */
export function endpoint(baseUrl: string, path: string): string {
  const base = baseUrl.trim().replace(/\/+$/, "");
  // A user name or password in the address would be printed with every error: the key is given apart.
  if (/^https?:\/\/[^/?#]*@/i.test(base)) throw new KithError("invalid-value", "The server's base URL holds a user name or password: give the address alone, and the key as the API key.");
  if (!/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/i.test(base)) {
    throw new KithError("invalid-value", `"${baseUrl}" is not a server's base URL (such as http://localhost:11434/v1).`);
  }
  return `${base}${path}`;
}

export function headersFor(server: ModelServer): Record<string, string> {
  return { "Content-Type": "application/json", ...(server.apiKey.trim() === "" ? {} : { Authorization: `Bearer ${server.apiKey.trim()}` }) };
}

/** Sends a request to the server within its timeout; a server that cannot be reached or is too slow is a KithError in words. */
export async function send(port: RequestPort, server: ModelServer, request: HttpRequest): Promise<HttpResponse> {
  const seconds = server.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  try {
    return await requestWithin(port, request, seconds * 1000, `${hostOf(request.url)} did not answer within ${seconds} s.`);
  } catch (error) {
    if (error instanceof RequestTimeout) throw new KithError("network", error.message);
    throw new KithError("network", `Could not reach ${hostOf(request.url)}: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** The body of a 2xx answer; any other status is a KithError in words. */
export function bodyOf(url: string, response: HttpResponse): string {
  if (response.status >= 200 && response.status < 300) return response.text;
  throw new KithError("network", statusMessage(url, response));
}

/** Why the server said no, in words, with its own message when it gave one. */
function statusMessage(url: string, response: HttpResponse): string {
  const host = hostOf(url);
  const said = serverMessage(response.text);
  const reason = said ? ` (${said})` : "";
  if (response.status === 401 || response.status === 403) return `${host} refused the API key (${response.status})${reason}: check the key.`;
  if (response.status === 404) return `${host} answered 404${reason}: check the base URL (it usually ends in /v1) and the model name.`;
  if (response.status === 429) return `${host} is busy or over its quota (429)${reason}: try again later.`;
  return `${host} answered ${response.status}${reason}.`;
}

/** The `error.message` (or `error` text) of an OpenAI-style error body, cut short. */
function serverMessage(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    const error = typeof parsed === "object" && parsed !== null ? (parsed as { error?: unknown }).error : undefined;
    const message = typeof error === "string" ? error : typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
    return typeof message === "string" && message.trim() !== "" ? message.trim().slice(0, 200) : null;
  } catch {
    return null;
  }
}

/** The address's host, never its path or query (where a secret may be). */
export function hostOf(url: string): string {
  return /^https?:\/\/(?:[^/?#@]*@)?([^/?#@]+)/i.exec(url)?.[1] ?? "the server";
}

/** The models the server offers (`GET /models`), by id, for the settings' list. */
export async function listModels(port: RequestPort, server: Omit<ModelServer, "model">): Promise<string[]> {
  const url = endpoint(server.baseUrl, "/models");
  const listing = { ...server, model: "" };
  const body = bodyOf(url, await send(port, listing, { url, method: "GET", headers: headersFor(listing) }));
  const ids = readModelIds(body);
  if (ids === null) throw new KithError("network", `${hostOf(url)} did not answer /models with a list of models.`);
  return ids;
}

function readModelIds(body: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(body);
    const data = typeof parsed === "object" && parsed !== null ? (parsed as { data?: unknown }).data : undefined;
    if (!Array.isArray(data)) return null;
    return data.flatMap((m: unknown) => (typeof m === "object" && m !== null && typeof (m as { id?: unknown }).id === "string" ? [(m as { id: string }).id] : [])).sort();
  } catch {
    return null;
  }
}
