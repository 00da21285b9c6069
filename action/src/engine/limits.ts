/** Hard limits that keep a hostile or broken file from stalling a CI job. Documented in the README. */
export const LIMITS = {
  /** Largest release.yml, policy or calendar file read, in bytes. */
  yamlBytes: 1024 * 1024,
  /**
   * Largest release notes file read, in bytes. Real notes are a few KiB; the Markdown parser slows
   * down more than linearly on long documents full of lists, so the bound is kept modest.
   */
  notesBytes: 256 * 1024,
  /** Alias references allowed in one YAML document (the `yaml` package's guard against alias bombs). */
  aliases: 100,
  /** Deepest nesting of mappings and sequences in a YAML document. */
  depth: 64,
  /** Widest run of list and quote markers and indentation before a line's text in the notes. */
  notesNesting: 256,
  /** Most findings kept for one file; the rest are summed up in one last finding. */
  findingsPerFile: 500,
} as const;
