import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default (one worker fewer than the cores) runs the files one at a time on a 2-core machine, yet most of
    // them wait on child processes, local servers and the store; two at a time keep both cores busy. Each file has its
    // own embedded store or PostgreSQL schema, ports and folders, so files never share state.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
