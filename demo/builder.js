// The embed builder: reads the form, shows the widgets in the preview frame, and writes the
// snippet, the CSS file and the CSP lines. Plain DOM, no inline script or style (CSSOM only).
import { MESSAGES, optionWords, STATIC_ES } from './builder-i18n.js';
import {
  COLOURS,
  checkColour,
  contrastReport,
  cspDirectives,
  cspText,
  effectiveColour,
  elementTree,
  formatRatio,
  inlineStyleContent,
  isFileAddress,
  isHttpsUrl,
  presetsOf,
  presetValues,
  relevantColours,
  RELEASE_FILES,
  releaseCssTag,
  scriptFile,
  snippet,
  snippetCss,
  widgetOptions,
  WIDGETS,
} from './builder-model.js';

const $ = (id) => document.getElementById(id);
const form = $('options');
const frame = $('preview');

/** What the page needs before it can write a snippet. */
const loaded = { placeholderCss: '', integrity: {}, version: '', sriError: false, failed: false };
let ui = 'en';
/** The English of every [data-i18n] element, read once from the markup. */
const english = new Map();
/** The last valid value of each text field, kept while the field holds an invalid one (an option's default until then). */
const lastValid = { selfPath: '/cst-widgets/', cssPath: '/css/cst-widgets-embed.css' };
/** A widget's option in the form: its field's name, and the id its label, hint and error hang on. */
const fieldName = (widget, option) => `${widget}:${option.name}`;
const fieldId = (widget, option) => `${widget}-${option.name}`;
for (const widget of WIDGETS) for (const o of widgetOptions(widget)) if (o.kind === 'https') lastValid[fieldName(widget, o)] = o.default;

// --------------------------------------------------------------------------------------------
// Language of the builder itself

function t() {
  return MESSAGES[ui];
}

function applyStaticText() {
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const key = node.dataset.i18n;
    if (!english.has(node)) english.set(node, node.textContent.replace(/\s+/g, ' ').trim());
    node.textContent = ui === 'es' ? STATIC_ES[key] : english.get(node);
  }
  for (const node of document.querySelectorAll('[data-i18n-title]')) {
    if (!english.has(node)) english.set(node, node.title);
    node.title = ui === 'es' ? STATIC_ES[node.dataset.i18nTitle] : english.get(node);
  }
  for (const node of document.querySelectorAll('[data-i18n-aria-label]')) {
    if (!english.has(node)) english.set(node, node.getAttribute('aria-label'));
    node.setAttribute('aria-label', ui === 'es' ? STATIC_ES[node.dataset.i18nAriaLabel] : english.get(node));
  }
  const button = $('ui-lang');
  button.textContent = t().switchTo;
  button.lang = t().switchToLang;
}

/** Words of the builder's own made in script, set again when its language changes. */
const labels = [];
/** `node`'s text (or `property`) is `words()` in the builder's language, now and after every switch. */
function labelled(node, words, property = 'textContent') {
  labels.push(() => (node[property] = words()));
  return node;
}
const make = (tag, properties = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
};

/** The builder's words for widgets, options and values, in the builder's language (see optionWords). */
const words = () => optionWords(ui);
const valueText = (widget, option, value) => words().value(widget, option, value);
const hintText = (widget, option) => words().hint(widget, option);

