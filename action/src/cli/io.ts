/** What a command may touch of the process, passed in so tests can run commands in-process. */
export interface Io {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether colour is wanted by default (a terminal, and NO_COLOR unset). */
  color: boolean;
  clock(): Date;
  /** The environment (tokens and the API's URL for `collect`); absent: an empty one. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal (progress lines are drawn only there). */
  stderrIsTTY?: boolean;
}
