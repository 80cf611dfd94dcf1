import * as argon2 from '@node-rs/argon2';
import { PasswordHasher } from './password-hasher';

jest.mock('@node-rs/argon2', () => {
  const actual = jest.requireActual<typeof argon2>('@node-rs/argon2');
  return { ...actual, verify: jest.fn(actual.verify) };
});

const verifySpy = jest.mocked(argon2.verify);

describe('PasswordHasher', () => {
  beforeEach(() => verifySpy.mockClear());

  it('hashes with argon2id at the OWASP baseline and verifies the password', async () => {
    const hasher = new PasswordHasher();
    const stored = await hasher.hash('Right-Password-1');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.verify(stored, 'Right-Password-1')).toBe(true);
    expect(await hasher.verify(stored, 'Wrong-Password-1')).toBe(false);
  });

  it('does the same hashing work for an unknown account as for a wrong password', async () => {
    const hasher = new PasswordHasher();
    expect(await hasher.verify(null, 'whatever-pass')).toBe(false);
    expect(verifySpy).toHaveBeenCalledTimes(1);
    const [againstHash] = verifySpy.mock.calls[0]!;
    // A real hash of the same cost as stored passwords, not a short cut.
    expect(againstHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('treats a malformed stored hash as a wrong password instead of failing', async () => {
    expect(await new PasswordHasher().verify('not-a-hash', 'whatever-pass')).toBe(false);
  });
});
