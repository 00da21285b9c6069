import { describe, expect, it } from 'vitest';
import { checkResult, finding } from '../../../test/helpers/result.ts';
import {
  FORMATS,
  formats,
  isFormat,
  render,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText,
} from './index.ts';

describe('report index', () => {
  const result = checkResult([finding({ rule: 'schema', file: 'release.yml', line: 1, column: 1 })]);

  it('has one reporter per format', () => {
    expect(FORMATS).toEqual(['text', 'json', 'sarif', 'markdown']);
    expect(Object.keys(formats).sort()).toEqual([...FORMATS].sort());
  });

  it('renders with the reporter of the format asked for', () => {
    expect(render('text', result)).toBe(renderText(result));
    expect(render('json', result)).toBe(renderJson(result));
    expect(render('sarif', result)).toBe(renderSarif(result));
    expect(render('markdown', result)).toBe(renderMarkdown(result));
  });

  it('tells formats from other strings', () => {
    expect(isFormat('sarif')).toBe(true);
    expect(isFormat('html')).toBe(false);
    expect(isFormat('toString')).toBe(false);
  });

  it('ends every format with exactly one newline', () => {
    for (const format of FORMATS) {
      const out = render(format, result);
      expect(out.endsWith('\n')).toBe(true);
      expect(out.endsWith('\n\n')).toBe(false);
    }
  });
});
