/**
 * "Did you mean …?" for a mistyped command, option or rule id: the closest known name by edit
 * distance (insertions, deletions, substitutions and swaps of neighbours), when it is close enough
 * to be a typo rather than another word. The CLI and the register share it.
 */

/** Optimal string alignment distance between two words. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known name closest to `word`, if it is within a third of the word's length (at least
 * `atLeast` changes).
 *
 * @example
 * closestName('remindres', ['reminders', 'status']) //=> 'reminders'
 * closestName('banana', ['reminders', 'status']) //=> undefined
 */
export function closestName<Name extends string>(word: string, known: readonly Name[], atLeast = 1): Name | undefined {
  const limit = Math.max(atLeast, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: Name | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const distance = editDistance(lower, name);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return bestDistance <= limit ? best : undefined;
}
