import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './text.ts';

const utf16 = (text: string, order: 'le' | 'be') => {
  const bytes = [order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]];
  for (const char of text) {
    const code = char.charCodeAt(0);
    bytes.push(order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]);
  }
  return new Uint8Array(bytes.flat());
};

describe('decodeUtf8', () => {
  it('names UTF-16 with a byte order mark, little and big endian, rather than calling it binary', () => {
    for (const [order, name] of [
      ['le', 'UTF-16 LE'],
      ['be', 'UTF-16 BE'],
    ] as const) {
      expect(decodeUtf8(utf16('product: pay\n', order))).toEqual({
        ok: false,
        message: `the file is ${name} (it starts with a byte order mark), which is not supported: save it as UTF-8`,
        span: { line: 1, column: 1 },
      });
    }
  });

  it('reads a CR alone as a line break, and leaves CRLF as it is', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(decodeUtf8(encode('a: 1\rb: 2\r'))).toEqual({ ok: true, text: 'a: 1\nb: 2\n' });
    expect(decodeUtf8(encode('a: 1\r\nb: 2\r\n'))).toEqual({ ok: true, text: 'a: 1\r\nb: 2\r\n' });
  });

  it('still refuses binary content at its first NUL byte', () => {
    expect(decodeUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0x00]))).toMatchObject({
      ok: false,
      message: 'the file is binary (it contains a NUL byte), not UTF-8 text',
      span: { line: 2, column: 2 },
    });
  });
});
