module.exports = {
  displayName: 'api-notification',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  // Integration specs need the migrated template database (real PostgreSQL, one database per file).
  globalSetup: '<rootDir>/../../../libs/api/core/src/lib/testing/global-setup.ts',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  testTimeout: 30000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/notification'
};
