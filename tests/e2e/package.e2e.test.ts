/**
 * The built package as a user installs it: imported by its name from JavaScript, and type-checked
 * by tsc in a project that depends on it. Each test starts a process (node, tsc), so they run with
 * the end-to-end project (vitest.config.ts); tests/library/exports.test.ts checks the library in-process.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RUNTIME_EXPORTS } from '../helpers/runtime-exports.js';
import { typeCheckConsumer } from '../helpers/consumer-project.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the built package, imported by its name', () => {
  it('works from JavaScript as `import ... from "ofsted-deadline"` (package.json "exports", self-reference)', () => {
    const script = `
      import * as lib from 'ofsted-deadline';
      console.log(JSON.stringify({ keys: Object.keys(lib).sort(), deadline: lib.deadline('2014-12-10').deadline, add: lib.addWorkingDays('2015-03-23', -70) }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ keys: RUNTIME_EXPORTS, deadline: '2015-03-23', add: '2014-12-10' });
  });

  it('type-checks in a TypeScript project that installed it (its .d.ts files, found through "exports")', () => {
    const result = typeCheckConsumer('module', `import { deadline, addWorkingDays, countWorkingDays, isWorkingDay, DeadlineError, type Deadline } from 'ofsted-deadline';
const result: Deadline = deadline('2014-12-10', { rule: 'publish-report', region: 'england-and-wales' });
const foi: Deadline = deadline('2025-07-31', { rule: 'foi', days: 10 });
const due: string = result.deadline;
const later: string = addWorkingDays(due, 5);
const count: number = countWorkingDays('2014-12-10', later);
const open: boolean = isWorkingDay(later);
const code: string = new DeadlineError('invalid-date', 'x').code;
// @ts-expect-error the rule must be one of the catalogue's rules
deadline('2014-12-10', { rule: 'nonsense' });
// @ts-expect-error a count of working days is a number
addWorkingDays('2014-12-10', '70');
export { count, open, code, foi };
`);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
