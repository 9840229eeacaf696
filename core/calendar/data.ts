/**
 * The Russian federal production calendar for a five-day week (производственный календарь), one line a
 * year, written from ../shared/calendar/ru.json (test/core/calendar/data.test.ts compares every day with
 * it). A line: the year | the Government's decree on moving days off | `off` the Monday–Friday days off
 * (public holidays, Labour Code art. 112, and moved days off) | `work` the Saturdays and Sundays that are
 * working days (— for none) | `short` the working days one hour shorter (art. 95). Every other
 * Monday–Friday is a working day, every other Saturday and Sunday a day off.
 *
 * Adding a year is one line: the decree is published in the autumn before the year (publication.pravo.gov.ru,
 * «О переносе выходных дней в … году»); copy its moved days and the holidays into a line below and run
 * `npx vitest run test/core/calendar` (docs/calendar.md says how to check it against the published norm).
 * The days made non-working with pay by Presidential decree in 2020 and 2021 (nonWorkingPaid in ru.json)
 * are working days here: the production calendar counts them so for the working-time norm.
 */
export const CALENDAR_YEARS: readonly string[] = [
  '2013 | № 1048 от 15.10.2012 | off 01-01 01-02 01-03 01-04 01-07 01-08 03-08 05-01 05-02 05-03 05-09 05-10 06-12 11-04 | work — | short 02-22 03-07 04-30 05-08 06-11 12-31',
  '2014 | № 444 от 28.05.2013 | off 01-01 01-02 01-03 01-06 01-07 01-08 03-10 05-01 05-02 05-09 06-12 06-13 11-03 11-04 | work — | short 02-24 03-07 04-30 05-08 06-11 12-31',
  '2015 | № 860 от 27.08.2014 | off 01-01 01-02 01-05 01-06 01-07 01-08 01-09 02-23 03-09 05-01 05-04 05-11 06-12 11-04 | work — | short 04-30 05-08 06-11 11-03 12-31',
  '2016 | № 1017 от 24.09.2015 | off 01-01 01-04 01-05 01-06 01-07 01-08 02-22 02-23 03-07 03-08 05-02 05-03 05-09 06-13 11-04 | work 02-20 | short 02-20 11-03',
  '2017 | № 756 от 04.08.2016 | off 01-02 01-03 01-04 01-05 01-06 02-23 02-24 03-08 05-01 05-08 05-09 06-12 11-06 | work — | short 02-22 03-07 11-03',
  '2018 | № 1250 от 14.10.2017 | off 01-01 01-02 01-03 01-04 01-05 01-08 02-23 03-08 03-09 04-30 05-01 05-02 05-09 06-11 06-12 11-05 12-31 | work 04-28 06-09 12-29 | short 02-22 03-07 04-28 05-08 06-09 12-29',
  '2019 | № 1163 от 01.10.2018 | off 01-01 01-02 01-03 01-04 01-07 01-08 03-08 05-01 05-02 05-03 05-09 05-10 06-12 11-04 | work — | short 02-22 03-07 04-30 05-08 06-11 12-31',
  '2020 | № 875 от 10.07.2019 | off 01-01 01-02 01-03 01-06 01-07 01-08 02-24 03-09 05-01 05-04 05-05 05-11 06-12 11-04 | work — | short 04-30 05-08 06-11 11-03 12-31',
  '2021 | № 1648 от 10.10.2020 | off 01-01 01-04 01-05 01-06 01-07 01-08 02-22 02-23 03-08 05-03 05-10 06-14 11-04 11-05 12-31 | work 02-20 | short 02-20 04-30 06-11 11-03',
  '2022 | № 1564 от 16.09.2021 | off 01-03 01-04 01-05 01-06 01-07 02-23 03-07 03-08 05-02 05-03 05-09 05-10 06-13 11-04 | work 03-05 | short 02-22 03-05 11-03',
  '2023 | № 2406 от 29.08.2022 | off 01-02 01-03 01-04 01-05 01-06 02-23 02-24 03-08 05-01 05-08 05-09 06-12 11-06 | work — | short 02-22 03-07 11-03',
  '2024 | № 1335 от 10.08.2023 | off 01-01 01-02 01-03 01-04 01-05 01-08 02-23 03-08 04-29 04-30 05-01 05-09 05-10 06-12 11-04 12-30 12-31 | work 04-27 11-02 12-28 | short 02-22 03-07 05-08 06-11 11-02',
  '2025 | № 1335 от 04.10.2024 | off 01-01 01-02 01-03 01-06 01-07 01-08 05-01 05-02 05-08 05-09 06-12 06-13 11-03 11-04 12-31 | work 11-01 | short 03-07 04-30 06-11 11-01',
  '2026 | № 1466 от 24.09.2025 | off 01-01 01-02 01-05 01-06 01-07 01-08 01-09 02-23 03-09 05-01 05-11 06-12 11-04 12-31 | work — | short 04-30 05-08 06-11 11-03',
  '2027 | № 1187 от 17.09.2026 | off 01-01 01-04 01-05 01-06 01-07 01-08 02-22 02-23 03-08 05-03 05-10 06-14 11-04 11-05 12-31 | work 02-20 | short 02-20 04-30 06-11 11-03',
];
