import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface RichTextEditorProps {
  /** Given to the editable area, so the label and parity links can reach it. */
  id: string;
  labelledBy: string;
  describedBy?: string;
  value: string;
  onChange: (html: string) => void;
  lang: string;
  invalid?: boolean;
  /** Names the formatting toolbar after the field, as a page has several. */
  toolbarLabel: string;
}

const HTTPS_URL = /^https:\/\/[^\s/$.?#][^\s]*$/i;

// Built once: the editor compares its options on every render, and a new array would reconfigure it.
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => HTTPS_URL.test(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
];

/**
 * The HTML of the document: '' when it holds nothing, and without the empty paragraph the editor
 * keeps after a final heading or list so the cursor can leave it.
 */
const htmlOf = (editor: Editor) => (editor.isEmpty ? '' : editor.getHTML().replace(/(?:<p><\/p>)+$/, ''));

/**
 * TipTap with the marks the API's sanitiser keeps: paragraphs, bold, italic, headings 2–3, lists,
 * quotes and https links. Loaded lazily (see rich-text-field.tsx) so learners never download it.
 */
export default function RichTextEditor({
  id,
  labelledBy,
  describedBy,
  value,
  onChange,
  lang,
  invalid,
  toolbarLabel,
}: RichTextEditorProps) {
  const [initialValue] = useState(value);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const editor = useEditor({
    extensions: EXTENSIONS,
    // Only the first value; later ones arrive through the effect below.
    content: initialValue,
    editorProps: {
      attributes: {
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        lang,
        spellcheck: 'true',
        class: 'rich-text__content',
      },
    },
    onUpdate: ({ editor: current }) => onChangeRef.current(htmlOf(current)),
  });

  // A value from outside (reload, the server's cleaned-up copy after saving) replaces the document.
  useEffect(() => {
    if (editor && !editor.isDestroyed && value !== htmlOf(editor)) {
      editor.commands.setContent(value, { emitUpdate: false });
    }
  }, [editor, value]);

  return (
    <div className="rich-text">
      <Toolbar editor={editor} controls={id} label={toolbarLabel} />
      <EditorContent editor={editor} />
    </div>
  );
}

interface ToolbarProps {
  editor: Editor;
  controls: string;
  label: string;
}

/** One tab stop; arrow keys move between the buttons (the ARIA toolbar pattern). */
function Toolbar({ editor, controls, label }: ToolbarProps) {
  const { t } = useTranslation('studio');
  const [active, setActive] = useState(0);
  const [linkError, setLinkError] = useState<string | null>(null);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      h2: current.isActive('heading', { level: 2 }),
      h3: current.isActive('heading', { level: 3 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });

  const editLink = () => {
    const previous = (editor.getAttributes('link').href as string | undefined) ?? 'https://';
    const answer = window.prompt(t('richText.linkPrompt'), previous);
    if (answer === null) return;
    const href = answer.trim();
    if (href === '' || href === 'https://') {
      setLinkError(null);
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return;
    }
    if (!HTTPS_URL.test(href)) {
      setLinkError(t('richText.linkInvalid'));
      return;
    }
    setLinkError(null);
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  };

  const buttons: {
    key: string;
    glyph: string;
    label: string;
    pressed?: boolean;
    disabled?: boolean;
    run: () => void;
  }[] = [
    {
      key: 'bold',
      glyph: 'B',
      label: t('richText.bold'),
      pressed: state.bold,
      run: () => editor.chain().focus().toggleBold().run(),
    },
    {
      key: 'italic',
      glyph: 'I',
      label: t('richText.italic'),
      pressed: state.italic,
      run: () => editor.chain().focus().toggleItalic().run(),
    },
    {
      key: 'h2',
      glyph: 'H2',
      label: t('richText.heading2'),
      pressed: state.h2,
      run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      key: 'h3',
      glyph: 'H3',
      label: t('richText.heading3'),
      pressed: state.h3,
      run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
    },
    {
      key: 'bullet',
      glyph: '•',
      label: t('richText.bulletList'),
      pressed: state.bulletList,
      run: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      key: 'ordered',
      glyph: '1.',
      label: t('richText.orderedList'),
      pressed: state.orderedList,
      run: () => editor.chain().focus().toggleOrderedList().run(),
    },
    {
      key: 'quote',
      glyph: '❝',
      label: t('richText.blockquote'),
      pressed: state.blockquote,
      run: () => editor.chain().focus().toggleBlockquote().run(),
    },
    { key: 'link', glyph: '🔗', label: t('richText.link'), pressed: state.link, run: editLink },
    {
      key: 'undo',
      glyph: '↶',
      label: t('richText.undo'),
      disabled: !state.canUndo,
      run: () => editor.chain().focus().undo().run(),
    },
    {
      key: 'redo',
      glyph: '↷',
      label: t('richText.redo'),
      disabled: !state.canRedo,
      run: () => editor.chain().focus().redo().run(),
    },
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = buttons.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? active === last
          ? 0
          : active + 1
        : event.key === 'ArrowLeft'
          ? active === 0
            ? last
            : active - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    refs.current[next]?.focus();
  };

  return (
    <>
      <div
        role="toolbar"
        aria-label={label}
        aria-controls={controls}
        className="rich-text__toolbar"
        onKeyDown={onKeyDown}
      >
        {buttons.map((button, index) => (
          <button
            key={button.key}
            ref={(element) => {
              refs.current[index] = element;
            }}
            type="button"
            className="rich-text__button"
            tabIndex={index === active ? 0 : -1}
            // A glyph that reads as text (B, H2, 1.) starts the name, so speech input can use what it shows.
            aria-label={readsAsText(button.glyph) ? `${button.glyph} ${button.label}` : button.label}
            title={button.label}
            aria-pressed={button.pressed === undefined ? undefined : button.pressed}
            // Disabled buttons stay focusable in a toolbar, so arrow keys do not skip them.
            aria-disabled={button.disabled || undefined}
            onFocus={() => setActive(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (!button.disabled) button.run();
            }}
          >
            <span aria-hidden="true">{button.glyph}</span>
          </button>
        ))}
      </div>
      {linkError && (
        <p role="alert" className="field__error">
          {linkError}
        </p>
      )}
    </>
  );
}

/** Whether a toolbar glyph holds letters or digits, i.e. what a user would say to press it. */
const readsAsText = (glyph: string) => /[\p{L}\p{N}]/u.test(glyph);
