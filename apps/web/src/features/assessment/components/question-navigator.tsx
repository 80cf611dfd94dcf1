import type { AttemptQuestion } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

interface QuestionNavigatorProps {
  questions: AttemptQuestion[];
  answered: (questionId: string) => boolean;
  /** The question on screen in the one-per-page layout; null when all are shown. */
  current: number | null;
  onSelect: (index: number) => void;
}

/** Every question by number, answered ones filled and ticked: a way to jump and to see what is left. */
export function QuestionNavigator({ questions, answered, current, onSelect }: QuestionNavigatorProps) {
  const { t } = useTranslation('assessment');
  const answeredCount = questions.filter((question) => answered(question.questionId)).length;
  return (
    <nav className="question-nav" aria-label={t('attempt.nav.label')}>
      <p className="question-nav__summary">
        {t('attempt.answered', { answered: answeredCount, total: questions.length })}
      </p>
      <ol className="question-nav__list">
        {questions.map((question, index) => {
          const done = answered(question.questionId);
          return (
            <li key={question.questionId}>
              <button
                type="button"
                className={done ? 'question-nav__item question-nav__item--answered' : 'question-nav__item'}
                aria-label={t(done ? 'attempt.nav.answered' : 'attempt.nav.unanswered', { number: question.position })}
                aria-current={current === index ? 'step' : undefined}
                onClick={() => onSelect(index)}
              >
                {question.position}
                {done && <span aria-hidden="true">✓</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="field__hint">{t('attempt.nav.hint')}</p>
    </nav>
  );
}
