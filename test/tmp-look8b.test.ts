import { it } from 'vitest'
import { convertToPdf, pdfPages } from './docx/libreoffice.js'
it('lo', () => {
  const [pdf] = convertToPdf(['/tmp/look8/crowded.docx'])
  console.log(pdf)
  console.log(pdfPages(pdf!).join('\n=====\n'))
  console.log(pdfPages(pdf!, 'layout').join('\n=====\n'))
}, 300000)
