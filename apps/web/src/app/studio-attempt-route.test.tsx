import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buildAttempt } from '../features/grading/test/grading-fixtures';
import { mockApi } from '../test/mock-api';
import { renderStudioPage } from '../test/render-studio-page';
import { StudioAttemptRoute } from './studio-attempt-route';

describe('studio attempt route', () => {
  it('shows each question with the assessment review and a grading form under each essay', async () => {
    mockApi({ 'GET /api/attempts/a-7': { body: buildAttempt() } });
    renderStudioPage('/studio/attempts/a-7', { '/studio/attempts/:attemptId': <StudioAttemptRoute /> });

    const review = await screen.findByRole('article', { name: '2-сұрақ' });
    expect(within(review).getByText('Жергілікті бюджетті талқылау тәртібін сипаттаңыз.')).toBeInTheDocument();
    expect(within(review).getByText('Бюджет жобасы алдымен тұрғындармен талқыланады…')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: '1-сұрақ' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: '2-сұрақты бағалау' })).toBeInTheDocument();
  });
});
