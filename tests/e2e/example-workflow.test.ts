import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { runInProcess } from '../helpers/run-in-process.js';

const workflow = readFileSync(new URL('../../examples/github-actions-ofsted-reminder.yml', import.meta.url), 'utf8');

describe('examples/github-actions-ofsted-reminder.yml', () => {
  it('handles the exit codes the tool really uses', () => {
    expect(workflow).toContain(`${ExitCode.DueToday}) echo`);
    expect(workflow).toContain(`${ExitCode.DeadlinePassed}) echo`);
    expect(workflow).toMatch(/^# +3 +a milestone, reminder or the deadline itself falls due today$/m);
    expect(workflow).toMatch(/^# +4 +the deadline has passed$/m);
  });

  it('runs a status command the binary accepts', async () => {
    const line = /npx --yes --package "\$OFSTED_DEADLINE_PACKAGE" ofsted-deadline (status .*)$/m.exec(workflow)![1]!;
    const args = line
      .replace('"$RECEIPT_DATE"', '2014-12-10')
      .replace('"$REMINDERS_BEFORE"', '20,10,5,2,1')
      .split(' ');
    expect((await runInProcess([...args, '--today', '2015-03-16'])).exitCode).toBe(ExitCode.DueToday);
    expect((await runInProcess([...args, '--today', '2015-03-17'])).exitCode).toBe(ExitCode.Ok);
  });
});
