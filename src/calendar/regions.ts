import { type CalendarCorrections, ENGLAND_AND_WALES_CORRECTIONS } from './corrections.js';

/** The calendars the tool knows. One `as const` tuple feeds help text, validation and the type. */
export const REGIONS = ['england-and-wales'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * Years the tool answers for. 1990 is where our reference list of proclaimed days starts; 2199
 * leaves room for an 80-year count from today. Outside these years every command is an error
 * rather than a guess.
 */
export const FIRST_SUPPORTED_YEAR = 1990;
export const LAST_SUPPORTED_YEAR = 2199;

/** The last year of announced holidays in the built-in data (the end of the gov.uk feed). */
export const HORIZON_YEAR = 2028;

export interface RegionDefinition {
  readonly id: Region;
  readonly title: string;
  /** date-holidays country/state and our corrections: the build-time source of the table. */
  readonly dateHolidays: { readonly country: string; readonly state?: string; readonly corrections: CalendarCorrections };
}

export const REGION_DEFINITIONS: Record<Region, RegionDefinition> = {
  'england-and-wales': {
    id: 'england-and-wales',
    title: 'England and Wales bank holidays',
    // date-holidays' GB without a region lacks the August holiday; ENG is England and Wales.
    dateHolidays: { country: 'GB', state: 'ENG', corrections: ENGLAND_AND_WALES_CORRECTIONS },
  },
};
