// The embed builder's model: options in, snippet, CSS, CSP and contrast checks out. No DOM here,
// so the same functions drive the page and can be read (and imported) on their own.

import { element, escapeAttr, hotlineFallbackMarkup, isHttpsUrl, optionsOf, serialize, WIDGETS as ALL_WIDGETS } from '../src/embed.js';
import { examplesOf } from '../src/examples.js';

export { isHttpsUrl, optionsOf };

/**
 * The widgets the builder offers, in the order a page should hold them (quick exit first in
 * <body>): every widget of src/widgets.json that is not part of another, without its `cst-`.
 */
export const WIDGETS = ALL_WIDGETS.filter((w) => !w.partOf).map((w) => w.tag.replace(/^cst-/, ''));

/** The options the builder offers for `widget` (src/widgets.json `options`, typed by custom-elements.json). */
export const widgetOptions = (widget) => optionsOf(`cst-${widget}`);

/** The quick exit's default address: where its link goes until a webmaster gives another. */
export const DEFAULT_EXIT = widgetOptions('quick-exit').find((o) => o.kind === 'https').default;

/**
 * The builder's presets for `widget`: its examples (src/components/<widget>/<widget>.examples.json,
 * the same ones Storybook shows and the tests check) whose every attribute is an option here and
 * that fill no slot.
 */
export function presetsOf(widget) {
  const names = widgetOptions(widget).map((o) => o.name);
  return examplesOf(`cst-${widget}`).filter((e) => !e.slots && Object.keys(e.attributes ?? {}).every((name) => names.includes(name)));
}

/** The value of each of `widget`'s options for the preset `example`: its attributes, and the defaults for the rest. */
export function presetValues(widget, example) {
  const values = {};
  for (const option of widgetOptions(widget)) {
    const value = example.attributes?.[option.name];
    if (value === undefined) values[option.name] = option.default;
    else if (option.kind === 'boolean') values[option.name] = true;
    else if (option.kind === 'list') values[option.name] = value.split(/\s+/);
    else values[option.name] = value;
  }
  return values;
}

/**
 * Colours a webmaster may set. `token` is the documented custom property; `page` is the host
 * page's own background, used for the preview and the contrast check only (never in the snippet).
 */
export const COLOURS = [
  { id: 'link', token: '--cst-color-link', default: '#005ea2' },
  { id: 'decoration', token: '--cst-color-decoration', default: '#005ea2' },
  { id: 'text', token: '--cst-color-text', default: '#1b1b1b' },
  { id: 'muted', token: '--cst-color-muted', default: '#4b4f52' },
  { id: 'surface', token: '--cst-color-surface', default: '#ffffff' },
  { id: 'tint', token: '--cst-color-tint', default: '#eff6fb' },
  { id: 'strong', token: '--cst-color-strong', default: '#162e51' },
  { id: 'on-strong', token: '--cst-color-on-strong', default: '#ffffff' },
  { id: 'focus', token: '--cst-color-focus', default: '#ffbe2e' },
  { id: 'exit-background', token: '--cst-quick-exit-background', default: '#b50909' },
  { id: 'exit-color', token: '--cst-quick-exit-color', default: '#ffffff' },
  { id: 'do', token: '--cst-do-dont-do-color', default: '#00703c' },
  { id: 'dont', token: '--cst-do-dont-dont-color', default: '#b50909' },
  { id: 'page', token: null, default: '#ffffff' },
];

const RED_FLAGS_ON_ACCENT = '#ffffff';
const CONTENT_WIDGETS = ['stat', 'overview', 'red-flags', 'trafficking-types', 'do-dont', 'missing-child', 'keeping-safer', 'support', 'guide'];

/**
 * The colour pairs a reader depends on, with the widgets that show them. Text needs 4.5:1
 * (WCAG 1.4.3); a focus ring needs 3:1 against what is next to it (WCAG 1.4.11). Every widget
 * paints its own surface behind its text, so no text sits on the page's background. An
 * `advisory` pair is shown, never counted as a failure.
 */
