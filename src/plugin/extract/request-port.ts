import { requestUrl, type RequestUrlParam, type RequestUrlResponse } from "obsidian";
import type { RequestPort } from "../../core/extract";

/** What the port needs of `requestUrl` (tests give a stand-in). */
export type RequestUrl = (request: RequestUrlParam) => Promise<Pick<RequestUrlResponse, "status" | "text">>;

/**
 * `requestUrl` as the core's request port: no CORS trouble, and it works on mobile. `throw: false`
 * so a 401 comes back as a status the core words, not an exception; the core races the timeout,
 * since `requestUrl` takes none.
 */
export function obsidianRequestPort(send: RequestUrl = requestUrl): RequestPort {
  return async ({ url, method, headers, body }) => {
    const contentType = headers["Content-Type"];
    const response = await send({ url, method, headers, ...(body === undefined ? {} : { body }), ...(contentType ? { contentType } : {}), throw: false });
    return { status: response.status, text: response.text };
  };
}
