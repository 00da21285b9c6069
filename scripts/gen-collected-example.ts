/**
 * `node scripts/gen-collected-example.ts`: writes examples/collected/releases.json, what
 * `release-policy collect --org octoacme --include-pulls` gathers from a small fake organization
 * (test/helpers/fake-org.ts) served on 127.0.0.1: a monorepo with two services, a service with a
 * release proposed in a pull request, a file that fails the schema, an archived repository. A test
 * runs it again and compares.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../action/src/cli/run.ts';
import { startFakeGitHub } from '../test/helpers/fake-github-server.ts';
import { fakeOrg, type FakeRepo } from '../test/helpers/fake-org.ts';

const REPO = resolve(import.meta.dirname, '..');
export const COLLECTED_EXAMPLE = join(REPO, 'examples/collected/releases.json');

const ledger = `product: ledger
version: "5.1.0"
previous: "5.0.4"
type: minor
date: 2026-12-03T14:00:00-05:00
window: { end: 2026-12-03T16:00:00-05:00 }
manager: "@erin"
`;
const paymentsApi = `product: payments-api
version: "2.4.0"
previous: "2.3.1"
type: minor
date: 2026-12-08T15:00:00-05:00
window: { end: 2026-12-08T17:00:00-05:00 }
strategy: canary
manager: "@dana"
depends_on: [ { product: ledger, version: "5.1.0" } ]
`;
const checkoutWeb = `product: checkout-web
version: "3.0.0"
previous: "2.9.2"
type: major
date: 2027-02-16T10:00:00-05:00
manager: "@frank"
depends_on: [ { product: payments-api, version: "2.4.0" } ]
`;
const search = `product: search
version: 1.10
type: patch
date: 2026-12-10T11:00:00-05:00
`;

export const EXAMPLE_ORG: FakeRepo[] = [
  { name: 'ledger', files: { 'release.yml': ledger, 'README.md': '# Ledger\n' } },
  {
    name: 'payments',
    files: {
      'services/payments-api/release.yml': paymentsApi,
      'services/checkout-web/release.yml': checkoutWeb,
      '.github/release.yml': 'changelog:\n  exclude:\n    labels: [ignore-for-release]\n',
    },
  },
  {
    name: 'search',
    files: { 'release.yml': search },
    pulls: [
      {
        number: 412,
        ref: 'release-1.10.1',
        files: { 'release.yml': search.replace('version: 1.10', 'version: "1.10.1"') },
      },
    ],
  },
  { name: 'legacy-billing', archived: true, files: { 'release.yml': ledger.replace('ledger', 'billing') } },
];

/** The releases file the example organization gives, collected at a fixed instant. */
export async function collectExample(): Promise<string> {
  const api = await fakeOrg(startFakeGitHub, 'octoacme', EXAMPLE_ORG);
  let stdout = '';
  let stderr = '';
  try {
    const code = await run(['collect', '--org', 'octoacme', '--include-pulls', '--no-cache'], {
      cwd: REPO,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      color: false,
      clock: () => new Date('2026-12-02T06:00:00Z'),
      env: { GITHUB_TOKEN: 'example-token', GITHUB_API_URL: api.url },
      stderrIsTTY: false,
    });
    if (code !== 0) throw new Error(`collect failed (${code}): ${stderr}`);
  } finally {
    await api.close();
  }
  return stdout;
}

if (import.meta.main) {
  writeFileSync(COLLECTED_EXAMPLE, await collectExample());
  process.stdout.write(`wrote ${COLLECTED_EXAMPLE}\n`);
}