export const PAIRS = [
  { id: 'text-surface', fg: 'text', bg: 'surface', min: 4.5, widgets: CONTENT_WIDGETS },
  { id: 'text-tint', fg: 'text', bg: 'tint', min: 4.5, widgets: CONTENT_WIDGETS },
  { id: 'muted-surface', fg: 'muted', bg: 'surface', min: 4.5, widgets: CONTENT_WIDGETS },
  { id: 'muted-tint', fg: 'muted', bg: 'tint', min: 4.5, widgets: ['stat'] },
  { id: 'link-surface', fg: 'link', bg: 'surface', min: 4.5, widgets: CONTENT_WIDGETS },
  { id: 'link-tint', fg: 'link', bg: 'tint', min: 4.5, widgets: CONTENT_WIDGETS },
  { id: 'on-link', fg: RED_FLAGS_ON_ACCENT, bg: 'link', min: 4.5, widgets: ['red-flags'] },
  // Borders and icons carry no words: WCAG sets no minimum, but below 3:1 they show faintly.
  { id: 'decoration-surface', fg: 'decoration', bg: 'surface', min: 3, advisory: true, widgets: CONTENT_WIDGETS },
  { id: 'banner', fg: 'on-strong', bg: 'strong', min: 4.5, widgets: ['hotline-banner'] },
  { id: 'banner-focus', fg: 'focus', bg: 'strong', min: 3, widgets: ['hotline-banner'] },
  { id: 'exit', fg: 'exit-color', bg: 'exit-background', min: 4.5, widgets: ['quick-exit'] },
  { id: 'do', fg: 'do', bg: 'surface', min: 4.5, widgets: ['do-dont'] },
  { id: 'dont', fg: 'dont', bg: 'surface', min: 4.5, widgets: ['do-dont'] },
];

// ---------------------------------------------------------------------------------------------
// Validation

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A colour as typed: '' (use the default), a valid `#rgb`/`#rrggbb`, or invalid. */
export function checkColour(value) {
  const v = value.trim();
  if (v === '') return { ok: true, value: '' };
  return HEX.test(v) ? { ok: true, value: v.toLowerCase() } : { ok: false, value: v };
}

/**
 * Where a webmaster keeps a file on their own site: a path (`/js/cst-widgets.js`,
 * `assets/cst-widgets.js`) or an absolute https: address. No other scheme, no quotes or spaces.
 */
