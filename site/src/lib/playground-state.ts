/**
 * The playground's state in the URL, so that a link reproduces a check: `#s=` and the state as JSON,
 * deflated (`deflate-raw`) and base64url-encoded. A release.yml and its notes fit in a few KiB.
 */

export interface PlaygroundState {
  example: string;
  release: string;
  notes: string;
  /** A pasted team policy; absent: the built-in OctoAcme policy. */
  policy?: string;
  mode: 'plan' | 'deploy';
  /** RFC 3339; empty: the clock. */
  now: string;
  format: 'text' | 'markdown' | 'json' | 'sarif';
}

const KEY = 's=';
const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;

async function pipe(
  bytes: Uint8Array,
  through: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(through);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The URL fragment (without `#`) for a state. */
export async function encodeState(state: PlaygroundState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return KEY + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/**
 * The state a fragment holds, or undefined when it holds none or is damaged. Links are shared, so
 * what comes back is checked field by field, never trusted.
 */
export async function decodeState(fragment: string): Promise<PlaygroundState | undefined> {
  const hash = fragment.replace(/^#/, '');
  if (!hash.startsWith(KEY)) return undefined;
  try {
    const bytes = await pipe(fromBase64Url(hash.slice(KEY.length)), new DecompressionStream('deflate-raw'));
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    const text = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : undefined);
    const release = text('release');
    if (release === undefined) return undefined;
    const format = FORMATS.find((f) => f === value.format) ?? 'text';
    const policy = text('policy');
    return {
      example: text('example') ?? '',
      release,
      notes: text('notes') ?? '',
      ...(policy !== undefined ? { policy } : {}),
      mode: value.mode === 'deploy' ? 'deploy' : 'plan',
      now: text('now') ?? '',
      format,
    };
  } catch {
    return undefined;
  }
}
