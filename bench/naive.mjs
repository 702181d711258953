// The baseline `npm run bench` compares against: what a user would write without this tool, with
// date-holidays' isHoliday checked day by day. Used as a library (imported by bench/run.mjs) and
// as a program: `node bench/naive.mjs 2014-12-10` (start-up) or `node bench/naive.mjs --batch`
// (one deadline per stdin line, as NDJSON).
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';

const holidays = new Holidays('GB', 'ENG');

/** A calendar day as a local-noon Date, as a typical caller passes to isHoliday. */
const dateOf = (iso) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 12);
const isoOf = (date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

function isWorkingDay(date) {
  const weekday = date.getDay();
  if (weekday === 0 || weekday === 6) return false;
  const found = holidays.isHoliday(date);
  return !(found && found.some((holiday) => holiday.type === 'public' || holiday.type === 'bank'));
}

/** The nth working day after (or before) an ISO date, walking one day at a time. */
export function naiveAdd(iso, n) {
  const date = dateOf(iso);
  const step = Math.sign(n);
  for (let left = Math.abs(n); left > 0; ) {
    date.setDate(date.getDate() + step);
    if (isWorkingDay(date)) left--;
  }
  return isoOf(date);
}

/** Working days after `from` up to and including `to`, walking one day at a time. */
export function naiveCount(fromIso, toIso) {
  const from = dateOf(fromIso);
  const to = dateOf(toIso);
  let count = 0;
  for (const date = new Date(from); date < to; ) {
    date.setDate(date.getDate() + 1);
    if (isWorkingDay(date)) count++;
  }
  return count;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--batch') {
    let line = 0;
    for await (const input of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      line++;
      if (input.trim() === '') continue;
      process.stdout.write(`${JSON.stringify({ line, input, receiptDate: input, deadline: naiveAdd(input, 70) })}\n`);
    }
  } else {
    console.log(`Written statement of action due ${naiveAdd(process.argv[2], 70)}`);
  }
}
