import type { TodayMeeting } from "../../../core/calendar";
import type { MeetingsState } from "../../calendar/todays-meetings";
import { activatable, emptyLine, FOCUS_KEY, section, type RenderContext } from "./parts";

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A stable key for a meeting row, so focus comes back to it after a re-render. */
const rowKey = (m: TodayMeeting): string => `meeting:${m.calendar}:${m.event.uid}:${m.event.recurrenceId ?? ""}`;

/**
 * "Today's meetings" at the top of the panel: each meeting's time (the device's zone), title
 * and how many people attend; a click starts its meeting note. A calendar that could not be
 * read shows its message below the meetings of the others.
 */
export function renderTodaysMeetings(root: HTMLElement, state: MeetingsState, ctx: RenderContext, start: (meeting: TodayMeeting) => void): void {
  const body = section(root, "todays-meetings", "Today's meetings", ctx, state.loaded ? state.meetings.length : undefined);
  // The panel's other parts are drawn first; this section goes above them.
  const details = body.parentElement;
  if (details) root.prepend(details);
  if (!state.loaded) return emptyLine(body, "Reading your calendars…");
  if (state.meetings.length === 0 && state.problems.length === 0) emptyLine(body, "No meetings today.");
  const many = new Set(state.meetings.map((m) => m.calendar)).size > 1;
  const list = body.createEl("ul", { cls: "kith-meetings" });
  for (const meeting of state.meetings) {
    const row = list.createEl("li", { cls: "kith-meeting", attr: { [FOCUS_KEY]: rowKey(meeting) } });
    row.createSpan({ cls: "kith-meeting-time", text: meeting.time });
    const main = row.createDiv({ cls: "kith-meeting-main" });
    main.createDiv({ cls: "kith-meeting-title", text: meeting.title });
    const detail = [plural(meeting.attendeeCount, "attendee"), ...(many ? [meeting.calendar] : [])].join(" · ");
    main.createDiv({ cls: "kith-meeting-detail", text: detail });
    activatable(row, `Start the meeting note of ${meeting.title}, ${meeting.time}`, () => start(meeting));
  }
  for (const problem of state.problems) body.createDiv({ cls: "kith-calendar-problem", text: problem });
}
