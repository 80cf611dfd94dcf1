import { COURSE_LIMITS, TOPICS, type Topic } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { FieldError } from '../../../components/ui/field-messages';

interface TopicsFieldProps {
  id: string;
  values: Topic[];
  onChange: (values: Topic[]) => void;
  error?: string;
}

/** Checkboxes, at most six ticked: the rest are disabled until one is cleared, and the hint says why. */
export function TopicsField({ id, values, onChange, error }: TopicsFieldProps) {
  const { t } = useTranslation(['studio', 'courses']);
  const full = values.length >= COURSE_LIMITS.topicsMax;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <fieldset className="field choice-group topics-field" aria-describedby={describedBy}>
      <legend>{t('course.fields.topics.label')}</legend>
      <p id={`${id}-hint`} className="field__hint" aria-live="polite">
        {t('course.fields.topics.hint', { count: values.length, max: COURSE_LIMITS.topicsMax })}
      </p>
      <div className="topics-field__choices">
        {TOPICS.map((topic) => {
          const checked = values.includes(topic);
          return (
            <div className="choice" key={topic}>
              <input
                type="checkbox"
                id={`${id}-${topic}`}
                name={id}
                value={topic}
                checked={checked}
                disabled={!checked && full}
                onChange={(event) =>
                  onChange(event.target.checked ? [...values, topic] : values.filter((value) => value !== topic))
                }
              />
              <label htmlFor={`${id}-${topic}`}>{t(`courses:topics.${topic}`)}</label>
            </div>
          );
        })}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
