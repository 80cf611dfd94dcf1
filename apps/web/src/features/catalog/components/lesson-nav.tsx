import type { Locale } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { paths } from '../../../lib/paths';
import type { OutlineEntry } from './lesson-outline';

interface LessonNavProps {
  courseId: string;
  outline: OutlineEntry[];
  index: number;
  contentLocale: Locale;
  uiLocale: Locale;
  search: string;
}

export function LessonNav({ courseId, outline, index, contentLocale, uiLocale, search }: LessonNavProps) {
  const { t } = useTranslation('catalog');
  const previous = outline[index - 1];
  const next = outline[index + 1];

  const linkTo = (entry: OutlineEntry, direction: 'previous' | 'next') => {
    const title = pickLocalized(entry.lesson.title, contentLocale);
    return (
      <Link
        to={`${paths.courseLesson(courseId, entry.lesson.id)}${search}`}
        rel={direction === 'previous' ? 'prev' : 'next'}
        className={`lesson-nav__link lesson-nav__link--${direction}`}
      >
        <span className="lesson-nav__direction">{t(`lesson.nav.${direction}`)}</span>{' '}
        <span className="lesson-nav__title" lang={langAttribute(title.lang, uiLocale)}>
          {title.text}
        </span>
      </Link>
    );
  };

  return (
    <nav className="lesson-nav" aria-label={t('lesson.nav.label')}>
      <p className="lesson-nav__position">{t('lesson.position', { number: index + 1, total: outline.length })}</p>
      <ul>
        <li>{previous && linkTo(previous, 'previous')}</li>
        <li>
          {next ? (
            linkTo(next, 'next')
          ) : (
            <p className="lesson-nav__end">
              {t('lesson.nav.last')}{' '}
              <Link to={`${paths.course(courseId)}${search}`}>{t('lesson.nav.backToSyllabus')}</Link>
            </p>
          )}
        </li>
      </ul>
    </nav>
  );
}
