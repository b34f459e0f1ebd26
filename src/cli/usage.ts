// Usage errors: a command line itudoc cannot run. They exit with 2 and say what to type
// instead; the help text itself is printed from the command table (help.ts).
export class UsageError extends Error {
  /** Read by the CLI instead of instanceof: a command run from another bundle has its own copy of this class (scripts/bundle.js). */
  readonly isUsersMistake = true
}
