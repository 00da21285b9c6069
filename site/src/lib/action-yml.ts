/** action.yml's inputs and outputs, for the GitHub Action reference. Pure. */
import { parse } from 'yaml';

export interface ActionInput {
  name: string;
  description: string;
  required: boolean;
  default?: string;
}
export interface ActionOutput {
  name: string;
  description: string;
}
export interface ActionMetadata {
  name: string;
  description: string;
  inputs: ActionInput[];
  outputs: ActionOutput[];
  runs?: string;
}

export function parseActionYml(text: string): ActionMetadata {
  const data = parse(text) as {
    name?: unknown;
    description?: unknown;
    inputs?: Record<string, { description?: unknown; required?: unknown; default?: unknown } | null>;
    outputs?: Record<string, { description?: unknown } | null>;
    runs?: { using?: unknown; main?: unknown };
  } | null;
  if (!data || typeof data !== 'object') throw new Error('action.yml is not a mapping');
  return {
    name: String(data.name ?? ''),
    description: String(data.description ?? ''),
    inputs: Object.entries(data.inputs ?? {}).map(([name, input]) => ({
      name,
      description: String(input?.description ?? '').trim(),
      required: input?.required === true || input?.required === 'true',
      ...(input?.default !== undefined && input?.default !== null ? { default: String(input.default) } : {}),
    })),
    outputs: Object.entries(data.outputs ?? {}).map(([name, output]) => ({
      name,
      description: String(output?.description ?? '').trim(),
    })),
    ...(data.runs?.using !== undefined
      ? { runs: `${String(data.runs.using)}${data.runs.main ? ` (${String(data.runs.main)})` : ''}` }
      : {}),
  };
}