/** The control of one option: its kind (src/embed.js) chooses it, with the widget's default set. */
function optionControl(widget, option) {
  const name = fieldName(widget, option);
  const id = fieldId(widget, option);
  const label = () => words().label(widget, option);
  switch (option.kind) {
    case 'boolean':
      return make('label', { className: 'check' }, make('input', { type: 'checkbox', name, checked: option.default }), ' ', labelled(make('span'), label));
    case 'list': {
      const boxes = option.values.map((value) =>
        make('label', { className: 'check' }, make('input', { type: 'checkbox', name, value, checked: true }), ' ', labelled(make('span'), () => valueText(widget, option, value))),
      );
      const hint = hintText(widget, option) === undefined ? [] : [labelled(make('p', { className: 'hint' }), () => hintText(widget, option))];
      return make('fieldset', { className: 'nested' }, labelled(make('legend'), label), make('div', { className: 'checks' }, ...boxes), ...hint);
    }
    case 'enum':
    case 'level': {
      const select = make('select', { id, name }, ...option.values.map((value) => labelled(new Option('', value, false, value === option.default), () => valueText(widget, option, value))));
      return make('div', { className: 'field' }, labelled(make('label', { htmlFor: id }), label), select);
    }
    default: {
      // An address (the quick exit's) or a text, checked as it is typed, with its hint and error.
      const input = make('input', { id, name, type: option.kind === 'https' ? 'url' : 'text', value: option.default, autocomplete: 'off', spellcheck: false });
      input.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
      const hint = labelled(make('p', { className: 'hint', id: `${id}-hint` }), () => hintText(widget, option) ?? '');
      return make('div', { className: 'field' }, labelled(make('label', { htmlFor: id }), label), input, hint, make('p', { className: 'error', id: `${id}-error`, hidden: true }));
    }
  }
}

/** A box per widget to choose it (the banner chosen at first), and a fieldset of each widget's options. */
function buildWidgetFields() {
  for (const widget of WIDGETS) {
    const name = () => words().widget(widget);
    const box = make('input', { type: 'checkbox', name: 'widget', value: widget, checked: widget === 'hotline-banner' });
    $('widget-checks').append(make('label', { className: 'check' }, box, ' ', labelled(make('span'), name)));
    const fieldset = make('fieldset', { id: `opt-${widget}`, className: 'widget-options', hidden: !box.checked }, labelled(make('legend'), name));
    fieldset.append(...widgetOptions(widget).map((option) => optionControl(widget, option)));
    $('widget-options').append(fieldset);
  }
}

/**
 * "Start from an example": a menu at the top of each widget's options, with the widget's examples
 * (the ones Storybook shows and the tests check). Choosing one sets the widget's options to it.
 */
function buildPresetMenus() {
  for (const widget of WIDGETS) {
    const presets = presetsOf(widget);
    const field = document.createElement('div');
    field.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = `preset-${widget}`;
    const select = document.createElement('select');
    select.id = `preset-${widget}`;
    select.dataset.preset = widget;
    select.addEventListener('change', () => applyPreset(widget, presets[Number(select.value)]));
    field.append(label, select);
    $(`opt-${widget}`).querySelector('legend').after(field);
  }
}

/** The preset menus' words, in the builder's language. */
function labelPresetMenus() {
  for (const select of form.querySelectorAll('select[data-preset]')) {
    const value = select.value;
    select.labels[0].textContent = t().preset;
    select.replaceChildren(new Option(t().presetNone, ''), ...presetsOf(select.dataset.preset).map((e, i) => new Option(t().exampleName(e.name), String(i))));
    select.value = value;
  }
}

/** Sets the options of `widget` to those of the preset `example` (the form's change handler then updates the rest). */
function applyPreset(widget, example) {
  if (!example) return;
  for (const [attribute, value] of Object.entries(presetValues(widget, example))) {
    const control = form.elements[`${widget}:${attribute}`];
    if (control instanceof RadioNodeList) for (const box of control) box.checked = value.includes(box.value);
    else if (control.type === 'checkbox') control.checked = value;
    else control.value = value;
  }
}

/** A colour as #rrggbb, the only form a colour picker takes. */
const sixDigits = (hex) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();

