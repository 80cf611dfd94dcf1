import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { FormAlert } from '../../../components/ui/form-alert';

interface SubmitDialogProps {
  unanswered: number;
  /** Answers only on this device: they are sent before the attempt is submitted. */
  onDevice: number;
  /** Answers that could not be sent just now, so submitting would lose them. */
  notSent: number;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Finish the test?" in the browser's own modal <dialog> (focus stays inside, the page is inert).
 * Where `showModal` is missing (old browsers, jsdom) it opens as a plain dialog.
 */
export function SubmitDialog({ unanswered, onDevice, notSent, busy, error, onConfirm, onCancel }: SubmitDialogProps) {
  const { t } = useTranslation('assessment');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    // The safe choice first: Enter on an accidental open goes back to the test.
    cancelRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="dialog submit-dialog"
      aria-labelledby="submit-dialog-title"
      aria-describedby="submit-dialog-body"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id="submit-dialog-title">{t('submit.title')}</h2>
      <div id="submit-dialog-body">
        <p>{unanswered > 0 ? t('submit.unanswered', { count: unanswered }) : t('submit.allAnswered')}</p>
        {onDevice > 0 && notSent === 0 && (
          <p className="submit-dialog__warning">{t('submit.onDevice', { count: onDevice })}</p>
        )}
        <p>{t('submit.final')}</p>
      </div>
      <FormAlert message={notSent > 0 ? t('submit.notSent', { count: notSent }) : error} />
      <div className="form__actions">
        <button type="button" className="button" disabled={busy} onClick={onConfirm}>
          {busy ? t('submit.submitting') : t('submit.confirm')}
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {t('submit.cancel')}
        </button>
      </div>
    </dialog>
  );
}
