export * from './lib/nip';
export * from './lib/golongan';
export * from './lib/names';
export * from './lib/positions';
export * from './lib/competency-level';
export * from './lib/gap';
export * from './lib/recommendation';
