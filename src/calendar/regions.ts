/**
 * The three bank-holiday jurisdictions of the UK, named as gov.uk's `bank-holidays.json` names its
 * divisions, so a user's gov.uk file maps onto them one to one.
 */
export const NATIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/**
 * The calendars the tool knows: the three nations and `uk`, their union (FOIA 2000 s10(6): a
 * bank holiday "in any part of the United Kingdom" is not a working day). One `as const` tuple
 * feeds help text, validation and the type.
 */
export const REGIONS = [...NATIONS, 'uk'] as const;
export type Region = (typeof REGIONS)[number];

/** The region every command uses unless a rule or `--region` says otherwise (SI 2007/462 reg 1(2)). */
export const DEFAULT_REGION: Region = 'england-and-wales';

export function isRegion(text: string): text is Region {
  return (REGIONS as readonly string[]).includes(text);
}

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
  /** Short name used to label a nation's holidays in the `uk` union ("St Andrew's Day (Scotland)"). */
  readonly shortName: string;
}

export interface NationDefinition extends RegionDefinition {
  readonly id: Nation;
}

export const NATION_DEFINITIONS: Record<Nation, NationDefinition> = {
  'england-and-wales': {
    id: 'england-and-wales',
    title: 'England and Wales bank holidays',
    shortName: 'England and Wales',
  },
  scotland: {
    id: 'scotland',
    title: 'Scotland bank holidays',
    shortName: 'Scotland',
  },
  'northern-ireland': {
    id: 'northern-ireland',
    title: 'Northern Ireland bank holidays',
    shortName: 'Northern Ireland',
  },
};

export const REGION_DEFINITIONS: Record<Region, RegionDefinition> = {
  ...NATION_DEFINITIONS,
  uk: {
    id: 'uk',
    title: 'Bank holidays in any part of the United Kingdom (England and Wales, Scotland, Northern Ireland)',
    shortName: 'UK',
  },
};
