/** Hard limits that keep a hostile or broken file from stalling a CI job. Documented in the README. */
export const LIMITS = {
  /** Largest release.yml, policy or calendar file read, in bytes. */
  yamlBytes: 1024 * 1024,
  /**
   * Largest release notes file read, in bytes. Real notes are a few KiB; the Markdown parser slows
   * down more than linearly on long documents full of lists, so the bound is kept modest.
   */
  notesBytes: 256 * 1024,
  /**
   * Long notes are parsed in parts of about this many bytes, cut where a top-level block starts:
   * the Markdown parser's work grows with the square of a part's size on some shapes.
   */
  notesPartBytes: 8 * 1024,
  /** Longest stretch of the notes with no place to cut a part. */
  notesStretchBytes: 32 * 1024,
  /** Most emphasis, code and link markers in one paragraph of the notes (each costs a backward search). */
  notesMarkers: 256,
  /** Most setext headings (text underlined with `=` or `-`) in the notes; each costs a pass over its part. */
  notesSetextHeadings: 100,
  /** Alias references allowed in one YAML document (the `yaml` package's guard against alias bombs). */
  aliases: 100,
  /** Deepest nesting of mappings and sequences in a YAML document. */
  depth: 64,
  /** Widest run of list and quote markers and indentation before a line's text in the notes. */
  notesNesting: 256,
  /**
   * Largest collected releases file read, in bytes: an organisation's every release.yml, about half
   * a KiB each, with room to spare.
   */
  releasesBytes: 8 * 1024 * 1024,
  /** Most entries (releases plus problems) in one collected releases file. */
  releasesEntries: 10_000,
  /** Most collected releases files one run reads (`--releases`, the action's input, the policy's). */
  releasesFiles: 20,
  /** Most findings kept for one file; the rest are summed up in one last finding. */
  findingsPerFile: 500,
} as const;
