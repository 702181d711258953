import { describe, expect, it } from 'vitest';
import { HOLIDAYS_FILE_VARIABLE, parseExtraHoliday, resolveCalendarFlags } from '../../src/cli/calendar-options.js';
import type { FileRead } from '../../src/cli/io.js';

const GOOD = JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'New', date: '2030-01-01' }] } });

/** A fake file system: reads are recorded so a test can see which file was used. */
function fakeIo(files: Record<string, string>, env: Record<string, string> = {}) {
  const reads: string[] = [];
  const readTextFile = (path: string): FileRead => {
    reads.push(path);
    return path in files ? { ok: true, text: files[path]! } : { ok: false, reason: 'no such file' };
  };
  return { io: { env, today: '2026-11-27', readTextFile }, reads };
}

describe('resolveCalendarFlags', () => {
  it('uses nothing extra when no option or variable is given', () => {
    const { io, reads } = fakeIo({});
    expect(resolveCalendarFlags({}, io)).toEqual({ region: undefined, sources: { extraHolidays: [] } });
    expect(reads).toEqual([]);
  });

  it('reads --holidays-file through the io hook', () => {
    const { io, reads } = fakeIo({ 'a.json': GOOD });
    const choice = resolveCalendarFlags({ holidaysFile: 'a.json', region: 'scotland' }, io);
    expect(reads).toEqual(['a.json']);
    expect(choice.region).toBe('scotland');
    expect(choice.sources.holidaysFile?.path).toBe('a.json');
  });

  it(`falls back to the file named by ${HOLIDAYS_FILE_VARIABLE}, and the option wins over it`, () => {
    const { io, reads } = fakeIo({ 'ci.json': GOOD, 'mine.json': GOOD }, { [HOLIDAYS_FILE_VARIABLE]: 'ci.json' });
    expect(resolveCalendarFlags({}, io).sources.holidaysFile?.path).toBe('ci.json');
    expect(resolveCalendarFlags({ holidaysFile: 'mine.json' }, io).sources.holidaysFile?.path).toBe('mine.json');
    expect(reads).toEqual(['ci.json', 'mine.json']);
  });

  it.each([
    [{ holidaysFile: 'missing.json' }, {}, /holidays file missing\.json \(--holidays-file\): no such file/],
    [{}, { [HOLIDAYS_FILE_VARIABLE]: 'gone.json' }, new RegExp(`holidays file gone\\.json \\(${HOLIDAYS_FILE_VARIABLE}\\): no such file`)],
    [{ holidaysFile: '' }, {}, /--holidays-file: empty file name/],
    [{ region: 'wales' }, {}, /invalid --region "wales"/],
    [{ extraHoliday: ['2030-02-30'] }, {}, /invalid --extra-holiday date "2030-02-30"/],
    [{ extraHoliday: ['=Jubilee'] }, {}, /empty --extra-holiday date/],
  ])('rejects %j (env %j)', (flags, env, message) => {
    const { io } = fakeIo({}, env as Record<string, string>);
    expect(() => resolveCalendarFlags(flags, io)).toThrow(message);
  });

  it('says so when this environment cannot read files, rather than ignoring the option', () => {
    expect(() => resolveCalendarFlags({ holidaysFile: 'a.json' }, { env: {}, today: '2026-11-27' })).toThrow(/reading files is not available/);
  });
});

describe('parseExtraHoliday', () => {
  it.each([
    ['2030-06-03=Jubilee', { date: '2030-06-03', name: 'Jubilee' }],
    ['2030-06-03', { date: '2030-06-03', name: 'Extra holiday' }],
    ['03/06/2030=Council closure day', { date: '2030-06-03', name: 'Council closure day' }],
    ['2030-06-03=a=b', { date: '2030-06-03', name: 'a=b' }],
  ])('%s', (text, expected) => {
    expect(parseExtraHoliday(text, '2026-11-27')).toEqual({ ...expected, source: 'extra-holiday' });
  });
});
