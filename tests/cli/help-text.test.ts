import { describe, expect, it } from 'vitest';
import { wrapHelp } from '../../src/cli/help-text.js';

describe('wrapHelp: the notes after a command’s options, wrapped to the terminal', () => {
  it('re-flows a paragraph whose line happens to end in a colon, keeping a heading that starts one', () => {
    const text = ['Records, in input order; "line" is the physical line', 'number:', '  {"line":1}', '', 'Examples:', '  $ ofsted-deadline batch'].join('\n');
    expect(wrapHelp(text, 80).split('\n')).toEqual(['Records, in input order; "line" is the physical line number:', '  {"line":1}', '', 'Examples:', '  $ ofsted-deadline batch']);
  });
});
