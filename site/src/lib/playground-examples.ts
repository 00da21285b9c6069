/** The examples the playground offers: those with a release.yml at their root. */
import { exampleCase, exampleNames, notesPathOf } from './examples.ts';

export interface PlaygroundExample {
  name: string;
  description: string;
  releaseYml: string;
  notesPath?: string;
  notes: string;
  mode: 'plan' | 'deploy';
  now?: string;
}

export function playgroundExamples(): PlaygroundExample[] {
  return exampleNames().flatMap((name): PlaygroundExample[] => {
    const ex = exampleCase(name);
    const releaseYml = ex.files['release.yml'];
    if (releaseYml === undefined) return [];
    const notesPath = notesPathOf(ex, 'release.yml');
    const arg = (flag: string) => {
      const i = ex.args.indexOf(flag);
      return i >= 0 ? ex.args[i + 1] : undefined;
    };
    const now = arg('--now');
    return [
      {
        name,
        description: ex.description,
        releaseYml,
        ...(notesPath !== undefined ? { notesPath } : {}),
        notes: notesPath !== undefined ? (ex.files[notesPath] ?? '') : '',
        mode: arg('--mode') === 'deploy' ? 'deploy' : 'plan',
        ...(now !== undefined ? { now } : {}),
      },
    ];
  });
}
