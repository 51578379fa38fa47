// `npm run content`: writes src/content/CONTENT.md, every sentence the widgets show, in English and
// Spanish, with the NCMEC documents it comes from. It is made from what the widgets render: each
// widget is rendered in Chromium in every state a reader can reach (scripts/content-report/page.ts),
// and every message it gives is listed under it; messages of the content model that no widget gives
// are listed apart. `contentReport()` is also what test/node/content-report.test.mjs compares
// with the committed file.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AUDIENCES } from '../src/content/audiences.js';
import { CHROME_ARGS, findChrome } from './chrome.mjs';

export const REPORT = 'src/content/CONTENT.md';
const root = fileURLToPath(new URL('..', import.meta.url));
const RECORDING_MSG = fileURLToPath(new URL('./content-report/recording-msg.ts', import.meta.url));

/** The page script: the widgets and the content model, with `msg` reporting each message it gives. */
async function bundle() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./content-report/page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
    tsconfigRaw: readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8'),
    plugins: [
      {
        name: 'recording-msg',
        setup(b) {
          b.onResolve({ filter: /^@lit\/localize$/ }, (args) => (args.importer === RECORDING_MSG ? undefined : { path: RECORDING_MSG }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

/** Runs the page script in Chromium and returns what it heard (see `Heard` in page.ts). */
async function hear() {
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    // A page of its own address, not about:blank, whose first document has no Navigation API (the
    // quick exit's cover is reached by cancelling its page load through it).
    await page.route('http://content-report.invalid/', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content report</title></head><body></body></html>' }),
    );
    await page.goto('http://content-report.invalid/');
    await page.addScriptTag({ content: await bundle() });
    const heard = await page.evaluate(() => window.contentReport());
    if (errors.length) throw new Error(`the widgets reported errors while rendering:\n${errors.join('\n')}`);
    return heard;
  } finally {
    await browser.close();
  }
}

/** Every message id in the translations, in their order. */
const messageIds = () => [...readFileSync(new URL('../locales/es.xlf', import.meta.url), 'utf8').matchAll(/<trans-unit id="([^"]+)">/g)].map(([, id]) => id);

const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
const cell = (text) => oneLine(text).replace(/\|/g, '\\|');

/** The readers a widget gives a message to, in words: "every reader", or the audiences, in their order. */
function readersIn(readers) {
  if (readers.includes('any') || AUDIENCES.every((a) => readers.includes(a))) return 'every reader';
  return AUDIENCES.filter((a) => readers.includes(a)).map((a) => `\`${a}\``).join(', ');
}

function entry(id, { en, es }, cited, shownBy, titles) {
  const lines = [`- \`${id}\`${shownBy ? `, ${shownBy}` : ''}`, `  - EN: ${oneLine(en)}`, `  - ES: ${oneLine(es)}`];
  if (titles) lines.push(`  - Then, in English in both languages: ${titles.map((t) => `"${t}"`).join('; ')}`);
  if (cited.length) lines.push('  - Sources:', ...cited.map((c) => `    - ${c.source}: "${oneLine(c.excerpt)}"`));
  return lines.join('\n');
}

/**
 * Messages: first what states a fact, with its sources, then the headings and words of the
 * interface. `shownBy` says who shows a message: the widgets, each with its readers, in the shared
 * section; the readers, in a widget's own.
 */
function section(title, messages, records, shownBy) {
  const ids = Object.keys(messages);
  const cited = ids.filter((id) => records[id]?.cited.length);
  const plain = ids.filter((id) => !records[id]?.cited.length);
  const out = [`## ${title}`, ''];
  if (cited.length) out.push(`What it says about child sex trafficking (${cited.length}):`, '', ...cited.map((id) => entry(id, messages[id], records[id].cited, shownBy(id), records[id].titles)), '');
  if (plain.length) {
    out.push(
      `Headings, labels and interface words (${plain.length}), stating no fact of their own:`,
      '',
      '| id | English | Spanish |',
      '|---|---|---|',
      ...plain.map((id) => `| \`${id}\`, ${shownBy(id)} | ${cell(messages[id].en)} | ${cell(messages[id].es)} |`),
      '',
    );
  }
  return out.join('\n');
}

/** The report as Markdown, from what the page heard. Fails on a message that is neither rendered nor in the content model. */
export function toMarkdown(heard) {
  const { sources, widgets, records } = heard;
  const byWidget = new Map();
  for (const [tag, messages] of Object.entries(widgets)) for (const id of Object.keys(messages)) byWidget.set(id, [...(byWidget.get(id) ?? []), tag]);
  const unaccounted = messageIds().filter((id) => !byWidget.has(id) && !records[id]);
  if (unaccounted.length) {
    throw new Error(`messages that no widget rendered and no content record gives (add the state that shows them to scripts/content-report/page.ts): ${unaccounted.join(', ')}`);
  }
  for (const [id, record] of [...Object.entries(records), ...Object.values(widgets).flatMap((m) => Object.entries(m))]) {
    if (!record.en || !record.es) throw new Error(`${id}: never seen in ${record.en ? 'Spanish' : 'English'} (scripts/content-report/page.ts)`);
  }

  const tags = (id) => `shown by ${byWidget.get(id).map((t) => `\`<${t}>\` (${readersIn(widgets[t][id].readers)})`).join(', ')}`;
  const shared = Object.fromEntries([...byWidget].filter(([, t]) => t.length > 1).map(([id, t]) => [id, widgets[t[0]][id]]));
  const out = [
    '# What the widgets say',
    '',
    'Generated by `npm run content` (scripts/content-report.mjs) from what the widgets render: each widget is',
    'rendered in Chromium in every audience, kind and variant, with every disclosure open, in English and in',
    'Spanish. Do not edit: `npm test` fails when this file is out of date. Each entry gives its message id,',
    'the widgets that show it and to which readers (their `audience`; "every reader" where a widget has',
    'none or shows it to all four), what a reader sees in each language, and the NCMEC documents it comes',
    'from, with a verbatim excerpt (the content tests find each excerpt in its document). A number in a',
    'message is one the widget showed.',
    '',
    '## Sources',
    '',
    ...sources.map(
      (s) => `- \`${s.id}\`: ${s.title} (${s.edition ?? s.year}), ${s.publisher}, for ${s.audience}; seed \`${s.seed}\`${s.url ? `; ${s.url}` : ''}`,
    ),
    '',
    section('Shown by several widgets', shared, records, tags),
  ];
  for (const [tag, messages] of Object.entries(widgets)) {
    const own = Object.fromEntries(Object.entries(messages).filter(([id]) => !(id in shared)));
    const also = Object.keys(messages).length - Object.keys(own).length;
    out.push(section(`\`<${tag}>\``, own, records, (id) => `for ${readersIn(messages[id].readers)}`));
    if (also) out.push(`It also shows ${also} message${also === 1 ? '' : 's'} listed under "Shown by several widgets".`, '');
  }
  const unshown = Object.keys(records).filter((id) => !byWidget.has(id));
  out.push(
    '## Not shown by any widget yet',
    '',
    'In the content model, reviewed and translated, for widgets still to come; no widget renders these today.',
    '',
    ...unshown.map((id) => entry(id, records[id], records[id].cited, '', records[id].titles)),
  );
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** The report as it should be now. */
export async function contentReport() {
  return toMarkdown(await hear());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await contentReport();
  writeFileSync(new URL(`../${REPORT}`, import.meta.url), report);
  console.log(`Wrote ${REPORT}.`);
}
