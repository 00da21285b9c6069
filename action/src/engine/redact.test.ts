import { describe, expect, it } from 'vitest';
import { redactCredentials, redactDeep } from './redact.ts';

describe('redactCredentials', () => {
  it('hides the user name and password of every URL, whatever the scheme', () => {
    expect(redactCredentials('https://admin:hunter2@grafana.example/d/1')).toBe(
      'https://***@grafana.example/d/1',
    );
    expect(redactCredentials('see ftp://ghp_abc@host and HTTPS://u@h/x?y=@z')).toBe(
      'see ftp://***@host and HTTPS://***@h/x?y=@z',
    );
    expect(redactCredentials('"https://a:b@c" and https://d:e@f')).toBe('"https://***@c" and https://***@f');
  });

  it('leaves what carries no credentials as it is', () => {
    for (const text of [
      'https://grafana.example/d/@panel',
      'https://example.com/?mail=dana@example.com',
      'dana@example.com and @octoacme/qa',
      'docs/runbooks/rollback.md',
    ])
      expect(redactCredentials(text)).toBe(text);
  });

  it('reaches every string of a value, at any depth', () => {
    expect(redactDeep({ a: ['https://u:p@h', 1, null], b: { c: 'x https://u:p@h' } })).toEqual({
      a: ['https://***@h', 1, null],
      b: { c: 'x https://***@h' },
    });
  });

  it('copies only what holds a credential', () => {
    const clean = { d: ['@dana', 'https://h/x'] };
    const value = { a: ['https://u:p@h'], clean };
    const redacted = redactDeep(value);
    expect(redacted).toEqual({ a: ['https://***@h'], clean });
    expect(redacted.clean).toBe(clean);
    expect(value.a).toEqual(['https://u:p@h']);
    expect(redactDeep(clean)).toBe(clean);
  });
});
