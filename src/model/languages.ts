// The six languages of ITU, in ITU's order. Apart from the locale schema (locale.ts), so that
// what only needs the list (the command table, the site index) does not load zod.
export const languages = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const
export type Language = (typeof languages)[number]
export function isLanguage(code: string): code is Language {
  return (languages as readonly string[]).includes(code)
}
