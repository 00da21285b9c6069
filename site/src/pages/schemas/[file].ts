/**
 * /schemas/<name>.schema.json: each JSON Schema at its `$id` URL, the repository's file byte for
 * byte (editors fetch it from the `# yaml-language-server: $schema=…` line).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SCHEMA_FILES } from '../../lib/repo-files.ts';

export const getStaticPaths = (() =>
  Object.keys(SCHEMA_FILES).map((path) => ({
    params: { file: path.slice('schemas/'.length) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const text = SCHEMA_FILES[`schemas/${String(params.file)}`];
  if (text === undefined) return new Response('not found', { status: 404 });
  return new Response(new TextEncoder().encode(text), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
};
