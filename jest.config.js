// Two projects: fast unit specs next to the code, and e2e suites on real PostgreSQL + Redis.
const aliases = {
  '^@app/testing$': '<rootDir>/test/support',
  '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src',
  '^@app/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const common = {
  rootDir: __dirname,
  moduleFileExtensions: ['js', 'json', 'ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: aliases,
  testEnvironment: 'node',
};
module.exports = {
  // A global option (ignored inside a project): e2e suites start real apps and wait for the worker.
  testTimeout: 60000,
  // A suite that leaves a socket or timer open must not hang CI: the run ends when the tests do.
  forceExit: true,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