/** One text field per colour, each with a colour picker that shows the colour in force and sets the field. */
function buildColourFields() {
  const box = $('colours');
  for (const colour of COLOURS) {
    const field = document.createElement('div');
    field.className = 'field colour';
    field.dataset.colour = colour.id;
    const label = document.createElement('label');
    label.htmlFor = `colour-${colour.id}`;
    const row = document.createElement('div');
    row.className = 'colour-row';
    const input = document.createElement('input');
    Object.assign(input, { id: `colour-${colour.id}`, name: `colour.${colour.id}`, type: 'text', placeholder: colour.default });
    Object.assign(input, { autocomplete: 'off', spellcheck: false, size: 9 });
    input.setAttribute('aria-describedby', `colour-${colour.id}-error`);
    const picker = document.createElement('input');
    Object.assign(picker, { type: 'color', className: 'picker', id: `colour-${colour.id}-picker` });
    picker.addEventListener('input', () => {
      input.value = picker.value;
    });
    const token = document.createElement('code');
    token.className = 'token';
    token.textContent = colour.token ?? '';
    const error = document.createElement('p');
    Object.assign(error, { className: 'error', id: `colour-${colour.id}-error`, hidden: true });
    row.append(input, picker, token);
    field.append(label, row, error);
    box.append(field);
  }
}

function labelColourFields() {
  for (const field of $('colours').children) {
    field.querySelector('label').textContent = t().colour[field.dataset.colour];
    field.querySelector('.picker').setAttribute('aria-label', t().picker(t().colour[field.dataset.colour]));
  }
}

// --------------------------------------------------------------------------------------------
// Reading the form

/** Shows or clears a field's error; returns whether the value is valid. */
function validate(input, errorId, valid, message) {
  const error = $(errorId);
  input.setAttribute('aria-invalid', String(!valid));
  error.hidden = valid;
  error.textContent = valid ? '' : message;
  return valid;
}

function readModel() {
  const data = new FormData(form);
  const all = (name) => data.getAll(name).map(String);
  const one = (name) => String(data.get(name) ?? '');
  const invalidFields = [];

  const addresses = WIDGETS.flatMap((w) => widgetOptions(w).filter((o) => o.kind === 'https').map((o) => [fieldName(w, o), isHttpsUrl, t().badHttps, w]));
  for (const [name, check, message] of [...addresses, ['selfPath', isFileAddress, t().badPath], ['cssPath', isFileAddress, t().badCssPath]]) {
    const input = form.elements[name];
    if (validate(input, `${input.id}-error`, check(input.value.trim()), message)) lastValid[name] = input.value.trim();
    else invalidFields.push(name);
  }

  const colours = {};
  for (const colour of COLOURS) {
    const input = form.elements[`colour.${colour.id}`];
    const choice = checkColour(input.value);
    if (!validate(input, `${input.id}-error`, choice.ok, t().badColour)) invalidFields.push(colour.id);
    colours[colour.id] = choice.ok ? choice.value : '';
  }

  const widgets = all('widget');
  const model = {
    widgets,
    lang: one('lang'),
    source: one('source'),
    selfPath: lastValid.selfPath,
    cssAs: one('cssAs'),
    cssPath: lastValid.cssPath,
    colours,
    version: loaded.version,
    integrity: loaded.integrity,
    options: Object.fromEntries(
      WIDGETS.map((w) => [
        w,
        Object.fromEntries(
          widgetOptions(w).map((o) => {
            const name = fieldName(w, o);
            const value = { boolean: () => data.has(name), list: () => all(name), https: () => lastValid[name] }[o.kind]?.() ?? one(name);
            return [o.name, value];
          }),
        ),
      ]),
    ),
  };
  const s = t().snippet;
  model.text = {
    header: s.header(loaded.version),
    lang: s.lang(model.lang),
    css: s.css,
    cssRelease: s.cssRelease,
    script: s.script(scriptFile(model), model.source !== 'self'),
    elements: s.elements,
    quickExit: s.quickExit,
    themeComment: s.themeComment,
  };
  // Only a field the reader can see holds the snippet back.
  const shown = new Set([...relevantColours(model), ...addresses.filter(([, , , w]) => widgets.includes(w)).map(([name]) => name), 'selfPath', 'cssPath']);
  if (model.source !== 'self') shown.delete('selfPath');
  if (model.cssAs !== 'file') shown.delete('cssPath');
  return { model, invalid: invalidFields.some((f) => shown.has(f)) };
}

// --------------------------------------------------------------------------------------------
// The preview frame

let previewMarkup = '';

