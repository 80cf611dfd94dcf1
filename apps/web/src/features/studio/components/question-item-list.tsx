import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { FieldError } from '../../../components/ui/field-messages';
import { usePendingFocus } from '../hooks/use-pending-focus';

interface QuestionItemListProps<T extends { id: string }> {
  /** Prefix of the row ids; rows are `${id}-${item.id}`. */
  id: string;
  legend: string;
  hint?: string;
  items: T[];
  onChange: (items: T[]) => void;
  min: number;
  max: number;
  /** "Option 2": names a row in its buttons and announcements. */
  itemLabel: (index: number) => string;
  addLabel: string;
  create: () => T;
  /** The control that gets focus in a new row. */
  firstInputId: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** An error about the list as a whole (too few, too many), and per row (a duplicate id). */
  error?: string;
  rowError?: (index: number) => string | undefined;
}

/**
 * The rows of a question (options, pairs, items, criteria) with add, remove and ↑/↓ buttons that
 * keep the keyboard focus with the row that moved, and say where it went.
 */
export function QuestionItemList<T extends { id: string }>({
  id,
  legend,
  hint,
  items,
  onChange,
  min,
  max,
  itemLabel,
  addLabel,
  create,
  firstInputId,
  renderItem,
  error,
  rowError,
}: QuestionItemListProps<T>) {
  const { t } = useTranslation('studio');
  const focusLater = usePendingFocus(items);
  const [announcement, setAnnouncement] = useState('');

  const move = (index: number, direction: -1 | 1) => {
    const target = index + direction;
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(target, 0, item);
    onChange(next);
    const buttons = [
      `${id}-${item.id}-${direction < 0 ? 'up' : 'down'}`,
      `${id}-${item.id}-${direction < 0 ? 'down' : 'up'}`,
    ];
    focusLater(buttons);
    setAnnouncement(t('questions.items.moved', { item: itemLabel(index), position: target + 1, total: items.length }));
  };

  const remove = (index: number) => {
    const next = items.filter((_, position) => position !== index);
    onChange(next);
    const neighbour = next[index] ?? next[index - 1];
    focusLater(neighbour ? [firstInputId(neighbour)] : [`${id}-add`]);
    setAnnouncement(t('questions.items.removed', { item: itemLabel(index) }));
  };

  const add = () => {
    const item = create();
    onChange([...items, item]);
    focusLater([firstInputId(item)]);
    setAnnouncement('');
  };

  return (
    <fieldset
      className="field question-items"
      aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <ol className="question-items__list">
        {items.map((item, index) => (
          <li key={item.id} id={`${id}-${item.id}`} className="question-items__row">
            <div className="question-items__head">
              <p className="question-items__label">{itemLabel(index)}</p>
              <div className="outline__actions">
                <button
                  id={`${id}-${item.id}-up`}
                  type="button"
                  className="button button--secondary button--small"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('questions.items.moveUp', { item: itemLabel(index) })}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  id={`${id}-${item.id}-down`}
                  type="button"
                  className="button button--secondary button--small"
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('questions.items.moveDown', { item: itemLabel(index) })}
                >
                  <span aria-hidden="true">↓</span>
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={items.length <= min}
                  onClick={() => remove(index)}
                  aria-label={t('questions.items.remove', { item: itemLabel(index) })}
                >
                  {t('common.delete')}
                </button>
              </div>
            </div>
            {renderItem(item, index)}
            <FieldError id={`${id}-${item.id}`} error={rowError?.(index)} />
          </li>
        ))}
      </ol>
      <FieldError id={id} error={error} />
      <button
        id={`${id}-add`}
        type="button"
        className="button button--secondary"
        disabled={items.length >= max}
        onClick={add}
      >
        {addLabel}
      </button>
      {items.length >= max && <p className="field__hint">{t('questions.items.full', { max })}</p>}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
