import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createI18n } from '../i18n';
import type { SyncStatus } from './progress-sync';
import { SyncIndicator } from './sync-indicator';

let status: SyncStatus = { state: 'synced', pending: 0 };

vi.mock('./progress-queue', () => ({ useSyncStatus: () => status }));

function renderIndicator(locale: 'kk' | 'ru', initial: SyncStatus) {
  status = initial;
  const view = render(
    <I18nextProvider i18n={createI18n(locale)}>
      <SyncIndicator />
    </I18nextProvider>,
  );
  return {
    change(next: SyncStatus) {
      status = next;
      view.rerender(
        <I18nextProvider i18n={createI18n(locale)}>
          <SyncIndicator />
        </I18nextProvider>,
      );
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SyncIndicator', () => {
  it.each([
    ['kk', 'Барлық оқу барысы сақталды'],
    ['ru', 'Весь прогресс сохранён'],
  ] as const)('says everything is saved, politely, in %s', (locale, text) => {
    renderIndicator(locale, { state: 'synced', pending: 0 });
    const pill = screen.getByRole('status');
    expect(pill).toHaveTextContent(text);
    expect(pill).toHaveAttribute('aria-live', 'polite');
  });

  it.each([
    ['kk', 'Осы құрылғыда сақталды — байланыс болғанда жіберіледі (3)'],
    ['ru', 'Сохранено на этом устройстве — отправится, когда появится связь (3)'],
  ] as const)('says at once, in %s, that progress is kept on the device while offline', (locale, text) => {
    const view = renderIndicator(locale, { state: 'synced', pending: 0 });
    view.change({ state: 'offline', pending: 3 });
    expect(screen.getByRole('status')).toHaveTextContent(text);
  });

  it('stays quiet through a quick round trip, and says "Syncing…" only when it takes a while', () => {
    vi.useFakeTimers();
    const view = renderIndicator('ru', { state: 'synced', pending: 0 });

    view.change({ state: 'syncing', pending: 1 });
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    view.change({ state: 'synced', pending: 0 });
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Весь прогресс сохранён');

    view.change({ state: 'syncing', pending: 1 });
    act(() => {
      vi.advanceTimersByTime(1_500);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Синхронизация…');

    view.change({ state: 'pending', pending: 1 });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Сохранено на этом устройстве — отправится, когда появится связь (1)',
    );
  });
});
