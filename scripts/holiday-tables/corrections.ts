/**
 * Where date-holidays (GB) differs from the bank holidays actually proclaimed. Each entry was found
 * by comparing it with the gov.uk feed (2012–2028) and with the Banking and Financial Dealings Act
 * 1971 rules plus royal proclamations (1990–2011); see ../../CHANGELOG.md and the README's data
 * section. A test proves the corrected calendar equals the reference list for every year.
 */
export interface CalendarCorrections {
  /** Proclaimed days date-holidays lacks. */
  readonly add: readonly { readonly date: string; readonly name: string }[];
  /** Days date-holidays lists that were moved away by proclamation. */
  readonly remove: readonly string[];
}

export const ENGLAND_AND_WALES_CORRECTIONS: CalendarCorrections = {
  add: [
    { date: '1995-05-08', name: 'Early May bank holiday (VE day)' },
    { date: '1999-12-31', name: 'Millennium Celebrations' },
    { date: '2002-06-03', name: 'Queen’s Golden Jubilee' },
    { date: '2002-06-04', name: 'Spring bank holiday' },
    { date: '2011-04-29', name: 'Royal wedding' },
    { date: '2012-06-04', name: 'Spring bank holiday' },
  ],
  remove: [
    '1995-05-01', // early May moved to 8 May for VE Day 50
    '2002-05-27', // spring holiday moved to 4 June for the Golden Jubilee
    '2012-05-28', // spring holiday moved to 4 June for the Diamond Jubilee
  ],
};

/**
 * The UK-wide proclamations of 1995–2012 (VE Day 50, the Millennium, the Golden Jubilee, the Royal
 * Wedding, the Diamond Jubilee) applied to every nation. For 2012 the gov.uk feed confirms them in
 * Scotland and Northern Ireland too; for 1990–2011 we have no Scottish or Northern Irish reference
 * list, so those years are *unconfirmed* there (see CHANGELOG.md).
 */
const UK_WIDE_PROCLAMATIONS: CalendarCorrections = ENGLAND_AND_WALES_CORRECTIONS;

/** date-holidays GB/SCT against the gov.uk feed 2012–2028: only the 2012 spring move differs. */
export const SCOTLAND_CORRECTIONS: CalendarCorrections = UK_WIDE_PROCLAMATIONS;

/** date-holidays GB/NIR against the gov.uk feed 2012–2028: only the 2012 spring move differs. */
export const NORTHERN_IRELAND_CORRECTIONS: CalendarCorrections = UK_WIDE_PROCLAMATIONS;
