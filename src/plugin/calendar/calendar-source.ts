import { normalizePath, requestUrl, TFile, type App } from "obsidian";
import type { CalendarSetting } from "../../core";
import { calendarAddress, calendarProblem, calendarTextOf, fileTextOf, type CalendarResponse, type CalendarText } from "../../core/calendar";

/** Fetches an address: `requestUrl` in Obsidian; tests give a stand-in. */
export type CalendarRequest = (url: string) => Promise<CalendarResponse>;

/** How long an address may take to answer before its calendar shows a message instead. */
const FETCH_TIMEOUT_MS = 30_000;

/** `requestUrl` as the calendar port: never throws on an HTTP status, so a 401 is an answer to word. */
export const obsidianRequest: CalendarRequest = async (url) => {
  const response = await requestUrl({ url, method: "GET", headers: { Accept: "text/calendar, text/plain;q=0.5, */*;q=0.1" }, throw: false });
  return { status: response.status, text: response.status >= 200 && response.status < 300 ? response.text : "", contentType: response.headers["content-type"] };
};

/**
 * What the calendars need of Obsidian's secret storage (1.11.4+). Typed here, not as the
 * app's own type: the plugin supports versions without it, where it is read as missing.
 */
export interface SecretReader {
  getSecret(id: string): string | null;
}

/** Obsidian's secret storage, or null before 1.11.4 (where `app.secretStorage` does not exist). */
export function secretStorageOf(app: App): SecretReader | null {
  const storage = (app as unknown as { secretStorage?: SecretReader }).secretStorage;
  return storage && typeof storage.getSecret === "function" ? storage : null;
}

function withTimeout<T>(promise: Promise<T>, ms: number, why: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(why)), ms);
    promise.then(
      (value) => (window.clearTimeout(timer), resolve(value)),
      (error: unknown) => (window.clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });
}

/**
 * A calendar's text, or the sentence the list shows instead: a vault file through
 * `cachedRead`, an address (kept in secret storage) through `requestUrl`.
 */
export async function readCalendarSource(app: App, calendar: CalendarSetting, request: CalendarRequest = obsidianRequest): Promise<CalendarText> {
  if (calendar.source === "file") {
    const path = normalizePath(calendar.file);
    const file = app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) return { ok: false, message: calendarProblem.missingFile(calendar.name, path) };
    return fileTextOf(calendar.name, await app.vault.cachedRead(file));
  }
  const secrets = secretStorageOf(app);
  if (!secrets) return { ok: false, message: calendarProblem.noSecretStorage(calendar.name) };
  const address = calendar.secret === "" ? null : secrets.getSecret(calendar.secret);
  if (!address?.trim()) return { ok: false, message: calendarProblem.noSecret(calendar.name) };
  try {
    const response = await withTimeout(request(calendarAddress(address)), FETCH_TIMEOUT_MS, `no answer in ${FETCH_TIMEOUT_MS / 1000} seconds`);
    return calendarTextOf(calendar.name, response);
  } catch (error) {
    // Never the address in a message: it is a credential.
    const why = error instanceof Error ? error.message.split(address).join("its address") : "the request failed";
    return { ok: false, message: calendarProblem.unreachable(calendar.name, why) };
  }
}
