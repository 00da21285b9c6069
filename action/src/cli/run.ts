import { CalendarError } from '../engine/calendar/errors.ts';
import { calendarCommand } from './calendar-command.ts';
import { checkCommand } from './check-command.ts';
import { collectCommand } from './collect-command.ts';
import { explainCommand } from './explain-command.ts';
import { initCommand } from './init-command.ts';
import type { Io } from './io.ts';
import { PACKAGE_VERSION } from './package-files.ts';
import { PolicyError } from './policy-files.ts';
import { schemaCommand } from './schema-command.ts';
import { nearest } from './options.ts';
import { COMMAND_NAMES, commandHelp, USAGE, UsageError } from './usage.ts';

const COMMANDS: Record<string, (args: string[], io: Io) => number | Promise<number>> = {
  check: checkCommand,
  collect: collectCommand,
  init: initCommand,
  explain: explainCommand,
  calendar: calendarCommand,
  schema: schemaCommand,
};

function unknownCommand(name: string): string {
  const near = nearest(name, COMMAND_NAMES);
  return `unknown command "${name}"${near ? `; did you mean "${near}"?` : ''} (commands: ${COMMAND_NAMES.join(', ')})`;
}

/**
 * Runs one command line and returns the exit code (a promise of it for a command that talks to the
 * network); never throws for bad input.
 */
export function run(argv: string[], io: Io): number | Promise<number> {
  const [command, ...args] = argv;
  if (command === 'help' && args.length > 0) {
    const [topic, ...extra] = args;
    if (extra.length > 0 || !COMMAND_NAMES.includes(topic!)) {
      const problem = extra.length > 0 ? 'give one command' : unknownCommand(topic!);
      io.stderr(`release-policy help: ${problem}\n`);
      return 2;
    }
    io.stdout(`${commandHelp(topic!)}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${PACKAGE_VERSION}\n`);
    return 0;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.stderr(`release-policy: ${unknownCommand(command)}; run "release-policy --help" for the usage\n`);
    return 2;
  }
  // Before `--`, which ends the options.
  const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout(`${commandHelp(command)}\n`);
    return 0;
  }
  try {
    const code = handler(args, io);
    return typeof code === 'number' ? code : code.catch((error: unknown) => failed(command, error, io));
  } catch (error) {
    return failed(command, error, io);
  }
}

/** The exit code of a command that threw: its message without a stack, and 2. */
function failed(command: string, error: unknown, io: Io): number {
  if (error instanceof PolicyError) {
    io.stderr(error.report(io.color));
    return 2;
  }
  if (error instanceof CalendarError) {
    io.stderr(`release-policy ${command}: the calendar is not valid: ${error.message}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr(`release-policy ${command}: ${error.message}\n`);
    return 2;
  }
  // A bug of ours: say so plainly, keep the stack out of CI logs unless asked for.
  const detail = process.env.RELEASE_POLICY_DEBUG ? `\n${(error as Error).stack}` : '';
  io.stderr(`release-policy ${command}: internal error: ${(error as Error).message}${detail}\n`);
  return 2;
}
