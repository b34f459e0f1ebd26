// A build or validation refused before it read or wrote anything: a path given outside the
// sources root, an output that would land outside --out. The CLI reports it as a usage error
// (exit 2). Kept apart so the command line can recognise it without loading the pipeline.
export class RefusedError extends Error {
  /** Read by the CLI instead of instanceof: a command run from another bundle has its own copy of this class (scripts/bundle.js). */
  readonly isUsersMistake = true
}
