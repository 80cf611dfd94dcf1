import { PROGRESS_LIMITS, type LessonProgressStatus } from '@bilikti/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { reportProgress } from '../../../lib/offline/progress-queue';
import type { CompletionRule } from './completion-rule';
import { LessonStatusIcon } from './lesson-status';

interface LessonCompletionProps {
  lessonId: string;
  rule: CompletionRule;
  /** As the server last said; undefined until the enrolment has loaded. */
  status: LessonProgressStatus | undefined;
  /** The "opened" report is queued, so marking done will count. */
  opened: boolean;
}

/** Under the lesson: it is done, or what makes it done (the learner's button, or watching the video). */
export function LessonCompletion({ lessonId, rule, status, opened }: LessonCompletionProps) {
  const { t } = useTranslation('learning');
  const [marked, setMarked] = useState(false);
  const messageRef = useRef<HTMLParagraphElement>(null);

  // The button gives way to a message: keep keyboard focus there rather than lose it.
  useEffect(() => {
    if (marked) messageRef.current?.focus();
  }, [marked]);

  if (rule === 'assessment') return null;

  const markDone = () => {
    setMarked(true);
    void reportProgress(lessonId, { markedDone: true });
  };

  if (status === 'completed' || marked) {
    return (
      <div className="lesson-completion lesson-completion--done">
        <p ref={messageRef} tabIndex={-1} role="status">
          <LessonStatusIcon status="completed" />
          <span>{status === 'completed' ? t('player.done') : t('player.markedDone')}</span>
        </p>
      </div>
    );
  }
  return (
    <div className="lesson-completion">
      {rule === 'mark_done' && (
        <>
          <button
            type="button"
            className="button"
            disabled={!opened}
            aria-describedby="lesson-completion-hint"
            onClick={markDone}
          >
            {t('player.markDone')}
          </button>
          <p id="lesson-completion-hint" className="lesson-completion__hint">
            {t('player.markDoneHint')}
          </p>
        </>
      )}
      {rule === 'watch' && (
        <p className="lesson-completion__hint">
          {t('player.watchHint', { percent: Math.round(PROGRESS_LIMITS.videoCompletionShare * 100) })}
        </p>
      )}
      {rule === 'open' && <p className="lesson-completion__hint">{t('player.openHint')}</p>}
    </div>
  );
}
