/**
 * The playground's code editors (CodeMirror 6): line numbers, YAML or Markdown highlighting, and the
 * checker's findings as underlined diagnostics at their line and column. Each editor replaces the
 * <textarea> it is given and keeps it in step, so a form without JavaScript still shows the text.
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdownLanguage } from '@codemirror/lang-markdown';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, indentOnInput, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Extension, type Text } from '@codemirror/state';
import { tags as t } from '@lezer/highlight';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';

/** The part of a finding an editor needs: 1-based positions, as every report carries them. */
export interface Mark {
  severity: 'error' | 'warning' | 'info';
  message: string;
  line?: number | undefined;
  column?: number | undefined;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}

/** Colours from Starlight's variables, so the editor follows the light and dark themes. */
const theme = EditorView.theme({
  '&': {
    color: 'var(--sl-color-white)',
    backgroundColor: 'var(--sl-color-black)',
    border: '1px solid var(--sl-color-gray-5)',
    borderRadius: '0.25rem',
    fontSize: 'var(--sl-text-sm)',
  },
  '&.cm-focused': { outline: '2px solid var(--sl-color-text-accent)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'var(--__sl-font-mono)', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--sl-color-white)' },
  '.cm-gutters': {
    backgroundColor: 'var(--sl-color-gray-6)',
    color: 'var(--sl-color-gray-2)',
    borderRight: '1px solid var(--sl-color-gray-5)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--sl-color-gray-5) 35%, transparent)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--sl-color-gray-5)', color: 'var(--sl-color-white)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'color-mix(in srgb, var(--sl-color-text-accent) 35%, transparent) !important',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--sl-color-gray-6)',
    color: 'var(--sl-color-white)',
    border: '1px solid var(--sl-color-gray-4)',
  },
});

/** Token colours from Starlight's palette: readable in both themes (the default style is for light only). */
const highlight = HighlightStyle.define([
  { tag: [t.propertyName, t.definition(t.propertyName)], color: 'var(--sl-color-text-accent)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--sl-color-green-high)' },
  { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--sl-color-orange-high)' },
  { tag: [t.comment, t.meta], color: 'var(--sl-color-gray-3)', fontStyle: 'italic' },
  { tag: t.heading, color: 'var(--sl-color-white)', fontWeight: '700' },
  { tag: [t.link, t.url], color: 'var(--sl-color-blue-high)', textDecoration: 'underline' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strong, fontWeight: '700' },
  { tag: [t.monospace, t.processingInstruction], color: 'var(--sl-color-purple-high)' },
  { tag: [t.punctuation, t.separator, t.bracket], color: 'var(--sl-color-gray-2)' },
]);

/** Offsets in the document for a mark: its span, or at least one character at its start. */
export function markRange(doc: Text, mark: Mark): { from: number; to: number } {
  const lineOf = (n: number) => doc.line(Math.min(Math.max(n, 1), doc.lines));
  const line = lineOf(mark.line ?? 1);
  const from = Math.min(line.from + Math.max((mark.column ?? 1) - 1, 0), line.to);
  let to = from;
  if (mark.endLine !== undefined) {
    const end = lineOf(mark.endLine);
    to = Math.min(end.from + Math.max((mark.endColumn ?? 1) - 1, 0), end.to);
  }
  if (to <= from) to = from < line.to ? from + 1 : from;
  return { from, to };
}

export interface Editor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
  /** Shows these marks as diagnostics, replacing the last ones. */
  mark(marks: Mark[]): void;
  /** Puts the cursor on a mark and scrolls to it. */
  reveal(mark: Mark): void;
}

/**
 * Replaces `textarea` with an editor in `language`, labelled as the textarea was; `onChange` runs
 * after each edit.
 */
export function createEditor(
  textarea: HTMLTextAreaElement,
  language: 'yaml' | 'markdown',
  onChange: () => void,
): Editor {
  const label = document.querySelector(`label[for="${textarea.id}"]`)?.textContent?.trim() ?? textarea.id;
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    highlightActiveLine(),
    syntaxHighlighting(highlight),
    lintGutter(),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    // The Markdown language alone: `markdown()` would bring HTML, CSS and JavaScript parsers along.
    language === 'yaml' ? yaml() : new LanguageSupport(markdownLanguage),
    theme,
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({
      // Editable content is focusable; saying so lets checkers see the scroller is keyboard-reachable.
      tabindex: '0',
      'aria-label': label,
      'data-editor': textarea.id,
      spellcheck: 'false',
      autocapitalize: 'off',
    }),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      textarea.value = update.state.doc.toString();
      onChange();
    }),
  ];
  const view = new EditorView({
    state: EditorState.create({ doc: textarea.value, extensions }),
  });
  textarea.after(view.dom);
  textarea.hidden = true;
  view.dom.id = `${textarea.id}-editor`;

  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    mark(marks) {
      const doc = view.state.doc;
      const diagnostics: Diagnostic[] = marks.map((mark) => ({
        ...markRange(doc, mark),
        severity: mark.severity,
        message: mark.message,
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    reveal(mark) {
      const { from } = markRange(view.state.doc, mark);
      view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
      view.focus();
    },
  };
}
