import { configDefaults, defineConfig } from 'vitest/config';

/** Test files that spawn a process (the built binary, node, tsc); `npm test` builds first. */
const SPAWNING = 'tests/**/*.e2e.test.ts';

export default defineConfig({
  test: {
    // Colour is pinned off so text assertions see plain output; the colour tests force it per run.
    env: { NO_COLOR: '1', FORCE_COLOR: '' },
    testTimeout: 20_000,
    // `unit`: everything in-process, the CLI included (through runCli, tests/helpers/run-in-process.ts).
    // `e2e`: the few tests that need a real process. `vitest run` runs both; `--project` picks one.
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, SPAWNING] } },
      { extends: true, test: { name: 'e2e', include: [SPAWNING] } },
    ],
  },
});
