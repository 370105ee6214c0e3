// jest in ESM mode (the action and @actions/core are ESM): run through `npm test`, which sets
// NODE_OPTIONS=--experimental-vm-modules.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60_000,
  // Each emulator-backed file starts its own kinesis-local (~200 MB); one worker per core is plenty.
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/scripts/summary-reporter.cjs'],
  // `npm run test:coverage` (unit level): the floor is the coverage the unit tests reached when it was
  // last raised (95.1 % statements, 88.6 % branches, 94.7 % functions, 96.3 % lines); raise it, never lower it.
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageThreshold: { global: { statements: 95, branches: 88.5, functions: 94.5, lines: 96 } },
  // After the last file a worker is told to end and must have exited within this budget, or jest
  // kills it and warns "A worker process has failed to exit gracefully". Measured on a 2-core machine
  // with two busy loops: the workers hold nothing but their stdio pipes by then and emit 'exit' within
  // ~3 ms, yet the ~400 MB process is gone only 200-700 ms later (teardown on a starved CPU), so the
  // default 500 ms reported leaks that were not there. A real leak keeps a worker alive indefinitely
  // and is still reported, 5 s later.
  workerGracefulExitTimeout: 5_000,
};
