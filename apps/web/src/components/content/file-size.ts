import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const KB = 1024;
const MB = 1024 * KB;

/**
 * Returns a function that writes a file size the way people read it on a download link,
 * "2,4 МБ" or "380 КБ": a decimal comma in both languages.
 */
export function useFileSize(): (bytes: number) => string {
  const { t } = useTranslation('courses');
  return useCallback(
    (bytes: number) => {
      if (bytes >= MB) {
        const megabytes = bytes / MB;
        const size = (megabytes >= 10 ? Math.round(megabytes).toString() : megabytes.toFixed(1)).replace('.', ',');
        return t('content.fileSize.mb', { size });
      }
      return t('content.fileSize.kb', { size: String(Math.max(1, Math.round(bytes / KB))) });
    },
    [t],
  );
}
