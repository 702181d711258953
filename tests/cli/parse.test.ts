import { describe, expect, it } from 'vitest';
import { ACCEPTED_DATE_FORMATS, MAX_WORKING_DAYS, parseDateArgument, parseWorkingDaysArgument, parseYearArgument } from '../../src/cli/parse.js';
import { deadlineErrorOf, isoOfDayNumber } from '../helpers/errors.js';

const TODAY = '2026-11-27';
const iso = isoOfDayNumber;

describe('parseDateArgument', () => {
  it.each([
    { input: '2014-12-10', expected: '2014-12-10', reason: 'ISO' },
    { input: '10/12/2014', expected: '2014-12-10', reason: 'UK order: 10 December, not 12 October' },
    { input: '1/2/2015', expected: '2015-02-01', reason: 'one-digit day and month: 1 February' },
    { input: '01/02/2015', expected: '2015-02-01', reason: 'zero-padded day and month' },
    { input: '31/12/2199', expected: '2199-12-31', reason: 'the last supported day' },
    { input: '1990-01-01', expected: '1990-01-01', reason: 'the first supported day' },
    { input: '2016-02-29', expected: '2016-02-29', reason: 'a leap day' },
    { input: '29/02/2000', expected: '2000-02-29', reason: 'a leap day in a 400-year century' },
    { input: 'today', expected: TODAY, reason: '"today" is the date passed in' },
    { input: 'TODAY', expected: TODAY, reason: '"today" in any case' },
    { input: ' 2014-12-10 ', expected: '2014-12-10', reason: 'surrounding spaces from a shell variable' },
  ])('$input → $expected ($reason)', ({ input, expected }) => {
    expect(iso(parseDateArgument(input, TODAY))).toBe(expected);
  });

  it.each([
    { input: '2015-02-29', why: 'February 2015 has no day 29', reason: 'not a leap year' },
    { input: '2100-02-29', why: 'February 2100 has no day 29', reason: 'a century that is not a leap year' },
    { input: '2014-13-01', why: 'there is no month 13', reason: 'month 13' },
    { input: '2014-00-10', why: 'there is no month 0', reason: 'month 0' },
    { input: '31/04/2015', why: 'April 2015 has no day 31', reason: 'April has 30 days (UK order)' },
    { input: '00/12/2014', why: 'December 2014 has no day 0', reason: 'day 0' },
    { input: '2014-12-10x', why: 'expected', reason: 'trailing junk' },
    { input: '2014-12-10 2014-12-11', why: 'expected', reason: 'two dates' },
    { input: '10/12/2014.', why: 'expected', reason: 'trailing full stop' },
    { input: '2014/12/10', why: 'expected', reason: 'slashes in ISO order' },
    { input: '12-10-2014', why: 'expected', reason: 'dashes in day-first order' },
    { input: '10/12/14', why: 'expected', reason: 'a two-digit year' },
    { input: '20141210', why: 'expected', reason: 'no separators' },
    { input: '2014-12-1', why: 'expected', reason: 'one-digit ISO day' },
    { input: '10 December 2014', why: 'expected', reason: 'words' },
    { input: 'tomorrow', why: 'expected', reason: 'an unsupported word' },
  ])('rejects $input ($reason): invalid-date, naming the input and the formats', ({ input, why }) => {
    const error = deadlineErrorOf(() => parseDateArgument(input, TODAY, 'receipt date'));
    expect(error.code).toBe('invalid-date');
    expect(error.input).toBe(input);
    expect(error.message).toContain(`receipt date ${JSON.stringify(input)}`);
    expect(error.message).toContain(why);
    expect(error.message).toContain(ACCEPTED_DATE_FORMATS);
  });

  it.each([
    { input: '', reason: 'empty' },
    { input: '   ', reason: 'only spaces' },
    { input: '\t', reason: 'a tab' },
  ])('rejects an empty date ($reason)', ({ input }) => {
    const error = deadlineErrorOf(() => parseDateArgument(input, TODAY, 'receipt date'));
    expect(error.code).toBe('invalid-date');
    expect(error.message).toBe(`empty receipt date: expected ${ACCEPTED_DATE_FORMATS}`);
  });

  it.each([
    { input: '1989-12-31', reason: 'the day before the supported range' },
    { input: '2200-01-01', reason: 'the day after it' },
    { input: '31/12/1989', reason: 'UK order, before the range' },
    { input: '0001-01-01', reason: 'year 1' },
  ])('rejects $input ($reason): out-of-range, naming the input and the years', ({ input }) => {
    const error = deadlineErrorOf(() => parseDateArgument(input, TODAY));
    expect(error.code).toBe('out-of-range');
    expect(error.message).toContain(JSON.stringify(input));
    expect(error.message).toContain('1990–2199');
  });
});

