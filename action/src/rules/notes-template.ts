/**
 * What the notes rules need to know about a policy's notes templates, read from the template text
 * itself (never hard-coded): its sections with their instruction lines, its bracketed placeholders,
 * its title. Plus the Markdown helpers those rules share. Pure.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeHeading, parseNotes, type NotesFile, type NotesSection } from '../engine/notes.ts';
import type { LoadedPolicy } from '../engine/policy.ts';
import type { NotesTemplate } from '../engine/types/policy.ts';

/** One section of a template. */
export interface TemplateSection {
  /** The heading as the template writes it ("Known Issues"). */
  heading: string;
  key: string;
  depth: number;
  /**
   * Lines of the section's own text that are one bracketed instruction and nothing else
   * (`[If none, state "No known issues"]`), brackets included.
   */
  instructions: string[];
  /** The section's plain text, subsections included (as `NotesSection.text`). */
  text: string;
  /** The section as the template writes it, heading included: Markdown to paste. */
  markdown: string;
}

/** A notes template of the policy, digested. */
export interface TemplateInfo {
  id: string;
  /** The template file, when the policy names one and it was read. */
  file?: string;
  /** The title as the template writes it ("[Product Name] Release [Version] - [Date]"). */
  title?: string;
  titlePattern?: string;
  requiredSections: string[];
  /** Sections by normalized heading (the first of each, if a heading repeats). */
  sections: Map<string, TemplateSection>;
  /** Every distinct bracketed placeholder of the template text, in order of appearance. */
  placeholders: string[];
}

/** A bracketed text in prose: `[Feature Name]`, not nested, on one line. */
const BRACKETED = /\[[^[\]\n]+\]/g;
/** A task-list box, which is never a placeholder. */
const TASK_BOX = /^\[[ xX]\]$/;

const cache = new WeakMap<LoadedPolicy, Map<string, TemplateInfo | undefined>>();

/** The notes template the policy names for a release type, or undefined if it names none. */
export function templateForType(policy: LoadedPolicy, type: string): TemplateInfo | undefined {
  const types = policy.data.types as Record<string, { notes?: string } | undefined> | undefined;
  const id = types?.[type]?.notes;
  return id === undefined ? undefined : templateById(policy, id);
}

/** A notes template of the policy by id, digested once per loaded policy. */
export function templateById(policy: LoadedPolicy, id: string): TemplateInfo | undefined {
  let byId = cache.get(policy);
  if (!byId) {
    byId = new Map();
    cache.set(policy, byId);
  }
  if (!byId.has(id)) {
    const declared = policy.data.notes?.templates?.[id];
    byId.set(id, declared ? digest(id, declared, policy.templates[id]) : undefined);
  }
  return byId.get(id);
}

/** A digested template as plain JSON (its sections in order): what the build precompiles. */
export type TemplateDigest = Omit<TemplateInfo, 'sections'> & { sections: TemplateSection[] };

/** Every template of the policy, digested, as JSON. */
export function templateDigests(policy: LoadedPolicy): Record<string, TemplateDigest> {
  const out: Record<string, TemplateDigest> = {};
  for (const info of allTemplates(policy)) out[info.id] = { ...info, sections: [...info.sections.values()] };
  return out;
}

/** Takes templates digested beforehand (a precompiled policy) as this policy's, so none is parsed again. */
export function useTemplateDigests(policy: LoadedPolicy, digests: Record<string, TemplateDigest>): void {
  const byId = new Map<string, TemplateInfo | undefined>();
  for (const [id, digest] of Object.entries(digests)) {
    byId.set(id, { ...digest, sections: new Map(digest.sections.map((s) => [s.key, s])) });
  }
  cache.set(policy, byId);
}

/** Every notes template of the policy. */
export function allTemplates(policy: LoadedPolicy): TemplateInfo[] {
  return Object.keys(policy.data.notes?.templates ?? {})
    .map((id) => templateById(policy, id))
    .filter((t): t is TemplateInfo => t !== undefined);
}

