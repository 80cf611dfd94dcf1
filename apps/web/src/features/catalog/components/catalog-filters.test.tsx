import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { providers } from '../test/catalog-fixtures';
import { CatalogFiltersForm } from './catalog-filters';

/** The address as the page would read it, moved by the test so it can lag behind the typing. */
let showAddress: (q: string | undefined) => void = () => undefined;

function LaggingAddress() {
  const [q, setQ] = useState<string | undefined>();
  showAddress = setQ;
  return <CatalogFiltersForm filters={{ q, sort: 'title', page: 1 }} locale="kk" />;
}

describe('catalog search box', () => {
  it('keeps letters typed while the address catches up with an earlier pause, and follows Back', async () => {
    mockApi({ 'GET /api/providers': { body: providers } });
    const { user, location } = renderPage('/courses', { '/courses': <LaggingAddress /> });
    const box = await screen.findByRole('searchbox', { name: 'Іздеу' });

    await user.type(box, 'бюд');
    await waitFor(() => expect(location()).toBe(`/courses?q=${encodeURIComponent('бюд')}`));
    // A slow phone: the learner types on before the list has read the address.
    await user.type(box, 'ж');
    act(() => showAddress('бюд'));
    expect(box).toHaveValue('бюдж');

    // An address the box did not ask for (Back, a shared link) is shown as it is.
    act(() => showAddress('әкім'));
    expect(box).toHaveValue('әкім');
  });
});
