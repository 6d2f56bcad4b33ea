// Types for scripts/minify-css-templates.mjs, which vite.config.ts imports.
import type { Plugin } from 'vite';

export function minifyCssTemplates(): Plugin;
export function minifyCssTemplatesInModule(
  code: string,
  options: { fileName: string; warn?: (message: string) => void },
): { code: string; minified: number; skipped: number } | null;
export function minifyCssTemplatesInDir(
  dir: string,
  options?: { exclude?: string[]; warn?: (message: string) => void },
): { files: number; minified: number; skipped: number };
