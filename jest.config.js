/** Jest: unit tests beside the code (*.spec.ts) and cross-process tests in test/ (*.e2e-spec.ts). */
const moduleNameMapper = {
  '^@parley/(contracts|messaging|moderation-rules|platform)$': '<rootDir>/libs/$1/src',
  '^@parley/(contracts|messaging|moderation-rules|platform)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] };
module.exports = {
  testTimeout: 300000,
  // Slowest files first, also on a machine without Jest's cache (CI): see the file.
  testSequencer: '<rootDir>/test/slowest-first-sequencer.js',
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      moduleFileExtensions: ['ts', 'js', 'json'],
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts', '<rootDir>/test/support/**/*.spec.ts'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      moduleFileExtensions: ['ts', 'js', 'json'],
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform,
      moduleNameMapper,
    },
  ],
};
