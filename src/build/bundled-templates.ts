// The template modules compiled into the bundle, by template id. In the TypeScript sources and
// dist/src there are none (templates.ts imports each templates/<id>/template.js by path);
// scripts/bundle.js replaces this module with one that requires every template, so the
// bundle is a single CommonJS script (the code cache needs one: src/cli/load-bundle.ts).
import type { Template } from '../model/template.js'

export const bundledTemplates: Record<string, () => { default: Template }> | undefined = undefined
