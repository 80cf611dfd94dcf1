import {
  LIMITS,
  LOCALES,
  QUESTION_LIMITS,
  QUESTION_TYPES,
  type ListQuestionsQuery,
  type QuestionResponse,
  type QuestionType,
} from '@bilikti/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { ErrorState } from '../../../components/ui/error-state';
import { FormAlert, FormStatus } from '../../../components/ui/form-alert';
import { LoadingState } from '../../../components/ui/loading-state';
import { Pagination } from '../../../components/ui/pagination';
import { SelectField } from '../../../components/ui/select-field';
import { FilterForm } from '../../../components/ui/filter-form';
import { TextField } from '../../../components/ui/text-field';
import { useErrorMessage } from '../../../lib/error-message';
import { currentLocale } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCourseDraft } from '../hooks/use-course-draft';
import { parseQuestionFilters, questionFiltersToSearch, useQuestionFilters } from '../hooks/use-question-filters';
import { useDeleteQuestion, useQuestions } from '../hooks/use-questions';
import { focusElementById } from './focus-target';
import { pickText } from './localized-text';
import { QuestionEditor } from './question-editor';
import './studio.css';
import './question-bank.css';

type EditorState = { type: QuestionType; question?: QuestionResponse };

/** A course's question bank: find, add, edit and remove the questions its assessments draw on. */
export function QuestionBankPage() {
  const { t, i18n } = useTranslation(['studio', 'common']);
  const locale = currentLocale(i18n);
  const { courseId = '' } = useParams();
  const course = useCourseDraft(courseId);
  const courseTitle = course.data ? pickText(course.data.title, locale) : null;
  useDocumentTitle(t('questions.title'));
  const filters = useQuestionFilters();
  const questions = useQuestions(courseId, filters);
  const deleteQuestion = useDeleteQuestion(courseId);
  const errorMessage = useErrorMessage();
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  /** Where the keyboard focus goes when the editor or the type chooser closes. */
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  const pageCount = questions.data ? Math.max(1, Math.ceil(questions.data.total / questions.data.pageSize)) : 1;
  const filtered = questionFiltersToSearch({ ...filters, page: 1 }) !== '';
  const listPath = (query: ListQuestionsQuery) => `${paths.studioQuestions(courseId)}${questionFiltersToSearch(query)}`;

  useEffect(() => {
    if (editor || !returnFocus) return;
    focusElementById(returnFocus);
    setReturnFocus(null);
  }, [editor, returnFocus]);

  const open = (state: EditorState) => {
    setStatus(null);
    setChoosing(false);
    deleteQuestion.reset();
    setEditor(state);
  };

  const onClose = (created?: QuestionResponse) => {
    if (created) setStatus(t('questions.list.created'));
    setReturnFocus(created || !editor?.question ? 'question-new' : `question-edit-${editor.question.id}`);
    setEditor(null);
  };

  const onDelete = (question: QuestionResponse) => {
    setStatus(null);
    if (!window.confirm(t('questions.list.confirmDelete'))) return;
    deleteQuestion.mutate(question.id, {
      onSuccess: () => {
        setStatus(t('questions.list.deleted'));
        setReturnFocus('question-bank-title');
      },
    });
  };

  return (
    <div className="page studio-editor question-bank">
      <p className="breadcrumb">
        <Link to={paths.studioCourse(courseId)}>{t('common.backToCourse')}</Link>
      </p>
      <div className="page-heading">
        <h1 id="question-bank-title" tabIndex={-1}>
          {t('questions.title')}
        </h1>
        {!editor && (
          <button
            id="question-new"
            type="button"
            className="button"
            aria-expanded={choosing}
            aria-controls="question-type-chooser"
            onClick={() => setChoosing((shown) => !shown)}
          >
            {t('questions.list.create')}
          </button>
        )}
      </div>
      {courseTitle && (
        <p className="lead" lang={courseTitle.lang}>
          {courseTitle.text}
        </p>
      )}
      <FormStatus message={status} />
      {editor ? (
        <QuestionEditor
          key={editor.question?.id ?? editor.type}
          courseId={courseId}
          question={editor.question}
          type={editor.type}
          onClose={onClose}
        />
      ) : (
        <>
          {choosing && <TypeChooser onChoose={(type) => open({ type })} onCancel={() => setChoosing(false)} />}
          <QuestionFilters
            key={questionFiltersToSearch({ ...filters, page: 1 })}
            filters={filters}
            listPath={listPath}
          />
          <FormAlert message={deleteQuestion.error ? errorMessage(deleteQuestion.error) : null} />
          {questions.isPending ? (
            <LoadingState />
          ) : questions.isError && !questions.data ? (
            <ErrorState error={questions.error} onRetry={() => void questions.refetch()} />
          ) : questions.data ? (
            <>
              <p role="status" className="results-count">
                {t('questions.list.found', { count: questions.data.total })}
              </p>
              {questions.data.items.length > 0 ? (
                <ul
                  className="question-list"
                  aria-label={t('questions.list.label')}
                  aria-busy={questions.isPlaceholderData}
                >
                  {questions.data.items.map((question, index) => (
                    <QuestionCard
                      key={question.id}
                      question={question}
                      number={(questions.data.page - 1) * questions.data.pageSize + index + 1}
                      onEdit={() => open({ type: question.type, question })}
                      onDelete={() => onDelete(question)}
                      deleting={deleteQuestion.isPending && deleteQuestion.variables === question.id}
                    />
                  ))}
                </ul>
              ) : (
                <p className="empty-state">
                  {filtered ? t('questions.list.emptyFiltered') : t('questions.list.empty')}
                </p>
              )}
              <Pagination
                page={questions.data.page}
                pageCount={pageCount}
                hrefFor={(page) => listPath({ ...filters, page })}
              />
            </>
          ) : null}
        </>
      )}
    </div>
  );
}

