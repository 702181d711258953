import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

/*
 * Nothing a user types reaches the terminal raw: control characters, bidi overrides and line
 * breaks in echoed input, titles and holiday names are written visibly, and an error stays one
 * line of bounded length.
 */

const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/; // eslint-disable-line no-control-regex

describe('echoed input in errors', () => {
  it.each([
    ['an escape sequence', '\u001b[2J2014-12-10'],
    ['a line break', '2014-12-10\nwarning: forged second line'],
    ['a bidi override', '\u202e01-21-4102'],
    ['a C1 control', '\u009b31m2014'],
  ])('%s becomes visible, one line', async (_why, input) => {
    const { stderr, exitCode } = await runInProcess([input]);
    expect(exitCode).toBe(2);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr.slice(0, -1)).not.toMatch(RAW_CONTROL);
  });

  it('quotes at most about 60 characters of a huge input and says how long it was', async () => {
    const { stderr } = await runInProcess(['x'.repeat(100_000)]);
    expect(stderr.length).toBeLessThan(300);
    expect(stderr).toContain('(100000 characters)');
  });

  it('keeps an unknown option that commander echoes to one visible bounded line', async () => {
    const { stderr, exitCode } = await runInProcess([`--bo\u001bgus${'y'.repeat(5000)}`]);
    expect(exitCode).toBe(2);
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr).toContain('\\x1b');
    expect(stderr.length).toBeLessThan(500);
  });
});

describe('user text in output', () => {
  it('writes an --extra-holiday name visibly in the text document and the audit trail', async () => {
    const { stdout } = await runInProcess(['2019-01-09', '--extra-holiday', '2019-02-01=Closed\u001b[31m\nforged', '--explain']);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('Closed\\x1b[31m\\nforged');
  });

  it('writes a --title visibly in the reminders table and status', async () => {
    for (const command of ['reminders', 'status']) {
      const { stdout } = await runInProcess([command, '2019-01-09', '--title', 'a\u202eb\u0007c', '--today', '2019-01-10']);
      expect(stdout).not.toMatch(RAW_CONTROL);
    }
  });
});

describe('user text in JSON is the text itself', () => {
  it('keeps a holiday name raw in every JSON field, the audit trail included, and escapes it only on a terminal', async () => {
    const name = 'Closed\u001b[31m';
    const json = JSON.parse((await runInProcess(['2019-01-09', '--extra-holiday', `2019-02-01=${name}`, '--explain', '--json'])).stdout) as {
      days: { date: string; reason: string | null }[];
      skippedDays: { date: string; reason: string }[];
    };
    expect(json.skippedDays.find((d) => d.date === '2019-02-01')?.reason).toBe(name);
    expect(json.days.find((d) => d.date === '2019-02-01')?.reason).toBe(`${name} (extra holiday)`);
    const text = (await runInProcess(['2019-01-09', '--extra-holiday', `2019-02-01=${name}`, '--explain'])).stdout;
    expect(text).toContain('Closed\\x1b[31m (extra holiday)');
    expect(text).not.toMatch(RAW_CONTROL);
  });

  it("keeps it raw in a warning's JSON message and escapes it in the warning printed on a terminal", async () => {
    const name = 'Closed\u001b[31m';
    const args = ['2019-02-01', '--extra-holiday', `2019-02-01=${name}`];
    const json = JSON.parse((await runInProcess([...args, '--json'])).stdout) as { warnings: { code: string; message: string }[] };
    expect(json.warnings.find((w) => w.code === 'receipt-on-non-working-day')?.message).toContain(`(${name})`);
    const text = (await runInProcess(args)).stdout;
    expect(text).toContain('(Closed\\x1b[31m)');
    expect(text).not.toMatch(RAW_CONTROL);
  });
});

describe('a register that never ends', () => {
  it('is refused once it passes 256 MiB, in one line, instead of filling memory', async () => {
    const { exitCode, stderr } = await runInProcess(['register', '/dev/zero']);
    expect(exitCode).toBe(2);
    expect(stderr).toBe('ofsted-deadline: cannot read register "/dev/zero": is larger than 256 MiB, the most this tool reads\n');
  }, 30_000);
});
