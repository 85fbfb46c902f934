/** The official calendar and working-day arithmetic (R9 of ../../SPEC.md). */
export { CN_OFFICIAL_CALENDAR, type OfficialYear } from './official-calendar';
export {
  workCalendar,
  isWorkingDay,
  addWorkingDays,
  calendarCovers,
  type WorkCalendar,
} from './working-days';
export { shiftDay, endOfLocalDay } from './local-day';
export { officialYear, mergeYears, type YearProblem } from './edit-year';