interface TypeChooserProps {
  onChoose: (type: QuestionType) => void;
  onCancel: () => void;
}

function TypeChooser({ onChoose, onCancel }: TypeChooserProps) {
  const { t } = useTranslation('studio');
  useEffect(() => {
    document.getElementById(`question-type-${QUESTION_TYPES[0]}`)?.focus();
  }, []);
  return (
    <section
      id="question-type-chooser"
      className="card question-types"
      aria-labelledby="question-type-chooser-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          onCancel();
          document.getElementById('question-new')?.focus();
        }
      }}
    >
      <h2 id="question-type-chooser-title">{t('questions.chooser.title')}</h2>
      <ul className="question-types__list">
        {QUESTION_TYPES.map((type) => (
          <li key={type}>
            <button
              id={`question-type-${type}`}
              type="button"
              className="question-types__choice"
              aria-describedby={`question-type-${type}-hint`}
              onClick={() => onChoose(type)}
            >
              {t(`questions.types.${type}`)}
            </button>
            <p id={`question-type-${type}-hint`} className="field__hint">
              {t(`questions.typeHints.${type}`)}
            </p>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          onCancel();
          document.getElementById('question-new')?.focus();
        }}
      >
        {t('common.cancel')}
      </button>
    </section>
  );
}

interface QuestionFiltersProps {
  filters: ListQuestionsQuery;
  listPath: (query: ListQuestionsQuery) => string;
}

/** Applied with one button; the page remounts this form (by key) when the address changes. */
function QuestionFilters({ filters, listPath }: QuestionFiltersProps) {
  const { t } = useTranslation('studio');
  const navigate = useNavigate();

  return (
    <FilterForm
      label={t('questions.filters.label')}
      applyLabel={t('questions.filters.apply')}
      resetLabel={t('questions.filters.reset')}
      resetTo={listPath({})}
      onApply={(params) => void navigate(listPath({ ...parseQuestionFilters(params), page: 1 }))}
    >
      <TextField
        id="question-q"
        name="q"
        type="search"
        label={t('questions.filters.q.label')}
        hint={t('questions.filters.q.hint')}
        maxLength={LIMITS.searchMax}
        defaultValue={filters.q ?? ''}
        className="filters__search"
      />
      <SelectField
        id="question-type"
        name="type"
        label={t('questions.filters.type.label')}
        defaultValue={filters.type ?? ''}
      >
        <option value="">{t('questions.filters.type.all')}</option>
        {QUESTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`questions.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="question-tag"
        name="tag"
        label={t('questions.filters.tag.label')}
        maxLength={QUESTION_LIMITS.tagMax}
        autoComplete="off"
        defaultValue={filters.tag ?? ''}
      />
    </FilterForm>
  );
}

interface QuestionCardProps {
  question: QuestionResponse;
  number: number;
  onEdit: () => void;
  onDelete: () => void;
  deleting: boolean;
}

function QuestionCard({ question, number, onEdit, onDelete, deleting }: QuestionCardProps) {
  const { t, i18n } = useTranslation('studio');
  const locale = currentLocale(i18n);
  const prompt = pickText(question.prompt, locale);
  const name = prompt?.text ?? t('questions.list.noPrompt');
  const missing = LOCALES.filter((lang) => !question.complete[lang]);
  const points = new Intl.NumberFormat(locale === 'kk' ? 'kk-KZ' : 'ru-RU').format(question.points);

  return (
    <li className="card question-card">
      <p className="question-card__prompt">
        <span className="question-card__number">{t('questions.list.number', { number })}</span>{' '}
        <span lang={prompt?.lang}>{name}</span>
      </p>
      <ul className="badges" aria-label={t('questions.list.details')}>
        <li className="badge">{t(`questions.types.${question.type}`)}</li>
        <li className="badge">{t('questions.list.points', { count: question.points, points })}</li>
        {missing.length === 0 ? (
          <li className="badge badge--complete">{t('questions.list.complete')}</li>
        ) : (
          missing.map((lang) => (
            <li key={lang} className="badge badge--gaps">
              {t(`questions.list.incomplete.${lang}`)}
            </li>
          ))
        )}
      </ul>
      {question.tags.length > 0 && (
        <ul className="tags" aria-label={t('questions.list.tags')}>
          {question.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <div className="outline__actions">
        <button
          id={`question-edit-${question.id}`}
          type="button"
          className="button button--secondary button--small"
          onClick={onEdit}
          aria-label={t('questions.list.edit', { number })}
        >
          {t('questions.list.editShort')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onDelete}
          disabled={deleting}
          aria-label={t('questions.list.delete', { number })}
        >
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}
