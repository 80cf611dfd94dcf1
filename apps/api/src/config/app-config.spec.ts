import { ConfigError, loadConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db' };

describe('loadConfig', () => {
  it('fills defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      migrationsRun: true,
      seedDemo: false,
      logLevel: 'info',
    });
    expect(config.session.secureCookie).toBe(false);
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', SEED_DEMO: 'yes' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toMatch(/PORT="eighty"/);
      expect(problems.join('\n')).toMatch(/LOG_LEVEL="loud"/);
      expect(problems.join('\n')).toMatch(/SEED_DEMO="yes"/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL is required/);
    }
  });

  it('never seeds demo data in production and secures the cookie there', () => {
    const config = loadConfig({ ...base, NODE_ENV: 'production', SEED_DEMO: 'true' });
    expect(config.seedDemo).toBe(false);
    expect(config.session.secureCookie).toBe(true);
    expect(config.session.cookieName).toBe('__Host-bilikti_session');
  });

  it('requires a strong enough bootstrap admin password', () => {
    expect(() => loadConfig({ ...base, ADMIN_EMAIL: 'root@gov.kz', ADMIN_PASSWORD: 'short' })).toThrow(
      /ADMIN_PASSWORD/,
    );
    expect(
      loadConfig({ ...base, ADMIN_EMAIL: 'root@gov.kz', ADMIN_PASSWORD: 'long-enough-pass' }).bootstrapAdmin,
    ).toEqual({
      email: 'root@gov.kz',
      password: 'long-enough-pass',
    });
  });
});
