import type { AnswerValue, AttemptResponse, Locale } from '@bilikti/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { RadioGroup } from '../../../components/ui/choice-group';
import { useErrorMessage } from '../../../lib/error-message';
import type { SaveBlock } from '../api/answer-sync';
import { assessmentQueryKeys } from '../hooks/assessment-query-keys';
import { useAnswerSync } from '../hooks/use-answer-sync';
import { useSubmitAttempt } from '../hooks/use-attempt';
import { useLayoutPreference, type QuestionLayout } from '../hooks/use-layout-preference';
import { Countdown } from './countdown';
import { QuestionField, type AnswerChange } from './question-input';
import { QuestionNavigator } from './question-navigator';
import { SaveStatus } from './save-status';
import { SubmitDialog } from './submit-dialog';

/** After the time is up, how often and how long to ask for the attempt the server closes. */
const CLOSE_POLL_MS = 3_000;
const CLOSE_POLL_TRIES = 10;

interface AttemptRunnerProps {
  attempt: AttemptResponse;
  /** The server's clock minus this device's, from the last answer about the attempt. */
  clockOffsetMs: number;
  contentLocale: Locale;
  userId: string;
  /** The server took no more answers (time up, or closed elsewhere): say so on the result. */
  onBlocked: (reason: SaveBlock) => void;
}

function isAnswered(answer: AnswerValue | null | undefined): boolean {
  return answer !== null && answer !== undefined;
}

