// @ts-check
// Expressive Code's options for every code block, the <Code> component's included (it reads them
// from this file).
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { exactCopy } from './src/lib/exact-copy.ts';

export default defineEcConfig({
  // Long lines wrap (indented under their start) instead of scrolling: no page or code block
  // scrolls sideways on a phone, and copying still gives the exact text.
  defaultProps: { wrap: true },
  // A copy button copies the file it shows exactly, final newline included.
  plugins: [exactCopy()],
});
