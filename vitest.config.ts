import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/** Test files that spawn a process (the built binary, node, tsc); `npm test` builds first. */
const SPAWNING = 'tests/**/*.e2e.test.ts';

export default defineConfig({
  test: {
    // Colour is pinned off so text assertions see plain output; the colour tests force it per run.
    env: { NO_COLOR: '1', FORCE_COLOR: '' },
    testTimeout: 20_000,
    // One worker per core. Vitest's default keeps a core for itself (one worker on a 2-core
    // machine), which suited a suite that spent its time in child processes, not one that runs
    // in-process; the main process does little while the workers run.
    maxWorkers: availableParallelism(),
    // `unit`: everything in-process, the CLI included (through runCli, tests/helpers/run-in-process.ts).
    // `e2e`: the few tests that need a real process. `vitest run` runs both; `--project` picks one.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, SPAWNING],
          // The files share a worker's module cache instead of each loading src/ afresh, which
          // halves the suite's CPU time: no test mocks modules or changes global state (runInProcess
          // restores the variables it sets), so a file cannot change what another sees.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'e2e', include: [SPAWNING] } },
    ],
  },
});
