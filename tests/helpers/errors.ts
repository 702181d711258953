import { expect } from 'vitest';
import { DeadlineError } from '../../src/core/errors.js';

/** Runs `action` and returns the DeadlineError it throws; fails the test if it throws nothing or something else. */
export function deadlineErrorOf(action: () => unknown): DeadlineError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DeadlineError);
    return error as DeadlineError;
  }
  throw new Error('expected a DeadlineError, but nothing was thrown');
}

/** ISO day of a day number by the platform's UTC arithmetic, not the code under test. */
export const isoOfDayNumber = (dayNumber: number): string => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
