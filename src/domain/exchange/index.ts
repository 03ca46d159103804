export * from './file-envelope';
export * from './describe-path';
export * from './file-names';
export * from './file-limits';
export * from './parse-import';
export * from './reminder';
export * from './file-schemas';
export * from './import-policy';
