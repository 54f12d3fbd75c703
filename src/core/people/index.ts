export { personEntry, fileNameOf, type PersonEntry } from "./entry";
export { searchFields } from "./search";
export { PeopleIndex, type PersonMatch } from "./people-index";
export { loadPeopleIndex, resolvePerson, editPersonNote, createPerson, type CreatePersonResult } from "./service";
export { refuseSharedAlias } from "./shared-alias";
export { checkPersonNote, inspectPersonNote, checkDuplicateNames, checkCaseCollisions, type DoctorFinding } from "./doctor";
export { MOST_UPCOMING_DAYS, UPCOMING_DAYS, upcomingDates, upcomingDateText, type UpcomingDate } from "./upcoming-dates";
export { peopleRows, peopleRow, peopleTable, peopleFilters, keepInTouchOf, PEOPLE_COLUMNS, ALL_PEOPLE, type PeopleRow, type PeopleColumn, type PeopleQuery, type KeepInTouch } from "./people-table";
