/** Position helpers shared by everything that reads a text file. */

export interface Span {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export type Decoded = { ok: true; text: string } | { ok: false; message: string; span: Span };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lossyUtf8 = new TextDecoder('utf-8');

/**
 * Decodes a file's bytes as UTF-8 (a BOM is dropped). Binary content and invalid UTF-8 are refused
 * with the place of the first bad byte, since a silent replacement character would hide it. Old Mac
 * line endings (a CR alone) become line feeds, so lines count as an editor counts them.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  // Checked before the NUL bytes that UTF-16 is full of, so the message names the real problem.
  const utf16 = utf16Bom(bytes);
  if (utf16) {
    return {
      ok: false,
      message: `the file is ${utf16} (it starts with a byte order mark), which is not supported: save it as UTF-8`,
      span: { line: 1, column: 1 },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const before = lossyUtf8.decode(bytes.subarray(0, nul));
    return {
      ok: false,
      message: 'the file is binary (it contains a NUL byte), not UTF-8 text',
      span: spanAt(before, before.length),
    };
  }
  try {
    return { ok: true, text: strictUtf8.decode(bytes).replace(/\r(?!\n)/g, '\n') };
  } catch {
    const text = lossyUtf8.decode(bytes);
    const bad = text.indexOf('\uFFFD');
    return {
      ok: false,
      message: 'the file is not valid UTF-8 text; save it as UTF-8',
      span: spanAt(text, Math.max(bad, 0)),
    };
  }
}

function utf16Bom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE';
  return undefined;
}

/** 1-based line and column of a string offset; columns count UTF-16 code units, as editors do. */
export function spanAt(text: string, offset: number): Span {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