describe('parseWorkingDaysArgument', () => {
  const signed = { allowNegative: true, allowZero: true };
  const positive = { allowNegative: false, allowZero: false };

  it.each([
    { input: '70', limits: positive, expected: 70, reason: 'a plain count' },
    { input: '+5', limits: positive, expected: 5, reason: 'an explicit plus sign' },
    { input: ' 20 ', limits: positive, expected: 20, reason: 'surrounding spaces' },
    { input: '-70', limits: signed, expected: -70, reason: 'a negative count where allowed (add)' },
    { input: '0', limits: signed, expected: 0, reason: 'zero where allowed' },
    { input: String(MAX_WORKING_DAYS), limits: positive, expected: MAX_WORKING_DAYS, reason: 'the largest count' },
    { input: `-${MAX_WORKING_DAYS}`, limits: signed, expected: -MAX_WORKING_DAYS, reason: 'the most negative count' },
  ])('$input → $expected ($reason)', ({ input, limits, expected }) => {
    expect(parseWorkingDaysArgument(input, limits)).toBe(expected);
  });

  it('reads "-0" as 0, never negative zero', () => {
    expect(Object.is(parseWorkingDaysArgument('-0', signed), 0)).toBe(true);
  });

  it.each([
    { input: '1.5', limits: signed, reason: 'not whole' },
    { input: '1e3', limits: signed, reason: 'exponent notation' },
    { input: '0x10', limits: signed, reason: 'hexadecimal' },
    { input: '999999', limits: signed, reason: 'absurdly large' },
    { input: String(MAX_WORKING_DAYS + 1), limits: signed, reason: 'one past the largest' },
    { input: `-${MAX_WORKING_DAYS + 1}`, limits: signed, reason: 'one past the most negative' },
    { input: '', limits: signed, reason: 'empty' },
    { input: '  ', limits: signed, reason: 'only spaces' },
    { input: '--5', limits: signed, reason: 'a doubled sign' },
    { input: '5 days', limits: signed, reason: 'trailing words' },
    { input: 'abc', limits: signed, reason: 'not a number' },
    { input: 'Infinity', limits: signed, reason: 'Infinity' },
    { input: '-5', limits: positive, reason: 'negative where not allowed (--days)' },
    { input: '0', limits: positive, reason: 'zero where not allowed (--days)' },
  ])('rejects $input ($reason): invalid-number, naming the input and the range', ({ input, limits }) => {
    const error = deadlineErrorOf(() => parseWorkingDaysArgument(input, limits, '--days'));
    expect(error.code).toBe('invalid-number');
    expect(error.input).toBe(input);
    expect(error.message).toContain(`--days ${JSON.stringify(input)}`);
    expect(error.message).toMatch(/expected a whole number from -?\d+ to 60000/);
  });

  it.each([
    { limits: signed, range: '-60000 to 60000' },
    { limits: { allowNegative: false, allowZero: true }, range: '0 to 60000' },
    { limits: positive, range: '1 to 60000' },
  ])('states the accepted range $range', ({ limits, range }) => {
    expect(deadlineErrorOf(() => parseWorkingDaysArgument('x', limits)).message).toContain(range);
  });
});

describe('parseYearArgument', () => {
  it.each([
    { input: '2022', expected: 2022 },
    { input: ' 2022 ', expected: 2022 },
    { input: '1990', expected: 1990 },
    { input: '2199', expected: 2199 },
  ])('$input → $expected', ({ input, expected }) => {
    expect(parseYearArgument(input)).toBe(expected);
  });

  it.each([
    { input: '22', code: 'invalid-argument', reason: 'two digits' },
    { input: '20222', code: 'invalid-argument', reason: 'five digits' },
    { input: '2022.0', code: 'invalid-argument', reason: 'a decimal' },
    { input: '-2022', code: 'invalid-argument', reason: 'negative' },
    { input: 'next', code: 'invalid-argument', reason: 'a word' },
    { input: '', code: 'invalid-argument', reason: 'empty' },
    { input: '1989', code: 'out-of-range', reason: 'before 1990' },
    { input: '2200', code: 'out-of-range', reason: 'after 2199' },
  ])('rejects $input ($reason): $code', ({ input, code }) => {
    const error = deadlineErrorOf(() => parseYearArgument(input));
    expect(error.code).toBe(code);
    expect(error.input).toBe(input);
    expect(error.message).toContain(`year ${JSON.stringify(input)}`);
    expect(error.message).toMatch(code === 'out-of-range' ? /1990–2199/ : /four-digit year/);
  });
});
