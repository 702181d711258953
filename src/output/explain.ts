/** The `--explain` audit trail in words: text, and the reason each JSON day carries. */
import type { HolidaySource } from '../core/calendar.js';
import type { ExplainedDay, TrailCounting } from '../core/explain.js';
import { type Style, table } from './style.js';
import { human, visible } from './words.js';

export const HOLIDAY_SOURCE_LABELS: Record<HolidaySource, string> = {
  'built-in': 'built-in data',
  'holidays-file': 'holidays file',
  'extra-holiday': 'extra holiday',
};

/** Why a trail day is special, in words; `null` for an ordinary counted working day. */
export function explainedReason(day: ExplainedDay): string | null {
  const why =
    day.nonWorking === null
      ? null
      : day.nonWorking.kind === 'holiday'
        ? `${day.nonWorking.name} (${HOLIDAY_SOURCE_LABELS[day.nonWorking.holiday.source]})`
        : day.nonWorking.name;
  if (day.note === 'deemed-receipt') return 'deemed day of receipt (not counted)';
  if (day.note === 'after-period-end') {
    return why === null ? "the next working day after the period's end: the deadline" : `${why}: the period's end was not a working day, so the deadline moves on`;
  }
  return why;
}


/** The label of a counted day in a trail: "day 3", "clear day 2", "calendar day 17". */
function dayLabel(counting: TrailCounting, k: number): string {
  return counting === 'calendar-days' ? `calendar day ${k}` : counting === 'clear-days' ? `clear day ${k}` : `day ${k}`;
}

/** `--explain`: one line per day, counted as day k or skipped with the reason and its source. */
export function renderExplainText(days: readonly ExplainedDay[], counting: TrailCounting, style: Style): string {
  const rows = days.map((day) => {
    const reason = explainedReason(day);
    const counted = day.counted && day.dayNumber !== null;
    const what = counted ? dayLabel(counting, day.dayNumber!) : style.dim('skipped');
    // The reason may hold a user's holiday name: shown visibly on a terminal, raw in JSON.
    const why = reason === null ? '' : counted ? style.dim(`(${visible(reason)})`) : visible(reason);
    return [human(day.day), what, why];
  });
  return `${[style.bold(`Day by day (${days.length} days):`), ...table(rows, '  ', style.width)].join('\n')}\n`;
}