function digest(
  id: string,
  declared: NotesTemplate,
  loaded: { file: string; text: string } | undefined,
): TemplateInfo {
  const info: TemplateInfo = {
    id,
    requiredSections: declared.required_sections ?? [],
    sections: new Map(),
    placeholders: [],
    ...(declared.title_pattern !== undefined ? { titlePattern: declared.title_pattern } : {}),
  };
  if (!loaded) return info;
  info.file = loaded.file;
  const parsed = parseNotes(loaded.file, loaded.text);
  if (parsed.title) info.title = parsed.title.text;
  for (const section of parsed.sections) {
    if (info.sections.has(section.key)) continue;
    info.sections.set(section.key, {
      heading: section.heading,
      key: section.key,
      depth: section.depth,
      instructions: instructionLines(section),
      text: section.text,
      markdown: sectionMarkdown(parsed, section),
    });
  }
  const seen = new Set<string>();
  for (const node of textNodes(parsed.tree)) {
    for (const match of node.value.matchAll(BRACKETED)) {
      if (TASK_BOX.test(match[0]) || seen.has(match[0])) continue;
      seen.add(match[0]);
      info.placeholders.push(match[0]);
    }
  }
  return info;
}

/** Lines of the section's own paragraphs (not its subsections') that are only a bracketed text. */
function instructionLines(section: NotesSection): string[] {
  const out: string[] = [];
  for (const node of ownContent(section)) {
    if (node.type !== 'paragraph') continue;
    for (const line of toString(node).split('\n')) {
      const trimmed = line.trim();
      if (/^\[[^[\]]+\]$/.test(trimmed) && !TASK_BOX.test(trimmed)) out.push(trimmed);
    }
  }
  return out;
}

function sectionMarkdown(notes: NotesFile, section: NotesSection): string {
  const lines = notes.text.split(/\r?\n/);
  const last = section.content.at(-1)?.position?.end.line ?? section.span.line;
  return lines
    .slice(section.span.line - 1, last)
    .join('\n')
    .trim();
}

/** The nodes of a section before its first subsection. */
export function ownContent(section: NotesSection): RootContent[] {
  const index = section.content.findIndex((node) => node.type === 'heading');
  return index === -1 ? section.content : section.content.slice(0, index);
}

/** The sections of the notes whose heading matches `heading` loosely. */
export function findSections(notes: NotesFile, heading: string): NotesSection[] {
  const key = normalizeHeading(heading);
  return notes.sections.filter((s) => s.key === key);
}

/** A text node with its place in the file (offsets into the file's text). */
export interface PlacedText {
  value: string;
  start: number;
  end: number;
}

/**
 * Every text node of the tree, in document order. Code, inline code, HTML, link URLs and image
 * alternatives are not text nodes, so nothing inside them is ever reported.
 */
export function* textNodes(tree: Root): Generator<PlacedText> {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) yield { value: node.value, start, end };
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** Whether a text has any letter or digit: what separates content from markup and whitespace. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Removes every occurrence of the given literal texts. */
export function without(text: string, literals: readonly string[]): string {
  let out = text;
  for (const literal of literals) out = out.split(literal).join(' ');
  return out;
}

/**
 * Whether a line says there is nothing: "None", "N/A", "No breaking changes in this release",
 * "No migration required", "There are no breaking changes". Not "No longer accepts TLS 1.1".
 */
export function isNoneStatement(text: string): boolean {
  const t = normalizeHeading(text);
  return (
    /^(none|nothing|n a|not applicable|not required|not needed)\b/.test(t) ||
    /^no (breaking|migration|changes?|known|action|steps?|issues?)\b/.test(t) ||
    /\bno breaking changes?\b/.test(t)
  );
}

/** Text for a message: one line, at most `max` characters. */
export function excerpt(text: string, max = 60): string {
  const line = text.split('\n')[0]!.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