export function isFileAddress(value) {
  const v = value.trim();
  if (v === '' || /["'<>\s`\\]/.test(v)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) return isHttpsUrl(v);
  return !v.startsWith('//');
}

// ---------------------------------------------------------------------------------------------
// Contrast (WCAG 2.x relative luminance)

function channel(c) {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** `#rgb` or `#rrggbb` to [r, g, b]. */
export function hexToRgb(hex) {
  let h = hex.slice(1);
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}

export function luminance(hex) {
  const [r, g, b] = hexToRgb(hex).map(channel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Ratios are shown rounded down to 2 decimals, so 4.499 never shows as a passing 4.5. */
export function formatRatio(ratio) {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}

/** The colour in force for `id`: the webmaster's valid choice, or the widgets' default. */
export function effectiveColour(colours, id) {
  if (id.startsWith('#')) return id;
  const choice = checkColour(colours[id] ?? '');
  return choice.ok && choice.value ? choice.value : COLOURS.find((c) => c.id === id).default;
}

/** Every pair the chosen widgets show, with its ratio and whether it meets WCAG AA. */
export function contrastReport(model) {
  return PAIRS.filter((p) => p.widgets.some((w) => model.widgets.includes(w))).map((p) => {
    const fg = effectiveColour(model.colours, p.fg);
    const bg = effectiveColour(model.colours, p.bg);
    const ratio = contrast(fg, bg);
    return { ...p, fgColour: fg, bgColour: bg, ratio, ok: ratio >= p.min || Boolean(p.advisory), below: ratio < p.min };
  });
}

// ---------------------------------------------------------------------------------------------
// The elements, as a small tree that becomes both the snippet's text and the preview's DOM

/**
 * The elements for the chosen widgets, each with its fallback markup, in page order. One page says
 * the emergency path once: with the hotline banner chosen (which shows it under its number), every
 * other widget that shows it leaves it out, unless the webmaster chose its 911 line (`short`).
 */
export function elementTree(model) {
  const banner = model.widgets.includes('hotline-banner');
  return WIDGETS.filter((w) => model.widgets.includes(w)).map((w) => {
    const choices = model.options[w] ?? {};
    const once = banner && w !== 'hotline-banner' && optionsOf(`cst-${w}`).some((o) => o.name === 'emergency') && choices.emergency !== 'short';
    return element(`cst-${w}`, once ? { ...choices, emergency: 'none' } : choices, model.lang);
  });
}

/** The fallback markup of every widget but the quick exit (the hotline), in `lang`. */
export const fallbackMarkup = hotlineFallbackMarkup;

// ---------------------------------------------------------------------------------------------
// CSS, script tag, snippet, CSP

/** The colours the chosen widgets show: those in a pair they depend on. */
export function relevantColours(model) {
  const ids = new Set();
  for (const p of PAIRS.filter((pair) => pair.widgets.some((w) => model.widgets.includes(w)))) {
    ids.add(p.fg).add(p.bg);
  }
  // The page's background: for the preview only, whatever the widgets.
  if (ids.size) ids.add('page');
  return COLOURS.filter((c) => ids.has(c.id)).map((c) => c.id);
}

/** The custom properties the webmaster set for the chosen widgets, in the order of COLOURS. */
export function themeDeclarations(model) {
  const relevant = relevantColours(model);
  return COLOURS.filter((c) => c.token && relevant.includes(c.id))
    .map((c) => [c.token, checkColour(model.colours[c.id] ?? '')])
    .filter(([, choice]) => choice.ok && choice.value)
    .map(([token, choice]) => [token, choice.value]);
}

/** The rule that themes the chosen elements, or '' when no colour is set. */
export function themeRule(model) {
  const declarations = themeDeclarations(model);
  if (!declarations.length || !model.widgets.length) return '';
  const selector = WIDGETS.filter((w) => model.widgets.includes(w))
    .map((w) => `cst-${w}`)
    .join(',\n');
  return `${selector} {\n${declarations.map(([p, v]) => `  ${p}: ${v};`).join('\n')}\n}\n`;
}

/**
 * The parts of demo/placeholder.css (tested for no layout shift) for the chosen widgets. The file
 * has one part per widget, each opening with a `/* cst-widgets: ...` comment.
 */
export function placeholderParts(model, placeholderCss) {
  return placeholderCss
    .split(/(?=^\/\* cst-widgets:)/m)
    .filter((part) => model.widgets.some((w) => new RegExp(`\\bcst-${w}(?![\\w-])`).test(part)))
    .map((part) => part.trimEnd() + '\n');
}

/**
 * The CSS the snippet carries: the placeholder CSS of the chosen widgets (unless it links the
 * release's CSS file, which holds it), then the theme.
 */
export function snippetCss(model, placeholderCss) {
  const parts = model.cssAs === 'release' ? [] : placeholderParts(model, placeholderCss);
  const theme = themeRule(model);
  if (theme) parts.push(`/* ${model.text.themeComment} */\n${theme}`);
  return parts.join('\n');
}

/**
 * The release file the snippet loads: a widget's own file when it is the only one chosen (the
 * element, Lit and both languages), or cst-widgets.js (every widget) for several.
 */
export function scriptFile(model) {
  return model.widgets.length === 1 ? `cst-${model.widgets[0]}.js` : 'cst-widgets.js';
}

/** Every file scriptFile may name. */
export const SCRIPT_FILES = ['cst-widgets.js', ...WIDGETS.map((w) => `cst-${w}.js`)];

/**
 * The release's CSS file beside the script, named like it: a widget's own (cst-hotline-banner.css,
 * that widget's placeholder CSS only) when it is the only one chosen, or cst-widgets.css.
 */
export const releaseCssFile = (model) => scriptFile(model).replace(/\.js$/, '.css');

/** Every file of the release the builder may link, with its integrity value. */
export const RELEASE_FILES = SCRIPT_FILES.flatMap((file) => [file, file.replace(/\.js$/, '.css')]);

/** The script's address for the chosen source: a file of the release in a folder of the site, or on a CDN. */
export function scriptSrc(model) {
  return releaseSrc(model, scriptFile(model));
}

/** A release file's address for the chosen source. */
function releaseSrc(model, file) {
  if (model.source === 'jsdelivr') return `https://cdn.jsdelivr.net/npm/cst-widgets@${model.version}/dist/${file}`;
  if (model.source === 'unpkg') return `https://unpkg.com/cst-widgets@${model.version}/dist/${file}`;
  const folder = model.selfPath.trim();
  return `${folder}${folder.endsWith('/') ? '' : '/'}${file}`;
}

export function scriptTag(model) {
  const src = escapeAttr(scriptSrc(model));
  if (model.source === 'self') return `<script src="${src}" defer></script>`;
  return `<script src="${src}" integrity="${model.integrity[scriptFile(model)] ?? ''}" crossorigin="anonymous" defer></script>`;
}

/** The link to the release's CSS file (cssAs 'release'), or '' when the snippet does not link it. */
export function releaseCssTag(model) {
  if (model.cssAs !== 'release' || !model.widgets.length) return '';
  const file = releaseCssFile(model);
  const href = escapeAttr(releaseSrc(model, file));
  if (model.source === 'self') return `<link rel="stylesheet" href="${href}">`;
  return `<link rel="stylesheet" href="${href}" integrity="${model.integrity[file] ?? ''}" crossorigin="anonymous">`;
}

/**
 * The one snippet to paste: CSS (inline or a link to the file), the script, then the elements.
 * `model.text` holds its comments in the builder's language.
 */
export function snippet(model, css) {
  const t = model.text;
  const out = [`<!-- ${t.header} -->`];
  out.push(`<!-- ${t.lang} -->`);
  const link = releaseCssTag(model);
  if (link) out.push(`<!-- ${t.cssRelease(releaseCssFile(model))} -->`, link);
  if (css) {
    out.push(`<!-- ${t.css} -->`);
    if (model.cssAs === 'file') out.push(`<link rel="stylesheet" href="${escapeAttr(model.cssPath.trim())}">`);
    else out.push(`<style>${inlineStyleContent(css)}</style>`);
  }
  out.push(`<!-- ${t.script} -->`, scriptTag(model));
  const nodes = elementTree(model);
  if (nodes.length) {
    out.push(`<!-- ${t.elements} -->`);
    for (const node of nodes) {
      if (node.tag === 'cst-quick-exit') out.push(`<!-- ${t.quickExit} -->`);
      out.push(serialize(node));
    }
  }
  return out.join('\n') + '\n';
}

/** The exact text inside the inline <style>: what a CSP hash covers. */
export function inlineStyleContent(css) {
  return `\n${css}`;
}

/** The source expression for a file address: its origin when absolute, else 'self'. */
function sourceFor(address) {
  try {
    return new URL(address).origin;
  } catch {
    return "'self'";
  }
}

/**
 * The directives the snippet needs, as [directive, sources] pairs. `styleHash` is the
 * 'sha256-...' of the inline <style>, when there is one.
 */
export function cspDirectives(model, css, styleHash) {
  const directives = [['script-src', sourceFor(scriptSrc(model))]];
  const styles = [];
  if (releaseCssTag(model)) styles.push(sourceFor(releaseSrc(model, releaseCssFile(model))));
  if (css) styles.push(model.cssAs === 'file' ? sourceFor(model.cssPath.trim()) : `'${styleHash}'`);
  if (styles.length) directives.push(['style-src', [...new Set(styles)].join(' ')]);
  return directives;
}

export function cspText(directives) {
  return directives.map(([d, s]) => `${d} ${s};`).join('\n');
}
