/**
 * `calendar`: month grids like `cal`, Monday first. Every mark is a symbol as well as a colour, so
 * the picture reads the same with `--no-color`, in a CI log or on paper.
 */
import type { DayMark, GridDay, MonthGrid } from '../core/month-grid.js';
import type { Schedule } from '../core/schedule.js';
import { entryLabel } from './schedule-words.js';
import type { Style } from './style.js';
import { prose, renderWarnings } from './text.js';
import { human, monthTitle, visible } from './words.js';

/** The symbol after each day of the month; counted days also carry their working-day number. */
function tag(day: GridDay): string {
  switch (day.mark) {
    case 'receipt':
      return 'R';
    case 'counted':
      return `#${day.workingDay}`;
    case 'milestone':
      return `*${day.workingDay}`;
    case 'deadline':
      return `!${day.workingDay}`;
    case 'holiday':
      return 'H';
    case 'weekend':
      return '-';
    case 'outside':
      return '';
  }
}

function paint(style: Style, mark: DayMark, text: string): string {
  switch (mark) {
    case 'receipt':
      return style.cyan.bold(text);
    case 'counted':
      return style.green(text);
    case 'milestone':
      return style.yellow.bold(text);
    case 'deadline':
      return style.red.bold.inverse(text);
    case 'holiday':
      return style.magenta(text);
    case 'weekend':
    case 'outside':
      return style.dim(text);
  }
}

const WEEKDAY_HEADERS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

function renderMonth(grid: MonthGrid, style: Style, tagWidth: number): string[] {
  const cellWidth = 3 + tagWidth;
  // Padding outside the colour, so that a week's line ends in no spaces hidden before a reset code.
  const cell = (day: GridDay | null): string => {
    if (day === null) return ' '.repeat(cellWidth);
    const text = `${String(day.dayOfMonth).padStart(2)} ${tag(day)}`.trimEnd();
    return paint(style, day.mark, text) + ' '.repeat(cellWidth - text.length);
  };
  const width = cellWidth * 7 + 6 * 2;
  const title = monthTitle(grid.year, grid.month);
  return [
    style.bold(title.padStart(Math.floor((width + title.length) / 2)).trimEnd()),
    WEEKDAY_HEADERS.map((name) => name.padStart(2).padEnd(cellWidth)).join('  ').trimEnd(),
    ...grid.weeks.map((week) => week.map(cell).join('  ').trimEnd()),
  ];
}

/** The legend: every symbol in words, then the milestones and bank holidays drawn. */
function legend(schedule: Schedule, grids: readonly MonthGrid[], style: Style): string[] {
  const days = grids.flatMap((grid) => grid.weeks.flat()).filter((day): day is GridDay => day !== null);
  const key = (mark: DayMark, symbol: string, words: string) => `${paint(style, mark, symbol)} ${words}`;
  const lines = [
    style.bold('Key:'),
    `  ${key('receipt', 'R', 'received (day 0: the day of receipt never counts)')}`,
    `  ${key('counted', '#n', 'working day n after receipt')}    ${key('milestone', '*n', 'milestone due')}    ${key('deadline', '!n', 'deadline')}`,
    `  ${key('holiday', 'H', 'bank holiday')}    ${key('weekend', '-', 'weekend')}    plain: outside the count`,
    '',
    style.bold('Milestones:'),
    ...schedule.entries
      .filter((entry) => entry.kind === 'milestone' || entry.kind === 'deadline')
      .flatMap((entry) =>
        prose(style, `${entry.kind === 'deadline' ? '!' : '*'} ${human(entry.date)}  day ${entry.workingDay}  ${visible(entryLabel(schedule, entry))}  [${entry.rule.citation}]`, '  ', '      '),
      ),
  ];
  const { event, deadline } = schedule.result;
  const holidays = days.filter((day) => day.mark === 'holiday' && day.day > event && day.day <= deadline);
  lines.push('', style.bold(`Bank holidays skipped (${holidays.length}):`), ...holidays.map((day) => `  H ${human(day.day)}  ${visible(day.holiday ?? '')}`));
  if (holidays.length === 0) lines.push('  none');
  return lines;
}

/** Month grids from the receipt month to the deadline month, with a legend. */
export function renderCalendarView(schedule: Schedule, grids: readonly MonthGrid[], style: Style): string {
  const tagWidth = Math.max(3, ...grids.flatMap((grid) => grid.weeks.flat()).map((day) => (day ? tag(day).length : 0)));
  const months = grids.flatMap((grid) => [...renderMonth(grid, style, tagWidth), '']);
  const warnings = schedule.result.warnings.length > 0 ? [renderWarnings(style, schedule.result.warnings).trimEnd(), ''] : [];
  return `${[...warnings, ...months, ...legend(schedule, grids, style)].join('\n')}\n`;
}
