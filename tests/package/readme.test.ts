import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

/** What a newcomer reads: the README, CHANGELOG and examples, checked against the tool itself. */
const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const readme = read('README.md');
const changelog = read('CHANGELOG.md');
const examples: [path: string, text: string][] = readdirSync(new URL('../../examples/', import.meta.url)).map((name) => [`examples/${name}`, read(`examples/${name}`)]);
const manifest = JSON.parse(read('package.json')) as { version: string };

interface ConsoleCommand {
  readonly args: string[];
  readonly expected: string[];
}

/** Splits `a "b c" 'd'` as a shell would (quotes only: the commands checked have no variables). */
function shellWords(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/**
 * Every `$ ofsted-deadline ...` command of the README's console and sh blocks that shows output,
 * with that output. A trailing `# comment` is dropped; commands with pipes or redirections are not
 * checked.
 */
function consoleCommands(markdown: string): ConsoleCommand[] {
  const commands: { args: string[]; expected: string[] }[] = [];
  for (const [, body] of markdown.matchAll(/^```(?:console|sh)\n([\s\S]*?)^```$/gm)) {
    let current: { args: string[]; expected: string[] } | undefined;
    for (const line of body!.replace(/\n$/, '').split('\n')) {
      const command = /^\$ ofsted-deadline (.*?)(\s+#.*)?$/.exec(line);
      if (command !== null) {
        current = /[|<>&;]/.test(command[1]!) ? undefined : { args: shellWords(command[1]!), expected: [] };
        if (current !== undefined) commands.push(current);
      } else if (line.startsWith('$ ')) {
        current = undefined;
      } else {
        current?.expected.push(line);
      }
    }
  }
  return commands.filter((command) => command.expected.length > 0);
}

/**
 * The shown lines equal the real ones: a line `…` or `...` stands for any number of lines, and a
 * line ending in `...` for any line that starts with what comes before it.
 */
function matchesShown(actual: readonly string[], shown: readonly string[]): boolean {
  const match = (a: number, s: number): boolean => {
    if (s === shown.length) return a === actual.length;
    if (/^\s*(…|\.\.\.)\s*$/.test(shown[s]!)) {
      for (let skip = a; skip <= actual.length; skip++) if (match(skip, s + 1)) return true;
      return false;
    }
    const line = shown[s]!;
    const prefix = /^(.*\S)\s+(…|\.\.\.)$/.exec(line)?.[1];
    const same = a < actual.length && (prefix === undefined ? actual[a] === line : actual[a]!.startsWith(prefix));
    return same && match(a + 1, s + 1);
  };
  return match(0, 0);
}

/** Paragraphs and code blocks: text between blank lines. */
const chunks = (text: string): string[] => text.split(/\n\s*\n/);

describe('README.md', () => {
  it('has an Install section before the first example that calls the bare `ofsted-deadline` command', () => {
    const install = readme.indexOf('\n## Install\n');
    const bare = readme.search(/^(\$ )?ofsted-deadline /m);
    expect(install).toBeGreaterThan(0);
    expect(install).toBeLessThan(bare);
    const section = readme.slice(install, readme.indexOf('\n## ', install + 1));
    expect(section).toContain('npm install --global ./ofsted-deadline-0.1.0.tgz');
    expect(section).toContain('npx --yes --package ./ofsted-deadline-0.1.0.tgz ofsted-deadline');
    expect(section).toContain('npm install --save-dev ./vendor/ofsted-deadline-0.1.0.tgz');
    expect(section).toContain('npm install "git+REPOSITORY-URL#TAG"');
    expect(section).not.toMatch(/^npm install --global "?git/m); // fails: npm/cli issue 8440
    expect(section).toContain(`ofsted-deadline-${manifest.version}.tgz`);
  });

  it('shows, for every `$ ofsted-deadline ...` in a console block, the output the tool gives', () => {
    const commands = consoleCommands(readme);
    expect(commands.length).toBeGreaterThanOrEqual(8);
    const wrong = commands
      .map(({ args, expected }) => ({ args, expected, actual: runBin(args).stdout.replace(/\n$/, '').split('\n') }))
      .filter(({ actual, expected }) => !matchesShown(actual, expected))
      .map(({ args, actual }) => `$ ofsted-deadline ${args.join(' ')}\n${actual.join('\n')}`);
    expect(wrong).toEqual([]);
  });

  it('works through Plymouth with its real receipt date, 2 January 2015, and cites the source', () => {
    const section = readme.slice(readme.indexOf('## A worked example: Plymouth, 2015'));
    expect(section).toContain('received its Ofsted inspection\nreport on Friday 2 January 2015 (source: Plymouth City Council scrutiny minutes)');
    expect(section).toContain('$ ofsted-deadline 2015-01-02\n');
    expect(section).toContain('**Friday 13 February 2015**');
    expect(section).toContain('**Tuesday 14 April 2015**');
    const result = JSON.parse(runBin(['2015-01-02', '--json']).stdout) as { deadline: string; milestones: { rule: string; date: string }[] };
    expect(result.deadline).toBe('2015-04-14');
    expect(result.milestones.find((m) => m.rule === 'publish-report')?.date).toBe('2015-02-13');
  });

  it('links the CI examples, which the package ships', () => {
    for (const [path] of examples) expect(readme).toContain(`(${path})`);
  });
});

describe('2014-12-10 is an example date, never Plymouth\'s', () => {
  const documents: [path: string, text: string][] = [['README.md', readme], ['CHANGELOG.md', changelog], ...examples];
  it.each(documents)('in %s', (_path, text) => {
    expect(chunks(text).filter((chunk) => /plymouth/i.test(chunk) && chunk.includes('2014-12-10'))).toEqual([]);
  });

  it('in the CLI\'s help', () => {
    for (const args of [['--help'], ['reminders', '--help'], ['status', '--help'], ['calendar', '--help']]) {
      const { stdout } = runBin(args);
      expect(stdout.split('\n').filter((line) => /plymouth/i.test(line) && line.includes('2014-12-10')), args.join(' ')).toEqual([]);
      expect(stdout, args.join(' ')).not.toMatch(/plymouth\.(ics|csv)/i);
    }
  });
});

describe('CHANGELOG.md', () => {
  it('has a heading for the version in package.json', () => {
    expect(changelog).toMatch(new RegExp(`^## ${manifest.version.replaceAll('.', '\\.')}( |$)`, 'm'));
  });
});
