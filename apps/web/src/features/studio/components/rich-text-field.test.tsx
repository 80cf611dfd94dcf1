import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { renderStudioPage } from '../../../test/render-studio-page';
import { RichTextField } from './rich-text-field';

function Harness({ initial, onChange }: { initial: string; onChange: (html: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <RichTextField
        id="body-ru"
        label="Текст урока (на русском)"
        value={value}
        lang="ru"
        onChange={(html) => {
          setValue(html);
          onChange(html);
        }}
      />
      <button type="button" onClick={() => setValue('<p>С сервера</p>')}>
        reset
      </button>
    </>
  );
}

// Light: jsdom cannot type into ProseMirror, so this checks the wiring, not the editing.
describe('rich text field', () => {
  // ProseMirror scrolls the selection into view; jsdom has no layout to measure.
  const added: [object, string][] = [];
  beforeEach(() => {
    const noRects = () => Object.assign([], { item: () => null });
    const emptyRect = () => new DOMRect(0, 0, 0, 0);
    for (const prototype of [Element.prototype, Range.prototype]) {
      for (const [name, value] of [
        ['getClientRects', noRects],
        ['getBoundingClientRect', emptyRect],
      ] as const) {
        if (!(name in prototype)) {
          Object.defineProperty(prototype, name, { value, configurable: true });
          added.push([prototype, name]);
        }
      }
    }
  });
  afterEach(() => {
    for (const [prototype, name] of added.splice(0)) delete (prototype as Record<string, unknown>)[name];
  });

  it('loads the editor lazily, labelled, in its language, with an accessible toolbar', async () => {
    const onChange = vi.fn();
    const { user } = renderStudioPage(
      '/',
      { '/': <Harness initial="<p>Привет, <strong>мир</strong></p>" onChange={onChange} /> },
      { locale: 'ru' },
    );

    const editor = await screen.findByRole('textbox', { name: 'Текст урока (на русском)' });
    expect(editor).toHaveAttribute('lang', 'ru');
    expect(editor).toHaveAttribute('contenteditable', 'true');
    expect(editor.innerHTML).toContain('<strong>мир</strong>');

    const toolbar = screen.getByRole('toolbar', { name: 'Форматирование: Текст урока (на русском)' });
    const buttons = within(toolbar).getAllByRole('button');
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      // Glyphs that read as text start the name (WCAG 2.5.3, label in name).
      'B Жирный',
      'I Курсив',
      'H2 Заголовок 2-го уровня',
      'H3 Заголовок 3-го уровня',
      'Маркированный список',
      '1. Нумерованный список',
      'Цитата',
      'Ссылка',
      'Отменить',
      'Повторить',
    ]);
    // One tab stop; the arrow keys move along the toolbar.
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    buttons[0]!.focus();
    await user.keyboard('[ArrowRight]');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('[End]');
    expect(buttons[9]).toHaveFocus();

    // A value from outside (a reload) replaces the document without reporting a change.
    await user.click(screen.getByRole('button', { name: 'reset' }));
    await waitFor(() => expect(editor.innerHTML).toContain('С сервера'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('turns text into a heading from the toolbar and reports the HTML', async () => {
    const onChange = vi.fn();
    const { user } = renderStudioPage('/', { '/': <Harness initial="<p>Бюджет</p>" onChange={onChange} /> });

    await screen.findByRole('textbox', { name: 'Текст урока (на русском)' });
    const heading = screen.getByRole('button', { name: 'H2 2-деңгейлі тақырып' });
    expect(heading).toHaveAttribute('aria-pressed', 'false');
    await user.click(heading);

    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith('<h2>Бюджет</h2>'));
    expect(heading).toHaveAttribute('aria-pressed', 'true');
  });

  it('accepts only https links', async () => {
    const prompt = vi.spyOn(window, 'prompt').mockReturnValue('http://example.kz');
    const { user } = renderStudioPage('/', { '/': <Harness initial="<p>Бюджет</p>" onChange={vi.fn()} /> });

    await screen.findByRole('textbox');
    await user.click(screen.getByRole('button', { name: 'Сілтеме' }));

    expect(prompt).toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Тек https:// деп басталатын сілтемелерге рұқсат етілген.');
  });
});
