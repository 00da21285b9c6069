import { accessSync, appendFileSync, constants } from 'node:fs';
import { EOL } from 'node:os';

/**
 * Appends Markdown and a line break to the job summary (`GITHUB_STEP_SUMMARY`), as
 * `core.summary.addRaw(markdown, true).write()` does, with its messages when the variable is unset
 * or the file can't be written. Synchronous, and not through @actions/core: its summary module reads
 * `fs.promises` when it loads, which makes Node load its promise-based file system and readline
 * modules on every run.
 */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv): void {
  const path = env.GITHUB_STEP_SUMMARY;
  if (!path) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`,
    );
  }
  appendFileSync(path, `${markdown}${EOL}`, { encoding: 'utf8' });
}
