/**
 * The fake GitHub REST API of `fake-github-server.ts`, for tests: every server started here closes
 * after its test.
 */
import type { Server } from 'node:http';
import { afterEach } from 'vitest';
import {
  type FakeGitHub,
  type FakeOptions,
  type Route,
  startFakeGitHub,
  stopServer,
} from './fake-github-server.ts';

export {
  type Answer,
  type FakeGitHub,
  type FakeOptions,
  FORBIDDEN,
  NOT_FOUND,
  type Route,
  type Seen,
} from './fake-github-server.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(stopServer));
});

export function fakeGitHub(routes: Record<string, Route>, options: FakeOptions = {}): Promise<FakeGitHub> {
  return startFakeGitHub(routes, options, (server) => servers.push(server));
}
