/**
 * The CLI's `USAGE` text (action/src/cli/usage.ts), parsed into the CLI reference's tables: its
 * commands, each option with its explanation, and the exit codes. It throws when the text no longer
 * has the expected shape, so the site build fails instead of publishing a stale reference. Pure.
 */
export interface UsageCommand {
  name: string;
  /** The synopsis, continuation lines joined. */
  synopsis: string;
}
export interface UsageOption {
  flags: string[];
  description: string;
}
export interface ParsedUsage {
  summary: string;
  commands: UsageCommand[];
  /** Option sections by title (`check`). */
  options: { title: string; options: UsageOption[] }[];
  exitCodes: { code: number; meaning: string }[];
  docs?: string;
}

export function parseUsage(usage: string): ParsedUsage {
  const lines = usage.split('\n');
  const summary = lines[0]?.trim() ?? '';
  const commands: UsageCommand[] = [];
  const options: ParsedUsage['options'] = [];
  let exitCodes: ParsedUsage['exitCodes'] = [];
  let docs: string | undefined;
  let section: 'usage' | 'options' | undefined;
  for (const line of lines.slice(1)) {
    if (/^Usage:\s*$/.test(line)) {
      section = 'usage';
      continue;
    }
    const optionsTitle = /^Options for ([\w-]+):\s*$/.exec(line);
    if (optionsTitle) {
      section = 'options';
      options.push({ title: optionsTitle[1]!, options: [] });
      continue;
    }
    const exit = /^Exit codes:\s*(.+)$/.exec(line);
    if (exit) {
      exitCodes = exit[1]!
        .replace(/\.$/, '')
        .split(/,\s*(?=\d\s)/)
        .map((part) => {
          const m = /^(\d+)\s+(.+)$/.exec(part.trim());
          if (!m) throw new Error(`USAGE: cannot read the exit code "${part}"`);
          return { code: Number(m[1]), meaning: m[2]! };
        });
      section = undefined;
      continue;
    }
    const doc = /^Docs:\s*(\S+)/.exec(line);
    if (doc) {
      docs = doc[1];
      continue;
    }
    if (line.trim() === '') continue;
    if (section === 'usage') {
      const cmd = /^ {2}(release-policy\s+(\S+).*)$/.exec(line);
      if (cmd) commands.push({ name: cmd[2]!, synopsis: cmd[1]!.trim() });
      else if (commands.length > 0 && /^\s{4,}\S/.test(line)) {
        commands.at(-1)!.synopsis += ` ${line.trim()}`;
      } else throw new Error(`USAGE: cannot read the line "${line}"`);
    } else if (section === 'options') {
      const current = options.at(-1)!.options;
      const opt = /^ {2}(--\S+(?: \/ --\S+)*)\s{2,}(.*)$/.exec(line);
      if (opt) current.push({ flags: opt[1]!.split(' / '), description: opt[2]!.trim() });
      else if (current.length > 0 && /^\s{4,}\S/.test(line)) {
        current.at(-1)!.description += ` ${line.trim()}`;
      } else throw new Error(`USAGE: cannot read the line "${line}"`);
    }
  }
  if (commands.length === 0) throw new Error('USAGE: no commands found');
  if (exitCodes.length === 0) throw new Error('USAGE: no exit codes found');
  return { summary, commands, options, exitCodes, ...(docs !== undefined ? { docs } : {}) };
}
