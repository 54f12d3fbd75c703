/**
 * Meetings from a calendar (ICS): the events of a day, their attendees matched to person
 * notes, and an occurrence's meeting note. Loads ical.js: import it where a calendar is read,
 * not from the core's index, so nothing else pays for the parser.
 */
export { readCalendar, type Calendar } from "./ics";
export { eventsOnDay, type CalendarEvent } from "./events";
export { eventAttendees, type CalendarAttendee } from "./attendees";
export { matchAttendees, type MatchedAttendee, type Me } from "./match";
export { agendaOf, attendeeName, meetingNoteFromEvent, nameFromEmail, presentAttendees, recapFromEvent } from "./meeting";
export { dayBounds, isoInZone, localZone, today } from "./zoned-time";
export { calendarAddress, calendarProblem, calendarTextOf, classifyCalendarText, fileTextOf, isCalendarAddress, type CalendarResponse, type CalendarText } from "./response";
export { attendeeCount, meetingTime, mergeMeetings, todaysMeetings, type TodayMeeting } from "./today";
