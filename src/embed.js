/**
 * How a page embeds each widget: the options a webmaster chooses (the attributes src/widgets.json
 * names in `options`, typed and defaulted by custom-elements.json), the element those choices make,
 * and its fallback markup. The embed builder (demo/), the WordPress plugin's assembly and the
 * placeholder CSS script share it, so none keeps a list of widgets, attributes or values of its own.
 * Never imported by the library itself: nothing here ships. Plain JavaScript, so that the builder's
 * page and Node scripts read it as the tests do (custom-elements.json is written by
 * `npm run manifest`, which the build and `npm test` run first).
 */
import manifest from '../custom-elements.json' with { type: 'json' };
import catalogue from './widgets.json' with { type: 'json' };

export const WIDGETS = catalogue.widgets;

const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/** The element's attributes, as custom-elements.json describes them. */
export function attributesOf(tag) {
  const declaration = declarations.find((d) => d.tagName === tag);
  if (!declaration) throw new Error(`${tag} is not in custom-elements.json: run npm run manifest`);
  return declaration.attributes ?? [];
}

const unquote = (text) => text?.replace(/^'(.*)'$/, '$1');

/** The names a union of quoted names spells out (`'a' | 'b'`), or undefined for any other type. */
function names(union) {
  const parts = union.split(' | ').map((v) => v.trim());
  return parts.every((v) => /^'[^']*'$/.test(v)) ? parts.map(unquote) : undefined;
}

/** The heading levels a widget takes (`heading-level`). */
export const HEADING_LEVELS = ['2', '3', '4', '5', '6'];

/**
 * What kind of value an attribute takes, from its type in custom-elements.json:
 * `boolean`; `enum` (one of `values`); `list` (any of `values`, space-separated; none or all is
 * the default); `level` (a heading level); `https` (an absolute https: address, `href`); `text`.
 */
export function kindOf(attribute) {
  const type = attribute.type?.text ?? 'string';
  const list = /^string \| \((.*)\)\[\]$/.exec(type)?.[1];
  if (list && names(list)) return { kind: 'list', values: names(list), default: [] };
  if (type === 'boolean') return { kind: 'boolean', default: false };
  if (attribute.name === 'heading-level') return { kind: 'level', values: HEADING_LEVELS, default: '2' };
  if (attribute.name === 'href') return { kind: 'https', default: unquote(attribute.default) };
  if (names(type)) return { kind: 'enum', values: names(type), default: unquote(attribute.default) };
  return { kind: 'text', default: '' };
}

/** The options a webmaster chooses for `tag` (src/widgets.json `options`), each with its kind, values and default. */
export function optionsOf(tag) {
  const widget = WIDGETS.find((w) => w.tag === tag);
  return widget.options.map((name) => {
    const attribute = attributesOf(tag).find((a) => a.name === name);
    if (!attribute) throw new Error(`src/widgets.json: ${tag} has no attribute ${name}`);
    return { name, ...kindOf(attribute) };
  });
}

/** An absolute https: address without characters that would break out of an attribute. */
export function isHttpsUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !/["'<>\s`]/.test(value);
  } catch {
    return false;
  }
}

/**
 * The attribute an option's value makes, or none when the value is the widget's default: a list
 * with every value or none chosen, an https: address that is not one, the default itself.
 */
function attributeFor(option, value) {
  switch (option.kind) {
    case 'boolean':
      return value ? '' : undefined;
    case 'list': {
      const kept = option.values.filter((v) => value?.includes(v));
      return kept.length && kept.length < option.values.length ? kept.join(' ') : undefined;
    }
    case 'https':
      return isHttpsUrl(value) && value !== option.default ? value : undefined;
    default:
      return value === undefined || value === '' || String(value) === option.default ? undefined : String(value);
  }
}

// ---------------------------------------------------------------------------------------------
// The elements, as a small tree that becomes the snippet's text, the builder's preview and the
// fallback markup the WordPress plugin prints.

