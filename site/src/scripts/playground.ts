/**
 * The playground's browser side: code editors over the form's textareas, a check after every edit
 * (the engine is a separate chunk, fetched on first use), each finding marked at its line and
 * listed beside, the state kept in the URL, and the builder.
 */
import type { Finding } from '../../../action/src/engine/finding.ts';
import type { PlaygroundExample } from '../lib/playground-examples.ts';
import { decodeState, encodeState, type PlaygroundState } from '../lib/playground-state.ts';
import type { Editor, Mark } from './playground-editor.ts';

const TEAM_POLICY_PATH = '.github/release-policy.yml';
const DEBOUNCE_MS = 250;

const form = document.querySelector<HTMLFormElement>('#pg-form');
if (form) void start(form);

async function start(form: HTMLFormElement): Promise<void> {
  const examples = JSON.parse(
    document.querySelector('#pg-examples')!.textContent ?? '[]',
  ) as PlaygroundExample[];
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const select = $<HTMLSelectElement>('pg-example');
  const policyChoice = $<HTMLSelectElement>('pg-policy-choice');
  const policyField = $<HTMLElement>('pg-policy-field');
  const notesPath = $<HTMLElement>('pg-notes-path');
  const now = $<HTMLInputElement>('pg-now');
  const format = $<HTMLSelectElement>('pg-format');
  const status = $<HTMLElement>('pg-status');
  const note = $<HTMLElement>('pg-note');
  const list = $<HTMLOListElement>('pg-findings');
  const output = $<HTMLElement>('pg-output');
  const button = $<HTMLButtonElement>('pg-run');
  const linkButton = $<HTMLButtonElement>('pg-link');
  const description = $<HTMLElement>('pg-description');

  // `data-busy` on the form while a check is waiting or running: the report below is not final yet.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    form.dataset.busy = 'true';
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, DEBOUNCE_MS);
  };
  // The editor is its own chunk: the page and its plain text areas show before it arrives.
  const { createEditor } = await import('./playground-editor.ts');
  const editors = {
    release: createEditor($<HTMLTextAreaElement>('pg-release'), 'yaml', schedule),
    notes: createEditor($<HTMLTextAreaElement>('pg-notes'), 'markdown', schedule),
    policy: createEditor($<HTMLTextAreaElement>('pg-policy'), 'yaml', schedule),
  };

  const mode = () =>
    form.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value === 'deploy'
      ? 'deploy'
      : 'plan';
  const setMode = (value: 'plan' | 'deploy') => {
    form.querySelector<HTMLInputElement>(`input[name="mode"][value="${value}"]`)!.checked = true;
  };
  const teamPolicy = () => policyChoice.value === 'team';
  const showPolicy = () => {
    policyField.hidden = !teamPolicy();
  };

  const state = (): PlaygroundState => ({
    example: select.value,
    release: editors.release.text(),
    notes: editors.notes.text(),
    ...(teamPolicy() ? { policy: editors.policy.text() } : {}),
    mode: mode(),
    now: now.value.trim(),
    format: format.value as PlaygroundState['format'],
  });

  const apply = (s: PlaygroundState) => {
    if (examples.some((e) => e.name === s.example)) select.value = s.example;
    description.textContent = examples.find((e) => e.name === s.example)?.description ?? '';
    editors.release.setText(s.release);
    editors.notes.setText(s.notes);
    policyChoice.value = s.policy === undefined ? 'octoacme' : 'team';
    if (s.policy !== undefined) editors.policy.setText(s.policy);
    showPolicy();
    setMode(s.mode);
    now.value = s.now;
    format.value = s.format;
  };

  /** The editor that shows a file, if one does. */
  const editorFor = (file: string | undefined, notes: string | undefined): Editor | undefined => {
    if (file === 'release.yml') return editors.release;
    if (file !== undefined && file === notes) return editors.notes;
    if (file === TEAM_POLICY_PATH) return editors.policy;
    return undefined;
  };

  const showFindings = (findings: Finding[], notes: string | undefined) => {
    const marks = new Map<Editor, Mark[]>(Object.values(editors).map((e) => [e, []]));
    list.replaceChildren();
    for (const finding of findings) {
      const mark: Mark = {
        severity: finding.waived ? 'info' : finding.severity,
        message: `${finding.message} [${finding.rule}]${finding.hint ? `\n${finding.hint}` : ''}`,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
      };
      const editor = editorFor(finding.file, notes);
      if (editor && finding.line !== undefined) marks.get(editor)!.push(mark);

      const item = document.createElement('li');
      const entry = document.createElement('button');
      entry.type = 'button';
      entry.dataset.severity = finding.waived ? 'waived' : finding.severity;
      entry.dataset.rule = finding.rule;
      const place = document.createElement('span');
      place.className = 'rp-place';
      const at = finding.line !== undefined ? `:${finding.line}:${finding.column ?? 1}` : '';
      place.textContent = `${finding.file ?? ''}${at}`;
      const label = finding.waived ? 'waived' : finding.severity;
      entry.append(place, ` ${label}: ${finding.message} [${finding.rule}]`);
      if (editor && finding.line !== undefined) {
        entry.addEventListener('click', () => editor.reveal(mark));
      } else {
        entry.disabled = true;
      }
      item.append(entry);
      list.append(item);
    }
    for (const [editor, list] of marks) editor.mark(list);
  };

  let running = 0;
  const run = async () => {
    const ticket = ++running;
    form.dataset.busy = 'true';
    const current = state();
    button.disabled = true;
    status.textContent = 'Checking…';
    try {
      const { runPlayground } = await import('../lib/playground-engine.ts');
      const result = runPlayground({
        example: current.example,
        releaseYml: current.release,
        notes: current.notes,
        ...(current.policy !== undefined ? { policy: current.policy } : {}),
        mode: current.mode,
        now: current.now || new Date().toISOString(),
        format: current.format,
      });
      if (ticket !== running) return;
      if (!result.ok) {
        status.textContent = `The team policy is not valid: nothing was checked (exit code 2).`;
        status.dataset.ok = 'false';
        note.hidden = true;
        showFindings(result.policyFindings, undefined);
        output.textContent = result.report;
      } else {
        if (result.notesPath) notesPath.textContent = result.notesPath;
        const { errors, warnings, waived } = result.result.summary;
        const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
        status.textContent = `${result.result.ok ? 'Passes' : 'Fails'}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${waived > 0 ? `, ${waived} waived` : ''} (exit code ${result.result.ok ? 0 : 1}).`;
        status.dataset.ok = String(result.result.ok);
        // Syntax and schema errors in release.yml stop the policy's other rules: say so.
        const blocking = result.result.findings.some(
          (f) => f.file === 'release.yml' && (f.rule === 'schema' || f.rule === 'yaml-syntax'),
        );
        note.hidden = !blocking;
        note.textContent = blocking
          ? 'release.yml is not valid yet, so the policy’s other rules did not run: fix these first to see the rest.'
          : '';
        showFindings(result.result.findings, result.notesPath);
        output.textContent = result.report || '(no findings)';
      }
      history.replaceState(null, '', `#${await encodeState(current)}`);
    } catch (error) {
      status.textContent = `The check could not run: ${error instanceof Error ? error.message : String(error)}`;
      status.dataset.ok = 'false';
      output.textContent = '';
    } finally {
      button.disabled = false;
      if (ticket === running && timer === undefined) delete form.dataset.busy;
    }
  };

  const loadExample = (name: string) => {
    const ex = examples.find((e) => e.name === name);
    if (!ex) return;
    apply({
      example: ex.name,
      release: ex.releaseYml,
      notes: ex.notes,
      ...(teamPolicy() ? { policy: editors.policy.text() } : {}),
      mode: ex.mode,
      now: ex.now ?? '',
      format: format.value as PlaygroundState['format'],
    });
    notesPath.textContent = ex.notesPath ?? '(release.yml names no notes)';
  };
  select.addEventListener('change', () => {
    loadExample(select.value);
    schedule();
  });
  policyChoice.addEventListener('change', () => {
    showPolicy();
    schedule();
  });
  for (const control of [now, format]) control.addEventListener('change', schedule);
  for (const radio of form.querySelectorAll('input[name="mode"]')) radio.addEventListener('change', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  linkButton.addEventListener('click', async () => {
    await navigator.clipboard.writeText(location.href);
    linkButton.textContent = 'Link copied';
    setTimeout(() => (linkButton.textContent = 'Copy link'), 2000);
  });
  setUpBuilder(editors, select, schedule);

  const shared = await decodeState(location.hash);
  if (shared) apply(shared);
  // An example chosen while the editor was still loading: its files, not the page's first example.
  else if (select.value !== [...select.options].find((o) => o.defaultSelected)?.value)
    loadExample(select.value);
  button.disabled = false;
  linkButton.disabled = false;
  await run();
}

