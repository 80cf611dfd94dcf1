export * from './i18n';
export * from './roles';
export * from './errors';
export * from './limits';
export * from './api';
export * from './courses';
export * from './search';
export * from './learning';
