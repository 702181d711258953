import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRegisterRecords } from '../../src/cli/register/read.js';

describe('a quote-free register is split line by line, exactly as csv-parse would read it', () => {
  it('gives the same records, lines and unreadable rows either way', async () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', '7', '-', '/', ' ', 'é'), maxLength: 8 });
    const row = fc.array(field, { minLength: 1, maxLength: 8 }).map((fields) => fields.join(','));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(row, fc.constant(''), fc.constant('  ,  ')), { maxLength: 30 }), async (rows) => {
        const source = { name: 'register', text: ['id,received,title', ...rows].join('\n') };
        const plain = [...(await csvRegisterRecords(source, {}, 'auto'))];
        const parsed = [...(await csvRegisterRecords(source, {}, 'csv-parse'))];
        expect(plain).toEqual(parsed);
      }),
      { numRuns: 200 },
    );
  });
});
