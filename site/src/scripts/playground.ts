/**
 * The playground's browser side: fills the form from an example, and on "Check" loads the engine
 * (a separate chunk, fetched on first use) and shows its report.
 */
import type { PlaygroundExample } from '../lib/playground-examples.ts';

const form = document.querySelector<HTMLFormElement>('#pg-form');
if (form) {
  const examples = JSON.parse(
    document.querySelector('#pg-examples')!.textContent ?? '[]',
  ) as PlaygroundExample[];
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const select = $<HTMLSelectElement>('pg-example');
  const release = $<HTMLTextAreaElement>('pg-release');
  const notes = $<HTMLTextAreaElement>('pg-notes');
  const notesPath = $<HTMLElement>('pg-notes-path');
  const now = $<HTMLInputElement>('pg-now');
  const format = $<HTMLSelectElement>('pg-format');
  const status = $<HTMLElement>('pg-status');
  const output = $<HTMLElement>('pg-output');
  const button = $<HTMLButtonElement>('pg-run');
  const description = $<HTMLElement>('pg-description');

  const mode = () =>
    form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value === 'deploy'
      ? 'deploy'
      : 'plan';

  select.addEventListener('change', () => {
    const ex = examples.find((e) => e.name === select.value);
    if (!ex) return;
    release.value = ex.releaseYml;
    notes.value = ex.notes;
    notesPath.textContent = ex.notesPath ?? '(release.yml names no notes)';
    description.textContent = ex.description;
    if (ex.now) now.value = ex.now;
    form.querySelector<HTMLInputElement>(`input[name="mode"][value="${ex.mode}"]`)!.checked = true;
    output.textContent = '';
    status.textContent = '';
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    status.textContent = 'Checking…';
    try {
      const { runPlayground } = await import('../lib/playground-engine.ts');
      const run = runPlayground({
        example: select.value,
        releaseYml: release.value,
        notes: notes.value,
        mode: mode(),
        now: now.value.trim() || new Date().toISOString(),
        format: format.value as 'text' | 'markdown' | 'json' | 'sarif',
      });
      if (run.notesPath) notesPath.textContent = run.notesPath;
      const { errors, warnings, waived } = run.result.summary;
      status.textContent = `${run.result.ok ? 'Passes' : 'Fails'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${waived > 0 ? `, ${waived} waived` : ''} (exit code ${run.result.ok ? 0 : 1}).`;
      status.dataset.ok = String(run.result.ok);
      output.textContent = run.report || '(no findings)';
    } catch (error) {
      status.textContent = `The check could not run: ${error instanceof Error ? error.message : String(error)}`;
      status.dataset.ok = 'false';
      output.textContent = '';
    } finally {
      button.disabled = false;
    }
  });
  button.disabled = false;
}
