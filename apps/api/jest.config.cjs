// API unit specs (src/**/*.spec.ts) and integration specs (test/**/*.int-spec.ts) against a real
// PostgreSQL: embedded unless DATABASE_URL is set. Each integration file gets its own database
// cloned from a migrated template, so files run in parallel.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  rootDir: __dirname,
  displayName: 'api',
  testEnvironment: 'node',
  roots: ['<rootDir>', '<rootDir>/../../libs'],
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/test/**/*.int-spec.ts',
    '<rootDir>/test/**/*.spec.ts',
    '<rootDir>/../../libs/*/src/**/*.spec.ts',
  ],
  transform: { '^.+\\.(t|j)s$': swc },
  // The @nestjs packages ship ESM only; jest's CommonJS runtime needs them compiled.
  // So do htmlparser2 and its DOM helpers, which sanitize-html uses.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)/)',
  ],
  moduleNameMapper: { '^@bilikti/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  maxWorkers: 2,
  testTimeout: 30_000,
};
