/** Field limits shared by API validation and web forms. */
export const LIMITS = {
  emailMax: 254,
  fullNameMin: 2,
  fullNameMax: 200,
  passwordMin: 10,
  passwordMax: 128,
  organisationMax: 300,
  searchMax: 100,
  pageSizeMax: 100,
  pageSizeDefault: 20,
} as const;

/** Sign-in throttling: this many failures inside the window locks the account or the address. */
export const LOGIN_THROTTLE = {
  maxFailures: 5,
  windowSeconds: 15 * 60,
} as const;