export const el = (tag, attrs = [], children = []) => ({ tag, attrs, children });

/** The hotline, as the README's fallback markup gives it. */
const HOTLINE_HREF = 'tel:+18008435678';
const HOTLINE_TEXT = '1-800-THE-LOST (1-800-843-5678)';

/**
 * The words of the no-JS fallback markup: 911 first, then the hotline, and the quick exit's link.
 * English is the README's; Spanish reuses the library's own translations of the same words
 * (locales/es.xlf: emergency.danger, hotline.title, quick-exit.label).
 */
const FALLBACK = {
  en: { danger: ['If a child is in immediate danger, ', 'call 911', '.'], hotline: 'NCMEC 24-Hour Hotline: ', exit: 'Exit this page' },
  es: {
    danger: ['Si un niño o una niña está en peligro inmediato, ', 'llame al 911', '.'],
    hotline: 'Línea directa de 24 horas del NCMEC: ',
    exit: 'Salir de esta página',
  },
};

/** What a reader sees of a widget if the script never runs: "call 911" first, then NCMEC's hotline. */
function hotlineFallback(lang) {
  const [lead, link, end] = FALLBACK[lang].danger;
  return [
    el('p', [], [lead, el('a', [['href', 'tel:911']], [link]), end]),
    el('p', [], [FALLBACK[lang].hotline, el('a', [['href', HOTLINE_HREF]], [HOTLINE_TEXT])]),
  ];
}

/** The quick exit's fallback: a plain link to where it leaves for. */
const exitFallback = (href, lang) => [el('a', [['href', href], ['rel', 'nofollow noreferrer'], ['target', '_top']], [FALLBACK[lang].exit])];

/**
 * The element `choices` make for `tag` (`{ attribute: value }`, values as the builder's form gives
 * them: booleans, arrays for lists, strings), with its fallback markup in `lang`.
 */
export function element(tag, choices = {}, lang = 'en') {
  const attrs = [];
  for (const option of optionsOf(tag)) {
    const value = attributeFor(option, choices[option.name]);
    if (value !== undefined) attrs.push([option.name, value]);
  }
  const href = attrs.find(([name]) => name === 'href')?.[1] ?? optionsOf(tag).find((o) => o.kind === 'https')?.default;
  return el(tag, attrs, href ? exitFallback(href, lang) : hotlineFallback(lang));
}

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttr = (s) => escapeText(s).replace(/"/g, '&quot;');
const attrText = ([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`);

/** One node as HTML: a widget's children go on their own lines; a paragraph stays on one. */
export function serialize(node, indent = '') {
  if (typeof node === 'string') return indent + escapeText(node);
  const open = `<${node.tag}${node.attrs.map(attrText).join('')}>`;
  const close = `</${node.tag}>`;
  const inline = !node.tag.startsWith('cst-') && node.children.every((c) => typeof c === 'string' || c.tag === 'a');
  if (inline) return `${indent}${open}${node.children.map((c) => serialize(c)).join('')}${close}`;
  const inner = node.children.map((c) => serialize(c, `${indent}  `)).join('\n');
  return `${indent}${open}\n${inner}\n${indent}${close}`;
}

/**
 * The fallback markup of `tag` in `lang` (`en` or `es`), as HTML on one line, for an element with
 * `attributes` (as written in the page: strings, `''` for a boolean).
 */
export function fallbackMarkup(tag, lang = 'en', attributes = {}) {
  return element(tag, attributes, lang)
    .children.map((node) => serialize(node))
    .join('');
}

/** The hotline's fallback markup (every widget's but the quick exit's) in `lang`, as HTML on one line. */
export const hotlineFallbackMarkup = (lang = 'en') => hotlineFallback(lang).map((node) => serialize(node)).join('');

/** The words of the quick exit's fallback link in `lang`. */
export const exitLabel = (lang = 'en') => FALLBACK[lang].exit;