/** The builder: its answers, written as release.yml and notes into the editors on request. */
function setUpBuilder(
  editors: { release: Editor; notes: Editor; policy: Editor },
  select: HTMLSelectElement,
  schedule: () => void,
): void {
  const builder = document.getElementById('pg-builder') as HTMLDetailsElement;
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value.trim();
  const write = async () => {
    // Busy from the first keystroke: the editors change only once the builder's modules are here.
    select.form!.dataset.busy = 'true';
    const [{ buildRelease }, { playgroundPolicy }] = await Promise.all([
      import('../lib/playground-builder.ts'),
      import('../lib/playground-engine.ts'),
    ]);
    const team = (document.getElementById('pg-policy-choice') as HTMLSelectElement).value === 'team';
    const policy = playgroundPolicy(team ? editors.policy.text() : undefined) ?? playgroundPolicy();
    const built = buildRelease(
      {
        product: value('pb-product'),
        version: value('pb-version'),
        previous: value('pb-previous'),
        type: value('pb-type') as 'patch' | 'minor' | 'major',
        date: value('pb-date'),
        manager: value('pb-manager'),
        strategy: value('pb-strategy'),
        changes: [...document.querySelectorAll<HTMLInputElement>('input[name="pb-change"]:checked')].map(
          (c) => c.value as never,
        ),
      },
      policy!,
    );
    // The builder's release lives in an example repo with a rollback runbook and a comms plan.
    select.value = 'minor-compliant';
    editors.release.setText(built.releaseYml);
    editors.notes.setText(built.notes);
    document.getElementById('pg-notes-path')!.textContent = built.notesPath;
    schedule();
  };
  // Live: opening the builder, and every answer changed in it, rewrites both editors.
  builder.addEventListener('toggle', () => {
    if (builder.open) void write();
  });
  builder.addEventListener('input', () => void write());
  builder.addEventListener('change', () => void write());
}
