export * from './extract-dates.ts';
export { isHolidayName } from './rules/holidays.ts';
