/** Hard limits that keep a hostile or broken file from stalling a CI job. Documented in the README. */
export const LIMITS = {
  /** Largest release.yml, policy or calendar file read, in bytes. */
  yamlBytes: 1024 * 1024,
  /** Largest release notes file read, in bytes. */
  notesBytes: 2 * 1024 * 1024,
  /** Alias references allowed in one YAML document (the `yaml` package's guard against alias bombs). */
  aliases: 100,
  /** Deepest nesting of mappings and sequences in a YAML document. */
  depth: 64,
  /** Most findings kept for one file; the rest are summed up in one last finding. */
  findingsPerFile: 500,
} as const;
