// Metadata field schemas shared by several templates (dates, meetings, contacts, sectors),
// so a field means the same thing and is checked the same way everywhere.
import { z } from 'zod'

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date')
  .describe('ISO date, YYYY-MM-DD')

export const sector = z.enum(['D', 'T', 'R']).describe('ITU Sector: D (development), T (standardization), R (radiocommunication)')

export const meeting = z
  .strictObject({ venue: z.string().min(1), start: isoDate, end: isoDate })
  .refine((m) => m.start <= m.end, { message: 'must be on or after "start" (a meeting cannot end before it starts)', path: ['end'] })
  .describe('Meeting venue and dates')

export const email = z.email('must be an e-mail address (name@example.org)')
export const phone = z.string().regex(/^\+?[0-9 ()./-]{6,}$/, 'must be an international phone number such as "+41 22 730 5111"')

export const contact = z.strictObject({
  name: z.string().min(1),
  organization: z.string().min(1).optional(),
  country: z.string().min(1).optional(),
  phone: phone.optional(),
  email,
})

export const contacts = z.array(contact).min(1, 'must list at least one contact')

/** ITU-D and ITU-T Question numbers: "4/1", "1/12", "Q4/1" is normalised by authors, not here. */
export const question = z.string().regex(/^\d{1,2}(?:-\d)?\/\d{1,2}$/, 'must be a Question number such as "4/1" or "1/12"')

/** A document or resolution number: 37, "ITU-R 69", "E.119". */
export const documentNumber = z.union([z.number().int().positive(), z.string().min(1)])

export const language = z.enum(['en', 'fr', 'es', 'ru', 'ar', 'zh'])

/** Study group number: ITU-D 1–2, ITU-T 2–21 (SG21 since WTSA-24); validate checks the sector's list. */
export const studyGroup = z.number().int().min(1).max(21)
