import { FieldErrorCode, type LearnerProfile } from '@bilikti/contracts';
import { checkPassword, checkProfile, normaliseEmail } from './user-rules';

const akim: LearnerProfile = {
  position: 'rural_akim',
  regionCode: 'KZ-11',
  maslikhatLevel: null,
  organisation: 'Аппарат акима Жалтырского сельского округа',
  partyCode: null,
};

describe('checkProfile', () => {
  it('accepts a rural akim without a maslikhat level', () => {
    expect(checkProfile(['learner'], akim)).toEqual({});
  });

  it('requires a profile for learners only', () => {
    expect(checkProfile(['learner'], null)).toEqual({ profile: { code: FieldErrorCode.RequiredForLearner } });
    expect(checkProfile(['instructor'], null)).toEqual({});
  });

  it('requires the maslikhat level for deputies', () => {
    const deputy: LearnerProfile = { ...akim, position: 'maslikhat_deputy' };
    expect(checkProfile(['learner'], deputy)).toEqual({
      'profile.maslikhatLevel': { code: FieldErrorCode.RequiredForDeputy },
    });
    expect(checkProfile(['learner'], { ...deputy, maslikhatLevel: 'district' })).toEqual({});
  });

  it('refuses a maslikhat level for anyone but deputies', () => {
    expect(checkProfile(['learner'], { ...akim, maslikhatLevel: 'oblast' })).toEqual({
      'profile.maslikhatLevel': { code: FieldErrorCode.OnlyForDeputy },
    });
  });

  it('refuses a blank organisation', () => {
    expect(checkProfile(['learner'], { ...akim, organisation: '   ' })).toEqual({
      'profile.organisation': { code: FieldErrorCode.Required },
    });
  });
});

describe('checkPassword', () => {
  it('accepts a long, varied password', () => {
    expect(checkPassword('Dala-Kokshetau-2026')).toBeNull();
  });

  it('refuses short, repetitive and email-based passwords', () => {
    expect(checkPassword('short1')?.code).toBe(FieldErrorCode.TooShort);
    expect(checkPassword('aaaaaaaaaaaa')?.code).toBe(FieldErrorCode.WeakPassword);
    expect(checkPassword('aigerim.n-2026!', 'Aigerim.N@example.kz')?.code).toBe(FieldErrorCode.WeakPassword);
  });
});

describe('normaliseEmail', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Akim@Example.KZ ')).toBe('akim@example.kz');
  });
});
