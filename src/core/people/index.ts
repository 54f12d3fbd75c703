export { personEntry, fileNameOf, type PersonEntry } from "./entry";
export { searchFields } from "./search";
export { PeopleIndex, type PersonMatch } from "./people-index";
export { loadPeopleIndex, resolvePerson, editPersonNote, createPerson, type CreatePersonResult } from "./service";
export { checkPersonNote, checkDuplicateNames, checkCaseCollisions, type DoctorFinding } from "./doctor";
export { upcomingDates, type UpcomingDate } from "./upcoming-dates";
