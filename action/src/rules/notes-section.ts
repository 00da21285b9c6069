import { toString } from 'mdast-util-to-string';
import { normalizeHeading, type NotesSection } from '../engine/notes.ts';
import type { RuleContext } from './context.ts';
import { excerpt, findSections, hasWords, templateForType, type TemplateSection } from './notes-template.ts';
import type { Rule } from './rule.ts';

/** The notes have every section the type's template requires, each with content of its own. */
export const notesSection: Rule<RuleContext> = {
  meta: {
    id: 'notes-section',
    title: 'Release notes have the required sections',
    description:
      'The notes have each section the policy\'s notes template for this release type requires (OctoAcme standard notes: Release Highlights, What\'s New, Breaking Changes, Migration Steps, Known Issues; hotfix notes: Summary, Fixed Issues, Recommendation, Verification), and none of them is empty, still the template\'s instruction or text, or only filler that stands in for content not written yet: TBD, TBA, TBC, TODO, FIXME, WIP, XXX, N/A, None yet, Nothing yet, Coming soon, Pending, To be determined (announced, confirmed …), Work in progress, Lorem ipsum, alone or leading a line (`TODO: write this`). An answer is content: "None." or "No known issues." under Known Issues, "No breaking changes in this release." under Breaking Changes, "No migration required." under Migration Steps. Headings match loosely: case, punctuation and emoji do not count.',
    rationale:
      'Release notes are drafted and reviewed before deployment, with known issues documented (Pre-Release Requirements › Documentation); the guide\'s Release Notes Template gives each release type the sections stakeholders, support and customers rely on, and a template instruction such as [If none, state "No known issues"] left in place means the question was never answered.',
    guide: 'guide/pre-release/#documentation',
    fix: 'Add each missing section under the heading the template uses and write its content; where there is nothing to say, say so as the template instructs ("No known issues", "No migration required"). The hint gives a section to paste with no placeholder left: the template’s "none" answer where it has one (its instruction kept as a comment), else the template’s text with each placeholder turned into the words it stands for; then make it say what is true of the release.',
    severity: 'error',
    waivable: true,
    examples: { pass: 'minor-compliant', fail: 'notes-section-missing' },
  },
  check({ release, notes: state, policy }, report) {
    if (state.status !== 'ok') return;
    const template = templateForType(policy, release.type);
    if (!template) return;
    const notes = state.notes;
    for (const required of template.requiredSections) {
      const sections = findSections(notes, required);
      const shape = template.sections.get(normalizeHeading(required));
      if (sections.length === 0) {
        report({
          file: notes.file,
          ...(notes.title
            ? { line: notes.title.span.line, column: notes.title.span.column }
            : { line: 1, column: 1 }),
          message: `the notes have no "${required}" section`,
          hint: `Add the section (${template.id} template), then make its text say what is true of this release:\n\n${skeleton(required, shape, release.type)}`,
        });
        continue;
      }
      const problems = sections.map((section) => ({ section, problem: emptiness(section, shape) }));
      if (problems.some((p) => p.problem === undefined)) continue;
      const { section, problem } = problems[0]!;
      report({
        file: notes.file,
        line: section.span.line,
        column: section.span.column,
        message: `section "${section.heading}" ${problem}`,
        hint: emptyHint(section, shape),
      });
    }
  },
};

/** Why a section counts as empty, or undefined when it has content of its own. */
function emptiness(section: NotesSection, shape: TemplateSection | undefined): string | undefined {
  // Subsection headings alone ("### Features" with nothing under it) and HTML comments are not content.
  const lines = section.content
    .filter(
      (node) =>
        node.type !== 'heading' && !(node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())),
    )
    .flatMap((node) => toString(node).split('\n'))
    .map((line) => line.trim());
  const worded = lines.filter(hasWords);
  if (worded.length === 0) return 'is empty';
  if (worded.every(isFiller)) return `holds only "${excerpt(worded[0]!)}", which says nothing yet`;
  const instructions = new Set(shape?.instructions ?? []);
  if (instructions.size > 0 && !lines.some((line) => hasWords(line) && !instructions.has(line))) {
    return "holds only the template's instruction";
  }
  if (shape && collapse(section.text) === collapse(shape.text)) return "is still the template's text";
  return undefined;
}

/**
 * Words that stand in for content not written yet: TBD, TBA, TBC, TODO, FIXME, WIP, XXX, N/A,
 * "None yet", "Nothing yet", "Coming soon", "Pending", "To be determined" (announced, confirmed,
 * added, written, completed), "Work in progress", "Lorem ipsum", alone or leading a line
 * ("TODO: write this"). "None" and "No known issues" are an answer, not filler.
 */
const FILLER =
  /^(?:(?:tbd|tba|tbc|todo|to do|fixme|wip|xxx)(?: .*)?|n a|na|none yet|nothing yet|not yet|coming soon|soon|pending|placeholder|to be (?:determined|decided|announced|confirmed|added|written|completed|done|defined)(?: .*)?|work in progress|lorem ipsum(?: .*)?)$/;

export function isFiller(line: string): boolean {
  return FILLER.test(normalizeHeading(line));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function heading(depth: number, text: string): string {
  return `${'#'.repeat(Math.min(Math.max(depth, 2), 6))} ${text}`;
}

/**
 * The section to paste for a missing one: the template's heading, and content that says what to
 * write with no placeholder left, so pasting it clears this finding and raises no other. An
 * instruction that gives the answer when there is nothing to say (`[If none, state "No known
 * issues"]`) gives that answer, the instruction kept as a comment; otherwise every bracketed
 * placeholder or instruction becomes the words it stands for ("[Feature Name]" → "Feature Name").
 * A major release lists its breaking changes, so it gets the list, not the "none" answer.
 */
function skeleton(required: string, shape: TemplateSection | undefined, type: string): string {
  if (!shape) return `${heading(2, required)}\nDescribe the ${required.toLowerCase()} of this release.`;
  const title = heading(shape.depth, shape.heading);
  const none = type === 'major' && shape.key === 'breaking changes' ? undefined : noneAnswer(shape);
  if (none)
    return [title, `<!-- ${none.instruction}; otherwise list them here instead. -->`, none.answer].join('\n');
  const body = shape.markdown
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/\[([^[\]\n]+)\]/g, '$1'));
  return [title, ...body].join('\n');
}

/** `[If none, state "No known issues"]` → the answer `No known issues.` and the instruction. */
function noneAnswer(shape: TemplateSection): { answer: string; instruction: string } | undefined {
  for (const line of shape.instructions) {
    const match = /^\[(.*\bstate\s+"([^"]+)")\]$/i.exec(line);
    if (match)
      return { instruction: match[1]!, answer: /[.!]$/.test(match[2]!) ? match[2]! : `${match[2]!}.` };
  }
  return undefined;
}

function emptyHint(section: NotesSection, shape: TemplateSection | undefined): string {
  const under = heading(section.depth, section.heading);
  if (shape && shape.instructions.length > 0) {
    const asked = shape.instructions.map((i) => i.slice(1, -1)).join(' ');
    return `Write the section's content under "${under}"; the template asks: ${asked}`;
  }
  if (shape)
    return `Write the section's content under "${under}", as the template shows:\n\n${shape.markdown}`;
  return `Write the section's content under "${under}".`;
}
