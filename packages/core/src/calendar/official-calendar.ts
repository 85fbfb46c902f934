/**
 * The official calendar of the People's Republic of China for the years
 * hallq ships: the public holidays and the make-up working days (调休, often
 * a Saturday or Sunday) the State Council's General Office announces each
 * year. Facts only, taken from the notices named in `source`; a year not
 * listed here is not confirmed, and working days in it are plain Monday to
 * Friday (see `calendarCovers`). Ranges are inclusive local days.
 */

export interface OfficialYear {
  year: number;
  /** The notice the days come from. */
  source: string;
  /** Days off, as inclusive [first, last] ranges. */
  holidays: readonly (readonly [string, string])[];
  /** Weekend days that are working days (调休上班). */
  workdays: readonly string[];
}

export const CN_OFFICIAL_CALENDAR: readonly OfficialYear[] = [
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）',
    holidays: [
      ['2025-01-01', '2025-01-01'], // 元旦
      ['2025-01-28', '2025-02-04'], // 春节
      ['2025-04-04', '2025-04-06'], // 清明节
      ['2025-05-01', '2025-05-05'], // 劳动节
      ['2025-05-31', '2025-06-02'], // 端午节
      ['2025-10-01', '2025-10-08'], // 国庆节、中秋节
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    // The notice's document number was not confirmed from the published text; its date was.
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
    holidays: [
      ['2026-01-01', '2026-01-03'], // 元旦
      ['2026-02-15', '2026-02-23'], // 春节
      ['2026-04-04', '2026-04-06'], // 清明节
      ['2026-05-01', '2026-05-05'], // 劳动节
      ['2026-06-19', '2026-06-21'], // 端午节
      ['2026-09-25', '2026-09-27'], // 中秋节
      ['2026-10-01', '2026-10-07'], // 国庆节
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