/** Builds a node of the element tree in the frame's document. */
function toDom(doc, node) {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = doc.createElement(node.tag);
  for (const [name, value] of node.attrs) element.setAttribute(name, value);
  element.append(...node.children.map((child) => toDom(doc, child)));
  return element;
}

function updatePreview(model) {
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc?.body || !win?.CstWidgets) return;
  doc.documentElement.lang = model.lang;
  doc.documentElement.style.setProperty('background', effectiveColour(model.colours, 'page'));
  // The CSS the snippet gives (its rules, or the release's file it links, which holds the same
  // parts), as a constructed sheet (allowed under a strict CSP).
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(snippetCss({ ...model, cssAs: 'inline' }, loaded.placeholderCss));
  doc.adoptedStyleSheets = [sheet];
  const tree = elementTree(model);
  const markup = JSON.stringify(tree);
  if (markup !== previewMarkup) {
    previewMarkup = markup;
    doc.body.replaceChildren(...tree.map((node) => toDom(doc, node)));
  }
}

/** The frame follows the height of what it shows, so the page scrolls as one. */
function fitFrame() {
  const doc = frame.contentDocument;
  if (!doc?.documentElement) return;
  new ResizeObserver(() => {
    // The html box's own height: scrollHeight would never drop below the frame's current height.
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    frame.style.setProperty('height', `${Math.max(height, 120)}px`);
  }).observe(doc.body);
}

// --------------------------------------------------------------------------------------------
// Output

async function sha(algorithm, text) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const digest = await crypto.subtle.digest(algorithm, bytes);
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

function showContrast(model) {
  const box = $('contrast');
  const report = contrastReport(model);
  const failing = report.filter((p) => !p.ok);
  box.replaceChildren();
  box.classList.toggle('fails', failing.length > 0);
  if (!report.length) return;
  // Advice (decoration shown faintly) follows the verdict, never counts as a failure.
  const advice = report
    .filter((p) => p.advisory && p.below)
    .map((pair) => {
      const p = document.createElement('p');
      p.dataset.pair = pair.id;
      p.textContent = t().contrastAdvice(t().pair[pair.id], formatRatio(pair.ratio));
      return p;
    });
  if (!failing.length) {
    const lowest = Math.min(...report.filter((p) => !p.advisory).map((p) => p.ratio));
    const p = document.createElement('p');
    p.textContent = t().contrastOk(formatRatio(lowest));
    box.append(p, ...advice);
    return;
  }
  const heading = document.createElement('p');
  heading.className = 'contrast-heading';
  heading.textContent = t().contrastHeading;
  const list = document.createElement('ul');
  for (const pair of failing) {
    const li = document.createElement('li');
    li.dataset.pair = pair.id;
    li.textContent = t().contrastFail(t().pair[pair.id], formatRatio(pair.ratio), pair.min);
    list.append(li);
  }
  box.append(heading, list, ...advice);
}

function showFields(model) {
  for (const fieldset of form.querySelectorAll('.widget-options')) {
    fieldset.hidden = !model.widgets.includes(fieldset.id.replace('opt-', ''));
  }
  const relevant = relevantColours(model);
  for (const field of $('colours').children) {
    const id = field.dataset.colour;
    field.hidden = !relevant.includes(id);
    field.querySelector('.picker').value = sixDigits(effectiveColour(model.colours, id));
  }
  $('preview-note').hidden = !model.widgets.includes('quick-exit');
  $('self-path-field').hidden = model.source !== 'self';
  $('css-path-field').hidden = model.cssAs !== 'file';
  const cdnHint = $('cdn-hint');
  cdnHint.hidden = model.source === 'self';
  cdnHint.textContent = loaded.sriError ? t().noSri : t().cdnHint(loaded.version);
  cdnHint.classList.toggle('error', loaded.sriError);
}

let updates = 0;
/** `data-busy` on <body> while the output is out of date (the tests wait for it to go). */
async function update() {
  const run = ++updates;
  document.body.dataset.busy = 'true';
  try {
    await write(run);
  } finally {
    if (run === updates && !timer) delete document.body.dataset.busy;
  }
}

