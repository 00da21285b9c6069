import type { RuleContext } from './context.ts';
import { missingPlace } from './lib/requirements.ts';
import type { Rule } from './rule.ts';

/** The notes file that release.yml names must exist, be readable text, and lie inside the repository. */
export const notesMissing: Rule<RuleContext> = {
  meta: {
    id: 'notes-missing',
    title: 'Release notes exist',
    description:
      'release.yml names a release notes file, and that file exists inside the repository and reads as UTF-8 text (UTF-16 is refused by name) within the limits that keep parsing it linear: at most 256 KiB, lists and quotes nested at most 256 columns deep, at most 256 emphasis, code and link markers (`*`, `_`, `` ` ``, `[`, `]`, `<`) in one paragraph, at most 100 setext headings, and no stretch of more than 32 KiB without a line that starts a new block at column 1.',
    rationale:
      'Every release ships with notes drafted and reviewed before deployment (Pre-Release Requirements › Documentation); a notes path that leaves the repository would let a check read files it must not. Notes come from pull requests, and some Markdown shapes (runs of unmatched emphasis or brackets, thousands of setext headings) make a CommonMark parser take time that grows with the square of their size; refusing them at the line where they start keeps a required check from stalling. Real notes stay far inside these limits.',
    guide: 'guide/pre-release/#documentation',
    fix: 'Write the notes from the template for the release type (`release-policy init` does it) and set `notes:` to their path, relative to the folder of release.yml.',
    severity: 'error',
    waivable: false,
    examples: { pass: 'minor-compliant', fail: 'notes-outside-repo' },
  },
  check({ notes, yaml }, report) {
    switch (notes.status) {
      case 'ok':
        return;
      case 'absent':
        report({
          // On the version the notes are for.
          ...missingPlace(yaml, [], ['version']),
          message: 'release.yml names no release notes',
          hint: 'Add the path of the notes, for example:\nnotes: docs/releases/2.4.0.md',
        });
        return;
      case 'invalid':
        report({ ...yaml.locate(['notes']), message: `notes: ${notes.reason}` });
        return;
      case 'unreadable': {
        // A file that exists but is not text is reported inside it; a missing one on `notes:`.
        const { rule: _rule, severity: _severity, docs: _docs, ...place } = notes.finding;
        report(
          place.line === undefined
            ? { ...yaml.locate(['notes']), message: `notes: ${place.message}` }
            : place,
        );
        return;
      }
    }
  },
};