/** An attempt in progress: the questions, the time left, autosave, and Finish. */
export function AttemptRunner({ attempt, clockOffsetMs, contentLocale, userId, onBlocked }: AttemptRunnerProps) {
  const { t } = useTranslation('assessment');
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const attemptKey = useMemo(() => assessmentQueryKeys.attempt(attempt.id), [attempt.id]);
  const [timeUp, setTimeUp] = useState(false);
  const { sync, status } = useAnswerSync(attempt, userId, (reason) => {
    onBlocked(reason);
    void queryClient.invalidateQueries({ queryKey: attemptKey });
  });
  // What this device knows best: answers it has not had confirmed win over the server's.
  const [answers, setAnswers] = useState<Record<string, AnswerValue | null>>(() => {
    const local = sync.localAnswers();
    return Object.fromEntries(
      attempt.questions.map((question) => [
        question.questionId,
        local.has(question.questionId) ? (local.get(question.questionId) ?? null) : question.answer,
      ]),
    );
  });
  const [layout, setLayout] = useLayoutPreference();
  const questions = attempt.questions;
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      questions.findIndex((question) => !isAnswered(answers[question.questionId])),
    ),
  );
  const [confirming, setConfirming] = useState(false);
  const [flushing, setFlushing] = useState(false);
  const [notSent, setNotSent] = useState(0);
  const submit = useSubmitAttempt(attempt);
  const locked = timeUp || status.blocked !== null || submit.isSuccess;

  const fieldsets = useRef(new Map<string, HTMLFieldSetElement>());
  const focusQuestion = useCallback((questionId: string) => {
    const fieldset = fieldsets.current.get(questionId);
    fieldset?.scrollIntoView?.({ block: 'start' });
    fieldset?.focus({ preventScroll: true });
  }, []);

  // Moving between questions in the one-per-page layout: the new one takes focus, as a new page would.
  const shownIndex = useRef(index);
  useEffect(() => {
    if (shownIndex.current === index) return;
    shownIndex.current = index;
    const question = questions[index];
    if (question) focusQuestion(question.questionId);
  }, [index, questions, focusQuestion]);

  // At the deadline: send what waits, then ask for the attempt until the server says it closed.
  useEffect(() => {
    if (!timeUp) return;
    let cancelled = false;
    const waitForClose = async () => {
      await sync.flush();
      for (let tries = 0; tries < CLOSE_POLL_TRIES && !cancelled; tries += 1) {
        await queryClient.refetchQueries({ queryKey: attemptKey, exact: true });
        const current = queryClient.getQueryData<AttemptResponse>(attemptKey);
        if (cancelled || current?.status !== 'in_progress') return;
        await new Promise((resolve) => setTimeout(resolve, CLOSE_POLL_MS));
      }
    };
    void waitForClose();
    return () => {
      cancelled = true;
    };
  }, [timeUp, sync, queryClient, attemptKey]);

  const onChange =
    (questionId: string): AnswerChange =>
    (answer, options) => {
      if (locked) return;
      setAnswers((previous) => ({ ...previous, [questionId]: answer }));
      sync.change(questionId, answer, options);
    };

  const unanswered = questions.filter((question) => !isAnswered(answers[question.questionId])).length;

  const confirmSubmit = async () => {
    setNotSent(0);
    setFlushing(true);
    await sync.flush();
    setFlushing(false);
    const left = sync.getSnapshot();
    // Closed meanwhile: the result is on its way.
    if (left.blocked) return;
    if (left.pending > 0) {
      setNotSent(left.pending);
      return;
    }
    submit.mutate(undefined, { onSuccess: () => sync.discard() });
  };

  const selectQuestion = (target: number) => {
    if (layout === 'one') setIndex(target);
    else focusQuestion(questions[target]!.questionId);
  };

  const chooseLayout = (next: QuestionLayout) => {
    setLayout(next);
    if (next === 'one') shownIndex.current = index;
  };

  const field = (questionIndex: number) => {
    const question = questions[questionIndex]!;
    return (
      <QuestionField
        key={question.questionId}
        ref={(element) => {
          if (element) fieldsets.current.set(question.questionId, element);
          else fieldsets.current.delete(question.questionId);
        }}
        question={question}
        answer={answers[question.questionId] ?? null}
        locale={contentLocale}
        disabled={locked}
        onChange={onChange(question.questionId)}
        onCommit={() => sync.commit(question.questionId)}
      />
    );
  };

  return (
    <div className="attempt-runner">
      <div className="attempt-bar">
        {attempt.deadlineAt && (
          <Countdown deadlineAt={attempt.deadlineAt} clockOffsetMs={clockOffsetMs} onTimeUp={() => setTimeUp(true)} />
        )}
        <SaveStatus status={status} />
      </div>
      {timeUp && !status.blocked && (
        <p className="attempt-notice" role="alert">
          {t('attempt.timer.timeUp')}
        </p>
      )}

      <div className="attempt-tools">
        <RadioGroup
          id="attempt-layout"
          legend={t('attempt.layout.legend')}
          choices={[
            { value: 'one', label: t('attempt.layout.one') },
            { value: 'all', label: t('attempt.layout.all') },
          ]}
          value={layout}
          onChange={chooseLayout}
        />
        <QuestionNavigator
          questions={questions}
          answered={(questionId) => isAnswered(answers[questionId])}
          current={layout === 'one' ? index : null}
          onSelect={selectQuestion}
        />
      </div>

      {layout === 'one' ? (
        <div className="attempt-page-one">
          <p className="attempt-position">{t('attempt.position', { number: index + 1, total: questions.length })}</p>
          {field(index)}
          <div className="attempt-steps">
            <button
              type="button"
              className="button button--secondary"
              disabled={index === 0}
              onClick={() => setIndex(index - 1)}
            >
              <span aria-hidden="true">←</span> {t('attempt.nav.previous')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={index === questions.length - 1}
              onClick={() => setIndex(index + 1)}
            >
              {t('attempt.nav.next')} <span aria-hidden="true">→</span>
            </button>
          </div>
        </div>
      ) : (
        <div className="attempt-page-all">{questions.map((_, questionIndex) => field(questionIndex))}</div>
      )}

      <div className="attempt-finish">
        <button type="button" className="button" disabled={locked} onClick={() => setConfirming(true)}>
          {t('attempt.finish')}
        </button>
      </div>

      {confirming && !locked && (
        <SubmitDialog
          unanswered={unanswered}
          onDevice={status.pending}
          notSent={notSent}
          busy={flushing || submit.isPending}
          error={submit.error ? errorMessage(submit.error) : null}
          onConfirm={() => void confirmSubmit()}
          onCancel={() => {
            setConfirming(false);
            setNotSent(0);
            submit.reset();
          }}
        />
      )}
    </div>
  );
}
