import type { LearnerProfile, Locale, Role } from '@bilikti/contracts';

/** DEMO ONLY: one shared password, printed by `npm start` and listed in the README. */
export const DEMO_PASSWORD = 'Bilikti-Demo-2026';

export interface DemoAccount {
  email: string;
  fullName: string;
  locale: Locale;
  roles: Role[];
  profile: LearnerProfile | null;
  /** What the account is for, shown by `npm start`. */
  purpose: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@demo.bilikti.kz',
    fullName: 'Әлия Сәрсенбаева',
    locale: 'kk',
    roles: ['admin'],
    profile: null,
    purpose: 'admin',
  },
  {
    email: 'instructor@demo.bilikti.kz',
    fullName: 'Ерлан Жұмабеков',
    locale: 'ru',
    roles: ['instructor'],
    profile: null,
    purpose: 'Academy instructor',
  },
  {
    email: 'coordinator@demo.bilikti.kz',
    fullName: 'Гүлнар Ахметова',
    locale: 'kk',
    roles: ['coordinator'],
    profile: null,
    purpose: 'party training coordinator',
  },
  {
    email: 'deputy@demo.bilikti.kz',
    fullName: 'Нұрлан Қасымов',
    locale: 'kk',
    roles: ['learner'],
    profile: {
      position: 'maslikhat_deputy',
      regionCode: 'KZ-35',
      maslikhatLevel: 'oblast',
      organisation: 'Қарағанды облыстық мәслихаты',
      partyCode: 'amanat',
    },
    purpose: 'learner, oblast maslikhat deputy, Karaganda',
  },
  {
    email: 'akim@demo.bilikti.kz',
    fullName: 'Айгүл Бекова',
    locale: 'kk',
    roles: ['learner'],
    profile: {
      position: 'rural_akim',
      regionCode: 'KZ-11',
      maslikhatLevel: null,
      organisation: 'Жалтыр ауылдық округі әкімінің аппараты',
      partyCode: null,
    },
    purpose: 'learner, rural akim, Akmola',
  },
  {
    email: 'district.deputy@demo.bilikti.kz',
    fullName: 'Сергей Ким',
    locale: 'ru',
    roles: ['learner'],
    profile: {
      position: 'maslikhat_deputy',
      regionCode: 'KZ-61',
      maslikhatLevel: 'district',
      organisation: 'Сайрамский районный маслихат',
      partyCode: 'ak_zhol',
    },
    purpose: 'learner, district maslikhat deputy, Turkistan',
  },
];
