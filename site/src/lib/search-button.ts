/**
 * Starlight's search button is named by `aria-label="Search"` while it shows "Search" and "Ctrl K":
 * axe's label-content-name-mismatch (WCAG 2.5.3, Label in Name) flags it, because speech-input users
 * say what they see. This names the button by its own text instead: the "Search" label is always in
 * the accessibility tree (visually hidden on narrow screens instead of `display: none`), the
 * shortcut keys are `aria-hidden` (the button keeps `aria-keyshortcuts`), and `aria-label` goes.
 *
 * It rewrites three tags of Starlight's rendered markup, and throws when one is not there, so a
 * Starlight upgrade that changes them fails the build instead of silently undoing the fix.
 */
interface Step {
  name: string;
  /** The first tag of this element name that `is` accepts is rewritten by `fix`. */
  element: string;
  is: (tag: string) => boolean;
  fix: (tag: string) => string;
}

const STEPS: Step[] = [
  {
    name: 'the button’s aria-label',
    element: 'button',
    is: (tag) => /\sdata-open-modal\b/.test(tag) && /\saria-label="[^"]*"/.test(tag),
    fix: (tag) => tag.replace(/\saria-label="[^"]*"/, ''),
  },
  {
    name: 'the hidden "Search" text',
    element: 'span',
    is: (tag) => /\sclass="sl-hidden md:sl-block[\s"]/.test(tag) && /\saria-hidden="true"/.test(tag),
    fix: (tag) =>
      tag
        .replace(/\sclass="sl-hidden md:sl-block/, ' class="rp-search-label')
        .replace(/\saria-hidden="true"/, ''),
  },
  {
    name: 'the shortcut keys',
    element: 'kbd',
    is: (tag) => /\sclass="sl-hidden md:sl-flex[\s"]/.test(tag),
    fix: (tag) => tag.replace(/^<kbd/, '<kbd aria-hidden="true"'),
  },
];

export function fixSearchButton(html: string): string {
  let out = html;
  for (const step of STEPS) {
    const tags = new RegExp(`<${step.element}\\b[^>]*>`, 'g');
    const match = [...out.matchAll(tags)].find((m) => step.is(m[0]));
    if (!match)
      throw new Error(`Search override: Starlight's search button changed; cannot find ${step.name}`);
    out = out.slice(0, match.index) + step.fix(match[0]) + out.slice(match.index + match[0].length);
  }
  return out;
}
