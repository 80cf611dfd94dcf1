import type { CourseModuleOutline, CourseResponse, EnrolmentResponse } from '@bilikti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { CourseProgress } from '../../../components/content/course-progress';
import { FormAlert, FormStatus } from '../../../components/ui/form-alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { useErrorMessage } from '../../../lib/error-message';
import { paths } from '../../../lib/paths';
import { currentEnrolmentId, useEnrolment } from '../hooks/use-enrolment';
import { useEnrol, useWithdraw } from '../hooks/use-enrolment-mutations';
import { formatDate } from './format-date';

function firstLessonId(modules: CourseModuleOutline[]): string | undefined {
  return modules.find((module) => module.lessons.length > 0)?.lessons[0]?.id;
}

interface EnrolmentPanelProps {
  course: CourseResponse;
  /** `?lang=…` to keep on the lesson links. */
  search: string;
}

/** The learner's place in the course: enrol, or progress with "Continue" and "Withdraw". */
export function EnrolmentPanel({ course, search }: EnrolmentPanelProps) {
  const { t } = useTranslation('learning');
  const enrolmentId = currentEnrolmentId(course);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <section className="card enrolment-panel" aria-labelledby="course-enrolment">
      <h2 id="course-enrolment">{t('enrolment.title')}</h2>
      {enrolmentId ? (
        <Enrolled
          course={course}
          enrolmentId={enrolmentId}
          search={search}
          onWithdrawn={() => setStatus(t('enrolment.withdrawn'))}
        />
      ) : (
        <NotEnrolled course={course} search={search} onEnrol={() => setStatus(null)} />
      )}
      <FormStatus message={status} />
    </section>
  );
}

interface NotEnrolledProps {
  course: CourseResponse;
  search: string;
  onEnrol: () => void;
}

function NotEnrolled({ course, search, onEnrol }: NotEnrolledProps) {
  const { t } = useTranslation('learning');
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const enrol = useEnrol(course.id);

  if (!course.selfEnrolment) return <p className="enrolment-panel__note">{t('enrolment.assignedOnly')}</p>;

  const onClick = () => {
    onEnrol();
    enrol.mutate(undefined, {
      onSuccess: (enrolment: EnrolmentResponse) => {
        // A returning learner picks up where they were; a new one starts at the first lesson.
        const lessonId =
          enrolment.continueLessonId ?? firstLessonId(enrolment.modules) ?? firstLessonId(course.modules);
        if (lessonId) void navigate(`${paths.courseLesson(course.id, lessonId)}${search}`);
      },
    });
  };

  return (
    <>
      <p className="enrolment-panel__note">
        {course.enrolment?.status === 'withdrawn' ? t('enrolment.rejoinHint') : t('enrolment.enrolHint')}
      </p>
      <FormAlert message={enrol.error ? errorMessage(enrol.error) : null} />
      <div className="enrolment-panel__actions">
        <button type="button" className="button" disabled={enrol.isPending} onClick={onClick}>
          {enrol.isPending ? t('enrolment.enrolling') : t('enrolment.enrol')}
        </button>
      </div>
    </>
  );
}

interface EnrolledProps {
  course: CourseResponse;
  enrolmentId: string;
  search: string;
  onWithdrawn: () => void;
}

function Enrolled({ course, enrolmentId, search, onWithdrawn }: EnrolledProps) {
  const { t } = useTranslation('learning');
  const errorMessage = useErrorMessage();
  const enrolment = useEnrolment(enrolmentId);
  const withdraw = useWithdraw(course.id, enrolmentId);
  const data = enrolment.data;
  const completed = (data?.status ?? course.enrolment?.status) === 'completed';
  // Until the enrolment arrives, "Continue" would not know where to go; on failure, the start will do.
  const continueLessonId = data
    ? (data.continueLessonId ?? firstLessonId(data.modules))
    : enrolment.isError
      ? firstLessonId(course.modules)
      : undefined;

  const onWithdraw = () => {
    if (!window.confirm(t('enrolment.confirmWithdraw'))) return;
    withdraw.mutate(undefined, { onSuccess: onWithdrawn });
  };

  return (
    <>
      <CourseProgress percent={data?.percent ?? course.enrolment?.percent ?? 0} label={t('enrolment.progressLabel')} />
      {data && (
        <p className="enrolment-panel__counts">
          {t('enrolment.lessonsDone', { done: data.completedLessons, total: data.totalLessons })}
        </p>
      )}
      {completed && (
        <p className="enrolment-panel__done">
          {data?.completedAt
            ? t('enrolment.completedOn', { date: formatDate(data.completedAt) })
            : t('enrolment.completed')}
        </p>
      )}
      <FormAlert message={withdraw.error ? errorMessage(withdraw.error) : null} />
      <div className="enrolment-panel__actions">
        {continueLessonId ? (
          <Link to={`${paths.courseLesson(course.id, continueLessonId)}${search}`} className="button">
            {completed ? t('enrolment.review') : t('enrolment.continue')}
          </Link>
        ) : (
          enrolment.isPending && <LoadingState />
        )}
        {/* An assigned course is not the learner's to leave; the server refuses it too. */}
        {data?.source === 'self' && data.status === 'active' && (
          <button type="button" className="button button--secondary" disabled={withdraw.isPending} onClick={onWithdraw}>
            {withdraw.isPending ? t('enrolment.withdrawing') : t('enrolment.withdraw')}
          </button>
        )}
      </div>
    </>
  );
}
