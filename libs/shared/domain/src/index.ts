export * from './lib/nip';
export * from './lib/golongan';
export * from './lib/names';
export * from './lib/positions';
