// Production build: locales, the drop-in script, the ESM package with types, the manifest,
// then a size report. Fails on a missing Spanish translation or a Lit dev-mode build in dist.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const bin = (name) => join('node_modules', '.bin', name);
const run = (name, args) => execFileSync(bin(name), args, { stdio: 'inherit' });

/** The ids of the messages in an XLIFF file that have no (or an empty) translation. */
export function missingTranslations(xliff) {
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  return {
    total: units.length,
    // A target may start with a placeholder (<x .../>), but must hold something.
    missing: units.filter(([, , body]) => !/<target>\s*\S[\s\S]*?<\/target>/.test(body)).map(([, id]) => id),
  };
}

/** Every message in the source must have a Spanish target: an untranslated widget is a broken one. */
export function checkTranslations() {
  // extract adds any new source message to the XLIFF (without a target), so none can slip past.
  execFileSync(bin('lit-localize'), ['extract'], { stdio: 'pipe' });
  const xliff = readFileSync('locales/es.xlf', 'utf8');
  const { total, missing } = missingTranslations(xliff);
  // lit-localize names a message without an explicit id by a hash (s0123456789abcdef); the drop-in
  // leaves out the hashing (rollup.config.js), so such a message would never be translated.
  const hashed = [...xliff.matchAll(/<trans-unit id="([sh][0-9a-f]{16})">/g)].map(([, id]) => id);
  if (hashed.length) throw new Error(`every msg() needs an explicit id; ${hashed.length} message(s) have none: ${hashed.join(', ')}`);
  if (missing.length) {
    throw new Error(`locales/es.xlf has no Spanish for ${missing.length} message(s): ${missing.join(', ')}`);
  }
  return total;
}

/** The files a size report covers: the drop-in, each element's own file, and every ESM module. */
function sizeRows() {
  const files = readdirSync('dist').filter((name) => name.endsWith('.js')).map((name) => join('dist', name));
  const walk = (dir) =>
    readdirSync(dir).forEach((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.js')) files.push(path);
    });
  walk('dist/esm');
  return files.map((file) => {
    const code = readFileSync(file);
    return {
      file,
      min: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

function main() {
  const messages = checkTranslations();
  run('lit-localize', ['build']);
  console.log(`Localization: ${messages} messages, Spanish complete.`);
  rmSync('dist', { recursive: true, force: true });
  run('rollup', ['-c', '--silent']);
  run('tsc', ['-p', 'tsconfig.build.json']);
  execFileSync('npm', ['run', '--silent', 'manifest'], { stdio: 'inherit' });

  const dropIn = readFileSync('dist/cst-widgets.js', 'utf8');
  if (dropIn.includes('Lit is in dev mode')) throw new Error('dist/cst-widgets.js holds a Lit dev-mode build.');
  if (dropIn.includes('sourceMappingURL')) throw new Error('dist/cst-widgets.js must not reference a source map.');

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const rows = sizeRows();
  console.log('\n| file | min | gzip | brotli |\n|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.file} | ${kb(r.min)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log('');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(`\nBuild failed: ${error.message}`);
    process.exit(1);
  }
}
