import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { uploadMedia } from '../../../lib/upload-media';

/** Uploads a logo with progress; cancelled when the user asks or the form goes away. */
export function useLogoUpload() {
  const [progress, setProgress] = useState(0);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setProgress(0);
      return uploadMedia(file, { signal: current.signal, onProgress: setProgress });
    },
  });
  const { reset } = mutation;

  useEffect(() => () => controller.current?.abort(), []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    // Forget the aborted attempt: cancelling is not an error to show.
    reset();
  }, [reset]);

  return { mutation, progress, cancel };
}
