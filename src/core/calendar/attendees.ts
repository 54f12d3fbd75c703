import type ICAL from "ical.js";

/** One person invited to an event, as the calendar lists them. */
export interface CalendarAttendee {
  /** `CN`; the email when the calendar gives no name (Google writes the email as `CN` then). */
  name: string;
  email: string | null;
  /** `PARTSTAT`, lower case: accepted, declined, tentative, needs-action, delegated. */
  status: string;
  /** `ROLE`, lower case: req-participant, opt-participant, non-participant, chair. */
  role: string;
  /** The event's ORGANIZER (listed among the attendees or not). */
  organizer: boolean;
}

/** `CUTYPE`s that are no one: a room, a projector, a mailing list's address. */
const NOT_A_PERSON = /^(room|resource|group)$/i;
/** Calendar addresses of rooms and resources (Google's `...@resource.calendar.google.com`) and shared calendars. */
const CALENDAR_ADDRESS = /@(resource|group)\.calendar\.google\.com$/i;

/** `mailto:Dana@Example.com` -> `dana@example.com`; a `urn:uuid:` or other address is no email. */
function emailOf(property: ICAL.Property): string | null {
  const param = property.getParameter("email");
  const value = String(property.getFirstValue() ?? "");
  const mailto = /^mailto:(.+)$/i.exec(value.trim())?.[1];
  const email = (typeof param === "string" ? param : mailto ?? "").trim().toLowerCase();
  return email.includes("@") ? email : null;
}

function param(property: ICAL.Property, name: string): string {
  const value = property.getParameter(name);
  return typeof value === "string" ? value.trim() : "";
}

function attendeeOf(property: ICAL.Property, organizer: boolean): CalendarAttendee | null {
  const email = emailOf(property);
  if (NOT_A_PERSON.test(param(property, "cutype")) || (email !== null && CALENDAR_ADDRESS.test(email))) return null;
  const cn = param(property, "cn").replace(/^"|"$/g, "");
  const name = cn !== "" ? cn : (email ?? "");
  if (name === "") return null;
  // RFC 5545's defaults when a parameter is left out; the organizer's own invite needs no reply.
  const status = (param(property, "partstat") || (organizer ? "accepted" : "needs-action")).toLowerCase();
  const role = (param(property, "role") || (organizer ? "chair" : "req-participant")).toLowerCase();
  return { name, email, status, role, organizer };
}

/**
 * The people an event invites: its ATTENDEEs and its ORGANIZER (once, by email), rooms and
 * resources left out. Declined attendees stay, with their status: the caller decides.
 */
export function eventAttendees(event: ICAL.Component): CalendarAttendee[] {
  const organizerProperty = event.getFirstProperty("organizer");
  const organizer = organizerProperty ? attendeeOf(organizerProperty, true) : null;
  const people: CalendarAttendee[] = [];
  for (const property of event.getAllProperties("attendee")) {
    const attendee = attendeeOf(property, false);
    if (!attendee) continue;
    const isOrganizer = organizer !== null && attendee.email !== null && attendee.email === organizer.email;
    const known = people.find((p) => p.email !== null && p.email === attendee.email);
    if (known) continue;
    // Google lists the organizer among the attendees with the email as CN: keep the ORGANIZER's name.
    people.push(isOrganizer ? { ...attendee, name: attendee.name === attendee.email ? organizer.name : attendee.name, organizer: true } : attendee);
  }
  if (organizer && !people.some((p) => p.organizer)) people.unshift(organizer);
  return people;
}
