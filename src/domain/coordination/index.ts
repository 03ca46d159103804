export * from './comments';
export * from './fingerprint';
export * from './letter-of-intent';
export * from './next-steps';
export * from './step-comments';
