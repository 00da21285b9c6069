import type { CheckResult } from '../engine/result.ts';
import type { RenderOptions } from './index.ts';

/**
 * The public JSON contract and audit record: the result exactly as the engine built it, keys in the
 * engine's order. Nothing is added, renamed or reordered here.
 */
export function renderJson(result: CheckResult, _options: RenderOptions = {}): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
