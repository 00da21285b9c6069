/** /templates/<file>: each template file exactly as it is in the repository's templates/ folder. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TEMPLATE_FILES } from '../../lib/repo-files.ts';

export const getStaticPaths = (() =>
  Object.keys(TEMPLATE_FILES).map((path) => ({
    params: { file: path.slice('templates/'.length) },
  }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = {
  md: 'text/markdown; charset=utf-8',
  yml: 'text/yaml; charset=utf-8',
};

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const text = TEMPLATE_FILES[`templates/${file}`];
  if (text === undefined) return new Response('not found', { status: 404 });
  return new Response(new TextEncoder().encode(text), {
    headers: { 'content-type': TYPES[file.split('.').pop() ?? ''] ?? 'text/plain; charset=utf-8' },
  });
};
