import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/temp.ts';
import { nodeHost } from './node-host.ts';

describe('nodeHost', () => {
  it('reads a regular file inside its folder', () => {
    const root = tempDir('node-host');
    writeFileSync(join(root, 'a.txt'), 'hello');
    const read = nodeHost(root).read('a.txt');
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('hello');
  });

  it('refuses a FIFO without opening it (opening one waits for a writer)', () => {
    const root = tempDir('node-host');
    execFileSync('mkfifo', [join(root, 'pipe')]);
    expect(nodeHost(root).read('pipe')).toEqual({ ok: false, reason: 'not-a-file' });
  });

  it('refuses a folder and a device', () => {
    const root = tempDir('node-host');
    mkdirSync(join(root, 'dir'));
    expect(nodeHost(root).read('dir')).toEqual({ ok: false, reason: 'not-a-file' });
    expect(nodeHost('/dev').read('null')).toEqual({ ok: false, reason: 'not-a-file' });
  });
});
