export * from './types';
export * from './national-framework';
export * from './technical-framework';
export * from './default-levels';
