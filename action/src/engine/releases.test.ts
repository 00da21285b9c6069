// A collected releases file is read with JSON.parse when it is plain JSON that loads cleanly, and as
// YAML with places otherwise: both ways must agree, and every problem must still be found by the
// positioned way, at its place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryHost } from './host.ts';
import { loadYaml } from './load.ts';
import { LIMITS } from './limits.ts';
import { loadReleases } from './releases.ts';

const REPO = new URL('../../../', import.meta.url);
const FILES = [
  'policies/octoacme/releases.json',
  'examples/collected/releases.json',
  'examples/collected-releases-compliant/releases.json',
  'examples/collected-dependency-later/releases.json',
].map((path) => readFileSync(new URL(path, REPO), 'utf8'));
const BASE = FILES[0]!;

/** The data the positioned (YAML) way reads, or undefined when it finds a problem. */
function positioned(text: string): unknown {
  const loaded = loadYaml(memoryHost({ 'r.json': text }), 'r.json', 'releases', {
    maxBytes: LIMITS.releasesBytes,
  });
  return loaded.ok ? loaded.yaml.data : undefined;
}

function load(text: string) {
  return loadReleases(memoryHost({ 'r.json': text }), 'r.json');
}

describe('loadReleases', () => {
  const data = JSON.parse(BASE) as { releases: { product: string; date: string }[] };
  const tricky = JSON.stringify({
    ...data,
    problems: [
      // Strings that hold quotes, colons and backslashes, as a key would look.
      {
        repo: 'octoacme/x',
        path: 'a": "b.yml',
        line: 1,
        column: 1,
        rule: 'schema',
        message: 'a \\": "quoted" : \\\\',
      },
    ],
  });
  const cases: [string, string][] = [
    ...FILES.map((text, i): [string, string] => [`committed file ${i}`, text]),
    ['minified', JSON.stringify(JSON.parse(BASE))],
    ['indented with tabs', JSON.stringify(JSON.parse(BASE), null, '\t')],
    ['strings with quotes, colons and backslashes', tricky],
  ];

  it.each(cases)('%s: the same data as the positioned way', (_, text) => {
    const loaded = load(text);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.releases.data).toEqual(positioned(text));
  });

  const broken: [string, string, RegExp][] = [
    [
      'a key given twice at the top',
      BASE.replace('"org": "octoacme",', '"org": "octoacme", "org": "acme",'),
      /duplicate key/,
    ],
    [
      'a key given twice in a release',
      BASE.replace('"version": "1.4.0",', '"version": "1.4.0", "version": "1.5.0",'),
      /duplicate key/,
    ],
    ['a value of the wrong type', BASE.replace('"version": "1.4.0"', '"version": 1.4'), /version/],
    [
      'a window that ends before it starts',
      BASE.replace('"window_end": "2026-12-15T13:00:00-05:00"', '"window_end": "2026-12-15T10:00:00-05:00"'),
      /billing-portal 1\.4\.0/,
    ],
  ];

  it.each(broken)('%s: found by the positioned way, at its place', (_, text, message) => {
    expect(text).not.toBe(BASE);
    const loaded = load(text);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.findings[0]!.message).toMatch(message);
      expect(loaded.findings[0]!.line).toBeGreaterThan(1);
    }
  });

  it('YAML that is not JSON still loads, the positioned way', () => {
    const yaml = `org: octoacme\ncollected_at: "2026-12-02T06:00:00Z"\nreleases: []\nproblems: []\n`;
    const loaded = load(yaml);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.releases.data).toEqual(positioned(yaml));
  });
});
