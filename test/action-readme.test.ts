import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withActionTables } from '../scripts/gen-readme.ts';
import { REPO } from './helpers/cli.ts';

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const actionText = readFileSync(join(REPO, 'action.yml'), 'utf8');
const action = parse(actionText) as ActionYml;
const source = (file: string) => readFileSync(join(REPO, 'action/src/action', file), 'utf8');

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.name).toBe('release-policy');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
    expect(action.runs).toEqual({ using: 'node24', main: 'action/dist/index.js' });
    expect(existsSync(join(REPO, action.runs.main))).toBe(true);
  });

  it('declares the contract’s inputs and outputs, each described, every input with a default', () => {
    expect(Object.keys(action.inputs)).toEqual([
      'config',
      'policy',
      'mode',
      'releases',
      'notes',
      'now',
      'github-token',
      'comment',
      'sarif',
      'fail-on',
    ]);
    expect(Object.keys(action.outputs)).toEqual([
      'result',
      'errors',
      'warnings',
      'version',
      'type',
      'report',
    ]);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(typeof input.default, name).toBe('string');
    }
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
    for (const [name, output] of Object.entries(action.outputs))
      expect(output.description, name).toBeTruthy();
  });

  it('matches what the adapter reads and sets', () => {
    const read = [...source('inputs.ts').matchAll(/\.get(?:Multiline)?Input\(\s*'([a-z-]+)'/g)].map(
      (m) => m[1],
    );
    expect(new Set(read)).toEqual(new Set(Object.keys(action.inputs)));
    const set = [...source('outputs.ts').matchAll(/core\.setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(set).toEqual(Object.keys(action.outputs));
  });
});

describe('the README', () => {
  it('has the inputs and outputs table generated from action.yml (npm run gen:readme)', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    expect(withActionTables(readme, actionText)).toBe(readme);
    expect(readme).toContain('| `fail-on` |');
    expect(readme).toContain('| `report` |');
  });

  it('shows the workflows the action is meant for', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    for (const text of [
      'uses: octoacme/release-policy@v1',
      'mode: deploy',
      'config: services/*/release.yml',
      'extends: octoacme',
      'github/codeql-action/upload-sarif',
      'pull-requests: write',
      'members: read',
      'git tag -f v1 && git push -f origin v1',
    ]) {
      expect(readme).toContain(text);
    }
  });
});
