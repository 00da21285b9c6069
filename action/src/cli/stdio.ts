// The CLI's standard output and error, written without `process.stdout`/`process.stderr`: the first
// use of those streams loads Node's stream, socket and terminal modules, several milliseconds of a
// run whose output is usually one write.
import { fstatSync, writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A blocking writer to a file descriptor. A write that would block (a non-blocking pipe that is
 * full) waits a millisecond and goes on; a reader that went away (EPIPE: `| head`) ends the writing
 * quietly, as a shell tool does.
 */
export function fdWriter(fd: number): (text: string) => void {
  let closed = false;
  return (text) => {
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (!closed && offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1);
        else if (code === 'EPIPE') closed = true;
        else throw error;
      }
    }
  };
}

/**
 * Whether a descriptor is a terminal. A pipe or a file is known not to be one without `node:tty`,
 * whose loading brings Node's socket and stream modules along.
 */
export function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice() && process.getBuiltinModule('node:tty').isatty(fd);
  } catch {
    return false;
  }
}
