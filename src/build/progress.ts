// What a build tells while it runs: its stages, and each variant as it is done. The CLI draws
// a progress line from these events (src/cli/progress.ts); a library caller may do what it
// likes with them. Events carry no time: whoever shows them reads its own clock.
import type { ManifestEntry } from './manifest.js'

/** The stages of a build, in order. */
export type BuildStage =
  /** Listing the variants and hashing them against the last build (no parsing). */
  | 'checking'
  /** Resolving and rendering the variants that changed, and writing their artifacts. */
  | 'building'
  /** Writing the shared fonts and the manifest. */
  | 'finishing'

export type BuildEvent =
  | {
      type: 'stage'
      stage: BuildStage
      /** Variants to resolve and render in this build (known from `building` on). */
      total: number
      /** Variants whose artifacts are up to date from an earlier build. */
      upToDate: number
    }
  | {
      type: 'variant'
      /** Variants done so far in this build, this one included. */
      done: number
      total: number
      /** The variant's Markdown file, relative to the sources root. */
      source: string
      /** The artifacts written for it (none when it has errors). */
      written: readonly ManifestEntry[]
    }

export type BuildListener = (event: BuildEvent) => void
