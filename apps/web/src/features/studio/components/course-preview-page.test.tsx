import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi } from '../../../test/mock-api';
import { renderStudioPage } from '../../../test/render-studio-page';
import { buildDraft, buildLesson, buildModule } from '../test/studio-fixtures';
import { CoursePreviewPage } from './course-preview-page';

const routes = { '/studio/courses/:courseId/preview': <CoursePreviewPage /> };

describe('course preview page', () => {
  it('shows the draft as a learner of the chosen language would, marked as not published', async () => {
    mockApi({
      'GET /api/courses/c-1': {
        body: buildDraft({
          modules: [
            buildModule({
              lessons: [
                buildLesson(),
                buildLesson({
                  id: 'l-2',
                  title: { kk: 'Кірістер', ru: '' },
                  content: {
                    kk: { body: '<p>Салықтар.</p>', mediaId: null, externalUrl: null },
                    ru: { body: '', mediaId: null, externalUrl: null },
                  },
                }),
              ],
            }),
          ],
        }),
      },
    });
    const { user, location } = renderStudioPage('/studio/courses/c-1/preview', routes);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ауыл бюджеті' })).toHaveAttribute('lang', 'kk');
    expect(screen.getByRole('note')).toHaveTextContent('Алдын ала қарау — жарияланбаған.');
    const lesson = screen.getByRole('region', { name: 'Сабақ' });
    expect(within(lesson).getByRole('heading', { level: 2, name: 'Бюджет деген не' })).toBeInTheDocument();
    expect(within(lesson).getByText('Бюджет — жоспар.')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Русский'));
    expect(location()).toBe('/studio/courses/c-1/preview?lang=ru');
    expect(screen.getByRole('heading', { level: 1, name: 'Бюджет села' })).toHaveAttribute('lang', 'ru');
    const syllabus = screen.getByRole('navigation', { name: 'Бағдарлама' });
    await user.click(within(syllabus).getByRole('button', { name: /Бұл тілде толтырылмаған/ }));

    expect(location()).toBe('/studio/courses/c-1/preview?lang=ru&lesson=l-2');
    expect(within(lesson).getByText('Бұл сабақтың осы тілдегі мазмұны әлі жоқ.')).toBeInTheDocument();
    expect(within(lesson).getByRole('link', { name: 'Бұл сабақты өңдеу' })).toHaveAttribute(
      'href',
      '/studio/courses/c-1/lessons/l-2',
    );
  });
});
