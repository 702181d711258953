import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_WRITE_OPERATIONS, type WriteOperations, sameFile, writeTextFile } from '../../src/cli/files.js';
import { runInProcess } from '../helpers/run-in-process.js';

const feedText = readFileSync(new URL('../fixtures/gov-uk-bank-holidays.json', import.meta.url), 'utf8');
/** A fresh directory per test, so "no temporary is left" can list it. */
const freshDir = () => mkdtempSync(join(tmpdir(), 'ofsted-deadline-output-'));
const OLD = 'the old file, which must survive\n';

describe('--output FILE replaces the file only after a complete write', () => {
  it('writes the document, leaving nothing else in the directory', async () => {
    const dir = freshDir();
    const target = join(dir, 'reminders.ics');
    writeFileSync(target, OLD);
    const result = await runInProcess(['reminders', '2014-12-10', '--ics', '--output', target]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    expect(readdirSync(dir)).toEqual(['reminders.ics']);
  });

  it('writes a register calendar made a piece at a time, megabytes of it, as stdout gets it', async () => {
    const dir = freshDir();
    const target = join(dir, 'register.ics');
    writeFileSync(target, OLD);
    // 3,000 open matters: several megabytes of calendar, so several writes of about a megabyte.
    const rows = Array.from({ length: 3_000 }, (_, i) => `M-${i},2025-02-${String((i % 27) + 1).padStart(2, '0')},foi,"Request ${i}; about, escaping",`);
    writeFileSync(join(dir, 'register.csv'), ['id,received,rule,title,closed', ...rows].join('\n'));
    const args = ['register', join(dir, 'register.csv'), '--ics', '--today', '2025-03-03'];
    const toStdout = await runInProcess(args);
    const toFile = await runInProcess([...args, '--output', target]);
    expect([toStdout.exitCode, toFile.exitCode, toFile.stdout]).toEqual([0, 0, '']);
    expect(toStdout.stdout.length).toBeGreaterThan(3 * (1 << 20));
    expect(toStdout.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*\r\nEND:VCALENDAR\r\n$/);
    expect(toStdout.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(3_000);
    expect(readFileSync(target, 'utf8') === toStdout.stdout).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['register.csv', 'register.ics']);
  });

  it('keeps an existing file’s permissions', () => {
    const dir = freshDir();
    const target = join(dir, 'private.csv');
    writeFileSync(target, OLD);
    chmodSync(target, 0o600);
    expect(writeTextFile(target, 'new\n')).toEqual({ ok: true });
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('replaces the file a symbolic link points to, not the link', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'real.txt'), OLD);
    symlinkSync('real.txt', join(dir, 'link.txt'));
    expect(writeTextFile(join(dir, 'link.txt'), 'new\n')).toEqual({ ok: true });
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'real.txt']);
  });

  it('writes into a device rather than replacing it (--output /dev/null)', async () => {
    const result = await runInProcess(['reminders', '2014-12-10', '--output', '/dev/null']);
    expect(result.exitCode).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it.each([
    { reason: 'a write that fails half-way (a full disk)', failing: 'write' as const, code: 'ENOSPC', message: 'no space left on device' },
    { reason: 'a flush that fails (an I/O error)', failing: 'fsync' as const, code: 'EIO', message: 'input/output error' },
    { reason: 'a rename that fails', failing: 'rename' as const, code: 'EXDEV', message: 'cannot be written' },
  ])('on $reason the old file is untouched and no temporary is left', ({ failing, code, message }) => {
    const dir = freshDir();
    const target = join(dir, 'out.txt');
    writeFileSync(target, OLD);
    const fs: WriteOperations = {
      ...NODE_WRITE_OPERATIONS,
      [failing]: (...args: never[]) => {
        if (failing === 'write') (NODE_WRITE_OPERATIONS.write as (...a: never[]) => void)(...args); // some bytes reach the temporary
        throw Object.assign(new Error(`${code}: simulated`), { code });
      },
    };
    const result = writeTextFile(target, 'a new document\n'.repeat(1000), fs);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(message);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it("keeps a replaced file's own mode whatever the umask", () => {
    const target = join(freshDir(), 'shared.csv');
    writeFileSync(target, OLD);
    chmodSync(target, 0o644);
    const umask = process.umask(0o077);
    try {
      expect(writeTextFile(target, 'new\n').ok).toBe(true);
    } finally {
      process.umask(umask);
    }
    expect(statSync(target).mode & 0o7777).toBe(0o644);
  });

  it('writes a device in place by the name given, even when that name has no real path (/dev/stdout on a pipe)', () => {
    const calls: string[] = [];
    const fs: WriteOperations = {
      ...NODE_WRITE_OPERATIONS,
      realpath: () => {
        throw Object.assign(new Error('ENOENT: simulated'), { code: 'ENOENT' });
      },
      create: (...args) => (calls.push('create'), NODE_WRITE_OPERATIONS.create(...args)),
      rename: (...args) => (calls.push('rename'), NODE_WRITE_OPERATIONS.rename(...args)),
      openInPlace: (...args) => (calls.push('openInPlace'), NODE_WRITE_OPERATIONS.openInPlace(...args)),
    };
    expect(writeTextFile('/dev/null', 'x\n', fs)).toEqual({ ok: true });
    // Opened where it is: no temporary beside it, nothing renamed over it.
    expect(calls).toEqual(['openInPlace']);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('writes through a symbolic link to a file not yet made, and the link stays a link', async () => {
    const { lstatSync } = await import('node:fs');
    const dir = freshDir();
    symlinkSync('made-later.csv', join(dir, 'link.csv'));
    const result = await runInProcess(['reminders', '2014-12-10', '--csv', '--output', join(dir, 'link.csv')]);
    expect(result.exitCode).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made-later.csv'), 'utf8')).toMatch(/^date,weekday,label/);
    expect(readdirSync(dir).sort()).toEqual(['link.csv', 'made-later.csv']);
    symlinkSync(join('missing', 'x.csv'), join(dir, 'nowhere.csv'));
    const refused = await runInProcess(['reminders', '2014-12-10', '--csv', '--output', join(dir, 'nowhere.csv')]);
    expect([refused.exitCode, refused.stderr]).toEqual([2, expect.stringMatching(/nowhere\.csv": no such directory\n$/)]);
    expect(lstatSync(join(dir, 'nowhere.csv')).isSymbolicLink()).toBe(true);
  });

  it('a target that is a directory is exit 2, and the directory is untouched', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'out.csv'));
    writeFileSync(join(dir, 'out.csv', 'inside.txt'), OLD);
    const result = await runInProcess(['reminders', '2014-12-10', '--csv', '--output', join(dir, 'out.csv')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^ofsted-deadline: cannot write --output ".*out\.csv": is a directory, not a file\n$/);
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(readdirSync(join(dir, 'out.csv'))).toEqual(['inside.txt']);
  });

  it('a missing directory is exit 2 with one line, and nothing is created', async () => {
    const dir = freshDir();
    const result = await runInProcess(['reminders', '2014-12-10', '--output', join(dir, 'no', 'such', 'x.txt')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^ofsted-deadline: cannot write --output ".*x\.txt": no such directory\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a directory the temporary cannot be made in (EACCES) leaves the old file untouched', () => {
    const dir = freshDir();
    const target = join(dir, 'out.txt');
    writeFileSync(target, OLD);
    const fs: WriteOperations = {
      ...NODE_WRITE_OPERATIONS,
      create: () => {
        throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' });
      },
    };
    expect(writeTextFile(target, 'new\n', fs)).toEqual({ ok: false, reason: expect.stringMatching(/permission denied/) });
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  // root may write anywhere, so a real read-only directory only fails for other users (the test
  // above simulates it for root).
  it.skipIf(process.getuid?.() === 0)('a read-only directory is exit 2 and the old file is untouched', async () => {
    const dir = freshDir();
    const target = join(dir, 'out.txt');
    writeFileSync(target, OLD);
    chmodSync(dir, 0o555);
    try {
      const result = await runInProcess(['reminders', '2014-12-10', '--output', target]);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/permission denied/);
      expect(readFileSync(target, 'utf8')).toBe(OLD);
      expect(readdirSync(dir)).toEqual(['out.txt']);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

describe('--output - and --output naming an input', () => {
  it('--output - writes to stdout and creates no file named "-"', async () => {
    const plain = await runInProcess(['reminders', '2014-12-10', '--csv']);
    const dashed = await runInProcess(['reminders', '2014-12-10', '--csv', '--output', '-']);
    expect(dashed.exitCode).toBe(0);
    expect(dashed.stdout).toBe(plain.stdout);
    expect(existsSync('-')).toBe(false);
  });

  it('refuses to overwrite the holidays file, however it is named, and leaves it as it was', async () => {
    const dir = freshDir();
    const holidays = join(dir, 'holidays.json');
    writeFileSync(holidays, feedText);
    symlinkSync('holidays.json', join(dir, 'link.json'));
    linkSync(holidays, join(dir, 'hard.json'));
    const relativePath = relative(process.cwd(), holidays);
    for (const output of [holidays, relativePath, join(dir, '.', 'holidays.json'), join(dir, 'link.json'), join(dir, 'hard.json')]) {
      const result = await runInProcess(['reminders', '2014-12-10', '--holidays-file', holidays, '--output', output]);
      expect(result.exitCode, output).toBe(2);
      expect(result.stderr).toMatch(/^ofsted-deadline: --output ".*" is a file this command reads \(".*holidays\.json"\); write to another file\n$/);
    }
    const fromVariable = await runInProcess(['reminders', '2014-12-10', '--output', holidays], { env: { OFSTED_DEADLINE_HOLIDAYS_FILE: holidays } });
    expect(fromVariable.exitCode).toBe(2);
    expect(readFileSync(holidays, 'utf8')).toBe(feedText);
  });

  it('sameFile: one path, or one file through links; different files are different', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'a'), '1');
    writeFileSync(join(dir, 'b'), '1');
    symlinkSync('a', join(dir, 'to-a'));
    expect(sameFile(join(dir, 'a'), join(dir, 'x', '..', 'a'))).toBe(true);
    expect(sameFile(join(dir, 'a'), join(dir, 'to-a'))).toBe(true);
    expect(sameFile(join(dir, 'a'), join(dir, 'b'))).toBe(false);
    expect(sameFile(join(dir, 'missing'), join(dir, 'a'))).toBe(false);
  });
});
