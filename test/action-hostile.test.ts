// Hostile files through the committed bundle, as the runner runs it: refused fast and in little
// memory, each release.yml and notes file parsed once.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, runAction } from './helpers/action.ts';
import { NOTES_FAMILIES } from './helpers/pathological.ts';

const NOW = '2026-12-04T12:00:00-05:00';

describe('the action on hostile files', () => {
  it('refuses a megabyte of `[` in release.yml within a 128 MiB heap', () => {
    const root = copyExample('minor-compliant');
    writeFileSync(join(root, 'release.yml'), '['.repeat(1024 * 1024 - 1));
    const started = performance.now();
    const run = runAction({ workspace: root, inputs: { now: NOW }, nodeArgs: ['--max-old-space-size=128'] });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(
      expect.stringMatching(
        /^::error title=yaml-syntax,file=release\.yml,line=1,col=66::nesting is deeper than 64 levels/,
      ),
    );
  });

  it('refuses pathological notes at their line, and the summary says they could not be read', () => {
    const root = copyExample('minor-compliant');
    const notes = 'docs/releases/2.4.0.md';
    writeFileSync(
      join(root, notes),
      `# Payments 2.4.0\n\n${NOTES_FAMILIES['emph runs in a heading']!(255 * 1024)}`,
    );
    const started = performance.now();
    const run = runAction({ workspace: root, inputs: { now: NOW } });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(
      expect.stringMatching(
        /^::error title=notes-missing,file=docs\/releases\/2\.4\.0\.md,line=3,col=1::the notes run on for more than 32 KiB/,
      ),
    );
    expect(run.summary).toContain('not readable');
  });

  it('shows the sections of long notes, parsed in parts, in the summary', () => {
    const root = copyExample('minor-compliant');
    const notes = join(root, 'docs/releases/2.4.0.md');
    const filler = Array.from(
      { length: 300 },
      (_, i) => `Paragraph ${i} with *emphasis* and a [link](https://example.invalid).\n`,
    ).join('\n');
    writeFileSync(notes, `${readFileSync(notes, 'utf8')}\n## Appendix\n\n${filler}`);
    const run = runAction({ workspace: root, inputs: { now: NOW } });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('| Known Issues | ✅ present (line 27) |');
  });
});
