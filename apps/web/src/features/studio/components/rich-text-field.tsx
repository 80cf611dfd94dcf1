import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { FieldError, FieldHint } from '../../../components/ui/field-messages';
import { LoadingState } from '../../../components/ui/loading-state';

// TipTap and ProseMirror are large; only authors editing a lesson download them.
const RichTextEditor = lazy(() => import('./rich-text-editor'));

interface RichTextFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (html: string) => void;
  /** The language of the text written here. */
  lang: string;
}

export function RichTextField({ id, label, hint, error, value, onChange, lang }: RichTextFieldProps) {
  const { t } = useTranslation('studio');
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field rich-text-field">
      {/* A contenteditable cannot be the target of <label for>; clicking the label still focuses it. */}
      <span id={`${id}-label`} className="field__label" onClick={() => document.getElementById(id)?.focus()}>
        {label}
      </span>
      <FieldHint id={id} hint={hint} />
      <Suspense fallback={<LoadingState />}>
        <RichTextEditor
          id={id}
          labelledBy={`${id}-label`}
          describedBy={describedBy}
          value={value}
          onChange={onChange}
          lang={lang}
          invalid={!!error}
          toolbarLabel={t('richText.toolbar', { field: label })}
        />
      </Suspense>
      <FieldError id={id} error={error} />
    </div>
  );
}
