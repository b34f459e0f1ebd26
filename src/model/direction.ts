// Direction of list labels in right-to-left documents. A label of digits or Latin letters
// ("1)", "i)") is a left-to-right token: ITU's Arabic texts print its bracket after it, as in
// the other languages, so each writer sets it left to right (left to the bidi algorithm, the
// bracket takes the paragraph's direction and shows mirrored before it: "(1"). A label of an
// Arabic letter ("أ)") is Arabic text and stays right to left, its bracket mirrored after the
// letter in reading order, as Arabic sets brackets.

const rtlLetter = /[\p{Script=Arabic}\p{Script=Hebrew}]/u

/** Whether a label in a right-to-left document is set left to right. */
export function isLeftToRightLabel(label: string): boolean {
  return !rtlLetter.test(label)
}
