import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Colour is pinned off so text assertions see plain output; the colour tests force it per run.
    env: { NO_COLOR: '1', FORCE_COLOR: '' },
    testTimeout: 20_000,
  },
});
