import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Type-checks `source` as `consumer.ts` in a fresh TypeScript project (ES module or CommonJS) that
 * has this package installed (a link to the checkout), as a program that depends on it would.
 */
export function typeCheckConsumer(type: 'module' | 'commonjs', source: string): SpawnSyncReturns<string> {
  const project = mkdtempSync(join(tmpdir(), `ofsted-deadline-${type}-consumer-`));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(ROOT, join(project, 'node_modules', 'ofsted-deadline'), 'dir');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', type, private: true }));
  writeFileSync(
    join(project, 'tsconfig.json'),
    // lib without DOM: the package's types must need nothing beyond the language, and tsc then
    // reads ~10,000 lines of lib instead of ~50,000 (a third of the time).
    JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022'], noEmit: true, types: [] } }),
  );
  writeFileSync(join(project, 'consumer.ts'), source);
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  return spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
}
