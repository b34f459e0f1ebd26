// The one error an import can end with: the file is not a Word document, or its package is
// damaged or too large to unpack safely. Everything else becomes a finding at a paragraph.

/** Why a file cannot be imported at all. */
export type ImportFailure = 'not-docx' | 'damaged' | 'too-large'

export class ImportError extends Error {
  constructor(readonly reason: ImportFailure, message: string) {
    super(message)
  }
}
