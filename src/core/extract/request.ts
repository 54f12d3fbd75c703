/**
 * The one way the core reaches the network: the host sends the request (`requestUrl` in the
 * plugin, `fetch` in the CLI) and gives back the status and the body as text.
 */
export interface HttpRequest {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  text: string;
}

export type RequestPort = (request: HttpRequest) => Promise<HttpResponse>;

/** Raised when the server does not answer in time; the message says which server and how long. */
export class RequestTimeout extends Error {}

/**
 * The port's answer, or a RequestTimeout after `ms`: raced against a timer here, since
 * `requestUrl` takes no timeout. The request itself may run on; its answer is dropped.
 */
export async function requestWithin(port: RequestPort, request: HttpRequest, ms: number, message: string): Promise<HttpResponse> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new RequestTimeout(message)), ms);
  });
  try {
    return await Promise.race([port(request), late]);
  } finally {
    clearTimeout(timer);
  }
}
