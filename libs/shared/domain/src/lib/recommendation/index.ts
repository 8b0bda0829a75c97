export * from './recommend';
export * from './plan';
export * from './explain';
