/**
 * A calendar value the engine cannot use (a bad zone, a date that does not exist, an RRULE the
 * recurrence library refuses). `where` names the entry or field, so the CLI can say which one.
 */
export class CalendarError extends Error {
  readonly where: string | undefined;

  constructor(message: string, where?: string) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'CalendarError';
    this.where = where;
  }
}