async function write(run) {
  const { model, invalid } = readModel();
  showFields(model);
  showContrast(model);
  const problem = $('snippet-error');
  problem.hidden = !invalid && !loaded.failed;
  problem.textContent = loaded.failed ? t().loadFailed : invalid ? t().fixFirst : '';
  if (loaded.failed) return;
  updatePreview(model);

  if (model.source !== 'self' && loaded.sriError) model.source = 'self';
  const css = snippetCss(model, loaded.placeholderCss);
  const styleHash = css && model.cssAs !== 'file' ? `sha256-${await sha('SHA-256', inlineStyleContent(css))}` : '';
  if (run !== updates) return; // a newer update has started: it writes the output
  $('snippet').value = snippet(model, css);
  $('css-file').hidden = !(css && model.cssAs === 'file');
  $('css-file-text').value = css;
  $('csp').textContent = cspText(cspDirectives(model, css, styleHash));
  $('csp-note').hidden = Boolean(css || releaseCssTag(model));
  $('csp-note').textContent = t().noStyle;
}

let timer;
function updateSoon() {
  document.body.dataset.busy = 'true';
  clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    void update();
  }, 200);
}

async function copy(textarea, status, done) {
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(textarea.value);
    status.textContent = done;
  } catch {
    textarea.focus();
    textarea.select();
    status.textContent = t().selected;
  }
}

function setUi(lang) {
  ui = lang;
  document.documentElement.lang = lang;
  applyStaticText();
  for (const label of labels) label();
  labelPresetMenus();
  labelColourFields();
  $('copy-status').textContent = '';
  $('copy-css-status').textContent = '';
  void update();
}

// --------------------------------------------------------------------------------------------
// Start

async function loadAssets() {
  try {
    const [css, ...files] = await Promise.all(
      ['placeholder.css', ...RELEASE_FILES.map((file) => `../dist/${file}`)].map(async (url) => {
        const response = await fetch(url, { cache: 'no-store' });
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return url === 'placeholder.css' ? response.text() : response.arrayBuffer();
      }),
    );
    loaded.placeholderCss = css;
    if (crypto.subtle) {
      const values = await Promise.all(files.map((bytes) => sha('SHA-384', bytes)));
      loaded.integrity = Object.fromEntries(RELEASE_FILES.map((file, i) => [file, `sha384-${values[i]}`]));
    } else loaded.sriError = true;
  } catch {
    loaded.failed = true;
  }
}

/** Resolves once the frame has loaded the library and defined its elements. */
async function previewReady() {
  if (frame.contentDocument?.readyState !== 'complete' || !frame.contentWindow?.CstWidgets) {
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  }
  const win = frame.contentWindow;
  if (!win.CstWidgets) {
    loaded.failed = true;
    return;
  }
  loaded.version = win.CstWidgets.version;
  // The preview never leaves: on the host page the exit goes ahead.
  frame.contentDocument.addEventListener('cst-exit', (event) => event.preventDefault());
  fitFrame();
}

buildWidgetFields();
buildColourFields();
buildPresetMenus();
form.addEventListener('input', (event) => {
  // A preset names the options as it set them: once one is changed by hand, it no longer does.
  if (!event.target.dataset.preset) for (const menu of form.querySelectorAll('select[data-preset]')) menu.value = '';
  return event.target.type === 'text' || event.target.type === 'url' ? updateSoon() : update();
});
form.addEventListener('change', () => update());
form.addEventListener('submit', (event) => event.preventDefault());
$('copy').addEventListener('click', () => copy($('snippet'), $('copy-status'), t().copied));
$('copy-css').addEventListener('click', () => copy($('css-file-text'), $('copy-css-status'), t().cssCopied));
$('ui-lang').addEventListener('click', () => setUi(ui === 'es' ? 'en' : 'es'));

setUi(new URLSearchParams(location.search).get('lang') === 'es' ? 'es' : 'en');
await Promise.all([loadAssets(), previewReady()]);
await update();
document.body.dataset.ready = 'true';
