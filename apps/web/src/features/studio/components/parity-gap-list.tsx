import type { CourseDraftResponse, Locale, ParityGap } from '@bilikti/contracts';
import { useId, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { focusElementById } from './focus-target';
import { pickText, type LocalizedText } from './localized-text';

interface ParityGapListProps {
  gaps: ParityGap[];
  draft: CourseDraftResponse;
  /** Called before following a link (the publish dialog closes itself). */
  onNavigate?: () => void;
}

type Group = Locale | 'both';
const GROUPS: Group[] = ['kk', 'ru', 'both'];

/** Gap texts that name a module or lesson, marked with the language the name is in. */
type NamedGapKey =
  | 'parity.gaps.moduleTitle'
  | 'parity.gaps.moduleLessons'
  | 'parity.gaps.moduleOther'
  | 'parity.gaps.lessonTitle'
  | 'parity.gaps.lessonBody'
  | 'parity.gaps.lessonDescription'
  | 'parity.gaps.lessonMedia'
  | 'parity.gaps.lessonNeedsReview'
  | 'parity.gaps.lessonQuizMissing'
  | 'parity.gaps.lessonQuizIncomplete'
  | 'parity.gaps.lessonQuizPoolTooSmall'
  | 'parity.gaps.lessonOther';

/** Where a gap is fixed: a field of this page, or the lesson's own editor. */
type Target = { kind: 'anchor'; id: string } | { kind: 'lesson'; lessonId: string };

/**
 * The gaps of a parity report grouped by language, each naming what is missing and linking to
 * where it is filled in. Gaps that concern both languages (a course without modules) have their own group.
 */
export function ParityGapList({ gaps, draft, onNavigate }: ParityGapListProps) {
  const { t, i18n } = useTranslation('studio');
  const locale = currentLocale(i18n);
  const idPrefix = useId();

  const moduleName = (id: string): LocalizedText => {
    const index = draft.modules.findIndex((module) => module.id === id);
    const module = draft.modules[index];
    return (
      (module && pickText(module.title, locale)) ?? {
        text: t('outline.untitledModule', { number: index + 1 }),
        lang: locale,
      }
    );
  };
  const lessonOf = (id: string) => draft.modules.flatMap((module) => module.lessons).find((lesson) => lesson.id === id);
  const lessonName = (id: string): LocalizedText => {
    const lesson = lessonOf(id);
    return (lesson && pickText(lesson.title, locale)) ?? { text: t('outline.untitledLesson'), lang: locale };
  };

  const named = (key: NamedGapKey, name: LocalizedText, values: Record<string, string | number> = {}) => (
    <Trans
      t={t}
      i18nKey={key}
      values={{ ...values, name: name.text }}
      components={{ name: <span lang={name.lang} /> }}
    />
  );

  const describe = (gap: ParityGap): { text: ReactNode; target: Target } => {
    const lang = gap.locale ?? 'kk';
    switch (gap.entity) {
      case 'course':
        if (gap.field === 'title')
          return { text: t('parity.gaps.courseTitle'), target: { kind: 'anchor', id: `course-title-${lang}` } };
        if (gap.field === 'summary')
          return { text: t('parity.gaps.courseSummary'), target: { kind: 'anchor', id: `course-summary-${lang}` } };
        if (gap.field === 'modules')
          return { text: t('parity.gaps.courseModules'), target: { kind: 'anchor', id: 'course-outline-title' } };
        return { text: t('parity.gaps.courseOther'), target: { kind: 'anchor', id: 'course-details-title' } };
      case 'module': {
        const target: Target = { kind: 'anchor', id: `module-${gap.id}` };
        const name = moduleName(gap.id);
        if (gap.field === 'title') return { text: named('parity.gaps.moduleTitle', name), target };
        if (gap.field === 'lessons') return { text: named('parity.gaps.moduleLessons', name), target };
        return { text: named('parity.gaps.moduleOther', name), target };
      }
      case 'lesson': {
        const target: Target = { kind: 'lesson', lessonId: gap.id };
        const name = lessonName(gap.id);
        if (gap.reason === 'needsReview') return { text: named('parity.gaps.lessonNeedsReview', name), target };
        if (gap.reason === 'poolTooSmall') {
          const { tag = '', count = 0, available = 0 } = gap.params ?? {};
          return { text: named('parity.gaps.lessonQuizPoolTooSmall', name, { tag, count, available }), target };
        }
        if (gap.field === 'quiz') {
          // Without a language the quiz was never set up; with one, its questions lack that language.
          const key: NamedGapKey = gap.locale ? 'parity.gaps.lessonQuizIncomplete' : 'parity.gaps.lessonQuizMissing';
          return { text: named(key, name), target };
        }
        if (gap.field === 'title') return { text: named('parity.gaps.lessonTitle', name), target };
        if (gap.field === 'body') {
          const key: NamedGapKey =
            lessonOf(gap.id)?.type === 'text' ? 'parity.gaps.lessonBody' : 'parity.gaps.lessonDescription';
          return { text: named(key, name), target };
        }
        if (gap.field === 'media') return { text: named('parity.gaps.lessonMedia', name), target };
        return { text: named('parity.gaps.lessonOther', name), target };
      }
    }
  };

  const groupOf = (gap: ParityGap): Group => gap.locale ?? 'both';

  return (
    <div className="parity__groups">
      {GROUPS.map((group) => {
        const inGroup = gaps.filter((gap) => groupOf(gap) === group);
        if (inGroup.length === 0) return null;
        const headingId = `${idPrefix}-${group}`;
        return (
          <section key={group} className="parity__group" aria-labelledby={headingId}>
            <h3 id={headingId}>{t(`parity.groups.${group}`, { count: inGroup.length })}</h3>
            <ul className="parity__gaps">
              {inGroup.map((gap, index) => {
                const { text, target } = describe(gap);
                return (
                  <li key={`${gap.entity}-${gap.id}-${gap.field}-${gap.reason}-${index}`}>
                    {target.kind === 'lesson' ? (
                      <Link to={paths.studioLesson(draft.id, target.lessonId)} onClick={onNavigate}>
                        {text}
                      </Link>
                    ) : (
                      <a
                        href={`#${target.id}`}
                        onClick={(event) => {
                          event.preventDefault();
                          onNavigate?.();
                          // After the dialog (if any) has closed and given focus back.
                          window.setTimeout(() => focusElementById(target.id), 0);
                        }}
                      >
                        {text}
                      </a>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
