/**
 * `['providers']` is also the key the users feature lists providers under (same endpoint, same
 * data), so a provider added here shows in the user form's select without a reload.
 */
export const providersQueryKeys = {
  list: ['providers'] as const,
  mediaLimits: ['media', 'limits'] as const,
};
