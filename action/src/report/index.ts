import type { CheckResult, Sources } from '../engine/result.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { renderSarif } from './sarif.ts';
import { renderText } from './text.ts';

export { renderJson, renderJsonError, jsonReport, type JsonReport, type JsonError } from './json.ts';
export { renderMarkdown, MARKDOWN_MAX_BYTES } from './markdown.ts';
export { renderSarif, sarifLog } from './sarif.ts';
export { renderText } from './text.ts';

/** What a reporter may use besides the result. Every field is optional. */
export interface RenderOptions {
  /** Source texts by finding `file`, for the text reporter's excerpts. */
  sources?: Sources;
  /** ANSI colors in the text report; nothing else colors. */
  color?: boolean;
  /**
   * Markdown only: the most UTF-8 bytes the report may take. Defaults to {@link MARKDOWN_MAX_BYTES},
   * which fits a PR comment (65,536 characters); a job summary may pass up to 1,000,000.
   */
  maxBytes?: number;
}

/** A reporter: a pure translation of a result into the text of one output format. */
export type Reporter = (result: CheckResult, options?: RenderOptions) => string;

export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;

export type Format = (typeof FORMATS)[number];

export const formats: Readonly<Record<Format, Reporter>> = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  markdown: renderMarkdown,
};

/** The formats that quote the lines of the files findings point into (their `sources`). */
export const QUOTING_FORMATS: ReadonlySet<Format> = new Set(['text', 'sarif']);

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** Renders `result` in `format`. Never throws for a well-typed result. */
export function render(format: Format, result: CheckResult, options: RenderOptions = {}): string {
  return formats[format](result, options);
}
