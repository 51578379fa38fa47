// End-to-end test harness: a REAL WordPress (Debian's `wordpress` package, code in /usr/share/wordpress)
// with a private MariaDB and PHP's built-in web server; the cst-widgets plugin is symlinked in and activated.
//
//   ensureWordPressPackages();
//   const wp = await startWordPress({ pluginDir: '/path/to/plugin', locale: 'es_ES' });
//   const newer = await startWordPress({ pluginDir, wordpress: newerWordPress('forky') }); // Debian forky's WordPress 7.1
//   await wp.php("echo get_option('blogname');");  await wp.login(page, 'author');  await wp.stop();
//
// Each instance lives in a fresh temp dir (MariaDB datadir + socket, wp-content, router, config).
// Debian's wp-config.php requires /etc/wordpress/config-<HTTP_HOST without port>.php; we write
// config-127.0.0.1.php as a tiny dispatcher requiring the instance config named by the env var
// CST_WP_HARNESS_CONFIG of each PHP process, so several instances (e.g. test files run in parallel
// by `node --test`) can coexist. Nothing touches /var/lib/mysql, a system mysqld, or Apache.
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const WP_ROOT = '/usr/share/wordpress', HOST = '127.0.0.1', THEME = 'twentytwentythree', TMP_PREFIX = 'cst-wp-harness-';
const CONFIG_FILE = `/etc/wordpress/config-${HOST}.php`;
const PACKAGES = ['wordpress', 'wordpress-l10n', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql', 'mariadb-server'];
/** Debian's wp-content copy (what its WP_CONTENT_DIR normally is) or, failing that, /usr/share's. */
const pickDir = (sub) => [`/var/lib/wordpress/wp-content/${sub}`, `${WP_ROOT}/wp-content/${sub}`].find((d) => fs.existsSync(d));
/** Path of the first of `names` found in PATH or the sbin dirs (a non-login root PATH may lack them). */
const which = (...names) => names.flatMap((n) => [...(process.env.PATH || '').split(':'), '/usr/sbin', '/usr/bin', '/sbin']
  .map((d) => path.join(d, n))).find((f) => fs.existsSync(f));
const q = (s) => `'${String(s).replace(/[\\']/g, '\\$&')}'`; // PHP single-quoted string literal
const secret = () => randomBytes(12).toString('hex');
const alive = (pid) => { try { return process.kill(pid, 0); } catch (e) { return e.code === 'EPERM'; } };
const cmdline = (pid) => { try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { return ''; } };
const harnessDirs = () => fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(TMP_PREFIX)).map((n) => path.join(os.tmpdir(), n));

/**
 * Installs the Debian packages the harness needs, only if something is missing. Needs root + apt-get,
 * otherwise throws saying what to install. A temporary policy-rc.d keeps apache2/mariadb from starting.
 */
export function ensureWordPressPackages() {
  const php = which('php');
  const ok = php && which('mariadbd', 'mysqld') && which('mariadb-install-db', 'mysql_install_db')
    && fs.existsSync(`${WP_ROOT}/wp-load.php`) && pickDir(`themes/${THEME}`) && pickDir('languages/es_ES.mo')
    && spawnSync(php, ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0;
  if (ok) return;
  if (process.getuid?.() !== 0 || !which('apt-get')) {
    throw new Error(`The WordPress test harness needs Debian packages: sudo apt-get install ${PACKAGES.join(' ')}`);
  }
  console.log(`WordPress harness: installing Debian packages ${PACKAGES.join(' ')}`);
  const policy = '/usr/sbin/policy-rc.d', addPolicy = !fs.existsSync(policy);
  if (addPolicy) fs.writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // A busy package lock (another install still running) is waited for, not a failure.
    const wait = ['-o', 'DPkg::Lock::Timeout=600'];
    for (const args of [[...wait, 'update', '-qq'], [...wait, 'install', '-y', '-qq', ...PACKAGES]]) {
      const r = spawnSync('apt-get', args, { env, encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${r.status ?? r.error}):\n${r.stdout}${r.stderr}`);
    }
  } finally {
    if (addPolicy) fs.rmSync(policy, { force: true });
  }
}

/**
 * A newer WordPress than this machine's Debian 12 gives (6.1): the `wordpress` and
 * `wordpress-theme-twentytwentyfive` packages of another Debian release (`forky`, Debian's testing:
 * WordPress 7.1, its editor always in an iframe), with the libraries it links from Debian's own
 * packages (PHPMailer, jQuery UI, lodash...). apt itself fetches them from Debian's archive and checks
 * their signatures, with lists and a cache in a folder of their own: the machine's apt sources are
 * left alone and nothing is installed. They are unpacked once into node_modules/.cache/cst-wordpress.
 * Needs root, like apt-get.
 * @param {string} suite a Debian release, by its name
 * @returns {{ root: string, version: string, theme: string }} the WordPress folder (as /usr/share/wordpress), its version, its newest theme
 */
export function newerWordPress(suite) {
  const cache = path.resolve(`node_modules/.cache/cst-wordpress/${suite}`), root = path.join(cache, WP_ROOT);
  if (!fs.existsSync(path.join(root, 'wp-settings.php'))) {
    if (process.getuid?.() !== 0) throw new Error(`WordPress from Debian ${suite} comes by apt-get, as root: run the WordPress tests as root once.`);
    fs.rmSync(cache, { recursive: true, force: true });
    const apt = path.join(cache, 'apt'), debs = path.join(apt, 'debs');
    for (const d of ['lists/partial', 'cache/archives/partial', 'debs']) fs.mkdirSync(path.join(apt, d), { recursive: true });
    fs.writeFileSync(path.join(apt, 'sources.list'), `deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian ${suite} main\n`);
    const options = [['Dir::Etc::SourceList', `${apt}/sources.list`], ['Dir::Etc::SourceParts', `${apt}/none`], ['Dir::State::Lists', `${apt}/lists`],
      ['Dir::Cache', `${apt}/cache`], ['Acquire::Languages', 'none'], ['APT::Sandbox::User', 'root']].flatMap(([k, v]) => ['-o', `${k}=${v}`]);
    const aptGet = (...args) => {
      const r = spawnSync('apt-get', [...options, '-qq', ...args], { cwd: debs, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} (Debian ${suite}'s WordPress) failed (${r.status ?? r.error}):\n${r.stdout}${r.stderr}`);
    };
    console.log(`WordPress harness: fetching WordPress from Debian ${suite} with apt-get download`);
    aptGet('update');
    aptGet('download', 'wordpress', 'wordpress-theme-twentytwentyfive');
    // The libraries the package links to (its Depends: libjs-lodash, libphp-phpmailer, php-getid3...), of the same release.
    const wordpressDeb = path.join(debs, fs.readdirSync(debs).find((f) => f.startsWith('wordpress_')));
    const depends = execFileSync('dpkg-deb', ['-f', wordpressDeb, 'Depends'], { encoding: 'utf8' }).split(',').map((d) => d.trim().split(/[\s|(]/)[0]);
    aptGet('download', ...new Set(depends.filter((name) => /^(libjs-|libphp-|php-getid3$)/.test(name))));
    for (const deb of fs.readdirSync(debs)) execFileSync('dpkg-deb', ['-x', path.join(debs, deb), cache]);
    // Debian's links to those libraries are relative to /usr/share/wordpress: made to point into the cache.
    for (const file of fs.readdirSync(root, { recursive: true })) {
      const link = path.join(root, file);
      if (!fs.lstatSync(link).isSymbolicLink() || path.isAbsolute(fs.readlinkSync(link))) continue;
      const target = path.join(cache, path.resolve(path.join(WP_ROOT, path.dirname(file)), fs.readlinkSync(link)));
      fs.rmSync(link);
      fs.symlinkSync(target, link);
    }
    fs.rmSync(apt, { recursive: true, force: true });
  }
  const version = fs.readFileSync(path.join(root, 'wp-includes/version.php'), 'utf8').match(/\$wp_version = '([^']+)'/)[1];
  return { root, version, theme: 'twentytwentyfive' };
}

/** Starts a daemon in its own process group (php -S forks workers), collecting stdout+stderr into log(). */
function launch(cmd, args, env = {}) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '', done = false;
  for (const s of [child.stdout, child.stderr]) s.setEncoding('utf8').on('data', (d) => { log += d; });
  const exited = new Promise((r) => { child.on('exit', r); child.on('error', (e) => { log += `${e}\n`; r(); }); }).then(() => { done = true; });
  const signal = (sig) => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
  /** SIGTERM, SIGKILL after 10 s; resolves once the process has exited. */
  const stop = async () => { signal('SIGTERM'); const t = setTimeout(() => signal('SIGKILL'), 10000); await exited; clearTimeout(t); };
  return { pid: child.pid, log: () => log, isDone: () => done, signal, stop };
}

/** Runs a command to completion; resolves { code, stdout, stderr } (code 0 = success). */
const run = (cmd, args, env = {}) => new Promise((resolve) => execFile(cmd, args, { env: { ...process.env, ...env }, maxBuffer: 1 << 26 },
  (err, stdout, stderr) => resolve({ code: err ? err.code ?? 1 : 0, stdout, stderr: `${stderr}${err && !stderr ? err.message : ''}` })));

/** Polls `check` every 50 ms until truthy; throws with proc.log() if `proc` exits first or after 30 s. */
async function waitFor(check, proc, what) {
  for (const end = Date.now() + 30000; !(await check());) {
    if (proc.isDone() || Date.now() > end) throw new Error(`${what} ${proc.isDone() ? 'exited' : 'timed out'}:\n${proc.log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const freePort = () => new Promise((resolve, reject) => {
  const srv = net.createServer().on('error', reject);
  srv.listen(0, HOST, () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
});
const canConnect = (port) => new Promise((r) => { const s = net.connect(port, HOST, () => { s.destroy(); r(true); }).on('error', () => r(false)); });

/** Kills the daemons and deletes the temp dirs of earlier runs whose node process died without stop(). */
function reapStale() {
  for (const dir of harnessDirs()) {
    let owner;
    try { owner = JSON.parse(fs.readFileSync(`${dir}/owner.json`, 'utf8')); } catch { continue; }
    if (alive(owner.node)) continue;
    for (const pid of owner.pids) if (cmdline(pid).includes(dir)) try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

/**
 * Starts MariaDB + WordPress (PHP's built-in server) with the plugin at `pluginDir` installed and active.
 * @param {{ pluginDir: string, locale?: string, wordpress?: { root: string, theme: string }, themes?: Record<string, string>, theme?: string, multisite?: boolean }} options
 *   locale: '' = English, or e.g. 'es_ES'; wordpress: another WordPress than Debian 12's (newerWordPress(suite));
 *   themes: more themes, by name, from their folders; theme: the one the site uses; multisite: the site
 *   made the first of a network (subfolders; its other sites are for wp.php(), since a network's
 *   address cannot have a port)
 * @returns {Promise<{ origin: string, users: {admin: {login: string, password: string}, author: {login: string, password: string}},
 *   php: (code: string) => Promise<string>, login: (page: import('playwright-core').Page, who: 'admin'|'author') => Promise<void>,
 *   serverLog: () => string, cliLog: () => string, dbLog: () => string, startupMs: number, stop: () => Promise<void> }>}
 */
export async function startWordPress({ pluginDir, locale = '', wordpress = { root: WP_ROOT, theme: THEME }, themes = {}, theme = wordpress.theme, multisite = false }) {
  const root = wordpress.root;
  const started = Date.now();
  const pluginMain = path.join(path.resolve(pluginDir ?? ''), 'cst-widgets.php');
  if (!pluginDir || !fs.existsSync(pluginMain)) throw new Error(`startWordPress: plugin main file not found: ${pluginMain}`);
  reapStale();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), TMP_PREFIX));
  const content = path.join(tmp, 'wp-content'), sock = path.join(tmp, 'mysqld.sock'), datadir = path.join(tmp, 'db');
  const port = await freePort(), origin = `http://${HOST}:${port}`;
  const users = { admin: { login: 'admin', password: `admin-${secret()}` }, author: { login: 'author', password: `author-${secret()}` } };
  const procs = [], env = { CST_WP_HARNESS_CONFIG: `${tmp}/wp-config.php` };
  const saveOwner = () => fs.writeFileSync(`${tmp}/owner.json`, JSON.stringify({ node: process.pid, pids: procs.map((p) => p.pid) }));
  saveOwner(); // lets a later run reap our daemons if this process dies without stop() or an 'exit' event (SIGKILL)
  const removeFiles = () => { // the shared host config goes with the last live instance
    process.removeListener('exit', onExit);
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    if (!harnessDirs().length) fs.rmSync(CONFIG_FILE, { force: true });
  };
  const onExit = () => { for (const p of procs) p.signal('SIGKILL'); removeFiles(); }; // test process died without stop()
  process.on('exit', onExit);
  const stop = async () => { for (const p of [...procs].reverse()) await p.stop(); removeFiles(); };
  let cliLog = '', snippets = 0;

  /** Runs PHP code with WordPress loaded, as a request to our host would; `pre` runs before wp-load.php. */
  const runWp = async (code, pre = '') => {
    const file = `${tmp}/snippet-${++snippets}.php`;
    fs.writeFileSync(file, `<?php $_SERVER['HTTP_HOST'] = '${HOST}:${port}'; $_SERVER['SERVER_NAME'] = '${HOST}'; $_SERVER['SERVER_PORT'] = '${port}';
$_SERVER['REQUEST_URI'] = '/'; $_SERVER['REQUEST_METHOD'] = 'GET'; $_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1'; ${pre}
require '${root}/wp-load.php';\n${code}`);
    const r = await run('php', ['-d', 'log_errors=On', file], env);
    fs.rmSync(file, { force: true });
    cliLog += r.stderr;
    if (r.code !== 0) throw new Error(`PHP (exit ${r.code}) failed:\n--- code ---\n${code}\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
    return r.stdout;
  };

  try {
    // wp-content: the WordPress's own themes (Debian 12's, or the newer WordPress's) and the test's, Debian 12's
    // languages (symlinks), our plugin (symlink), an mu-plugin, writable uploads.
    for (const d of ['plugins', 'mu-plugins', 'uploads', 'themes']) fs.mkdirSync(path.join(content, d), { recursive: true });
    const ownThemes = root === WP_ROOT ? pickDir('themes') : path.join(root, 'wp-content/themes');
    for (const name of fs.readdirSync(ownThemes).filter((n) => fs.statSync(path.join(ownThemes, n)).isDirectory())) themes = { [name]: path.join(ownThemes, name), ...themes };
    for (const [name, dir] of Object.entries(themes)) fs.symlinkSync(path.resolve(dir), path.join(content, 'themes', name));
    fs.symlinkSync(pickDir('languages'), path.join(content, 'languages'));
    fs.symlinkSync(path.dirname(pluginMain), path.join(content, 'plugins', 'cst-widgets'));
    if (locale && !fs.existsSync(path.join(content, 'languages', `${locale}.mo`))) {
      throw new Error(`No WordPress translation '${locale}.mo' in ${pickDir('languages')} (apt-get install wordpress-l10n)`);
    }
    fs.writeFileSync(path.join(content, 'mu-plugins', 'cst-test-harness.php'), `<?php // cst-widgets test harness tweaks
// Offline site: external HTTP (update checks, translations API...) gets an instant 503 instead of timeouts and
// "could not establish a secure connection" PHP Warnings. Loopback requests and tests' own pre_http_request mocks win.
add_filter('pre_http_request', function ($pre, $args, $url) {
  if (false !== $pre || in_array(parse_url($url, PHP_URL_HOST), ['127.0.0.1', 'localhost'], true)) return $pre;
  return ['headers' => [], 'body' => '', 'response' => ['code' => 503, 'message' => 'Offline (test harness)'], 'cookies' => [], 'filename' => null];
}, PHP_INT_MAX, 3);
// WordPress 6.1 bug on PHP >= 8.1: every wp-login.php view calls wp_authenticate(null, null), which shows and logs
// "Deprecated: preg_replace(): Passing null..." (formatting.php:5421) and "trim(): Passing null..." (pluggable.php:598).
add_action('wp_authenticate', function (&$login, &$password) { $login ??= ''; $password ??= ''; }, 0, 2);\n`);

    // Instance config, and the shared Debian host config that dispatches to it.
    const dbPassword = secret();
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    const defines = {
      DB_NAME: 'wordpress', DB_USER: 'wp', DB_PASSWORD: dbPassword, DB_HOST: `localhost:${sock}`, WP_HOME: origin, WP_SITEURL: origin,
      WP_CONTENT_DIR: content, WP_CONTENT_URL: `${origin}/wp-content`, WP_DEBUG: true, WP_DEBUG_LOG: false,
      WP_DISABLE_FATAL_ERROR_HANDLER: true, // show/log the real fatal, not "There has been a critical error"
      DISABLE_WP_CRON: true, AUTOMATIC_UPDATER_DISABLED: true, WP_HTTP_BLOCK_EXTERNAL: true,
      ...Object.fromEntries(salts.map((k) => [k, secret()])),
    };
    fs.writeFileSync(env.CST_WP_HARNESS_CONFIG, `<?php // cst-widgets WordPress test harness instance ${origin}\n${Object.entries(defines)
      .map(([k, v]) => `define('${k}', ${typeof v === 'boolean' ? v : q(v)});`).join('\n')}
// Notices are shown in pages and logged to stderr (php -d log_errors=On), i.e. serverLog(). For CLI
// (install, wp.php) they only go to stderr = cliLog(), so a snippet's stdout stays clean.
define('WP_DEBUG_DISPLAY', PHP_SAPI !== 'cli');\n`);
    fs.mkdirSync(path.dirname(CONFIG_FILE), { recursive: true });
    fs.writeFileSync(CONFIG_FILE, `<?php // Written by cst-widgets test/e2e/wordpress-harness.mjs; deleted when its last instance stops.
$cst_wp_harness_config = getenv('CST_WP_HARNESS_CONFIG');
if (!$cst_wp_harness_config || !is_file($cst_wp_harness_config)) { header('HTTP/1.0 500 Internal Server Error'); die("No harness config '$cst_wp_harness_config'\\n"); }
require $cst_wp_harness_config;\n`);

    // Router for php -S. Like Debian's Apache alias, /wp-content/* comes from our WP_CONTENT_DIR; all else
    // falls through to the built-in server (paths that aren't files -> /index.php, so pretty permalinks work).
    fs.writeFileSync(`${tmp}/router.php`, `<?php
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (strncmp($path, '/wp-content/', 12) !== 0) return false;
$file = realpath(${q(content)} . substr($path, 11));
if ($file === false || !is_file($file)) { http_response_code(404); echo 'Not found'; return true; }
$ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
if ($ext === 'php') { chdir(dirname($file)); require $file; return true; }
$types = ['css' => 'text/css', 'js' => 'text/javascript', 'mjs' => 'text/javascript', 'json' => 'application/json', 'map' => 'application/json',
  'svg' => 'image/svg+xml', 'png' => 'image/png', 'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'gif' => 'image/gif', 'webp' => 'image/webp',
  'ico' => 'image/x-icon', 'woff' => 'font/woff', 'woff2' => 'font/woff2', 'ttf' => 'font/ttf', 'html' => 'text/html', 'txt' => 'text/plain'];
header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream')); header('Content-Length: ' . filesize($file));
readfile($file); return true;\n`);

    // MariaDB: fresh datadir, unix socket only (no port clash with any other mysqld); init file creates DB + user.
    const dbArgs = ['--no-defaults', `--datadir=${datadir}`, ...(process.getuid?.() === 0 ? ['--user=root'] : []), '--skip-name-resolve',
      '--innodb-buffer-pool-size=32M', '--innodb-log-file-size=8M', '--innodb-flush-log-at-trx-commit=0', '--innodb-doublewrite=0'];
    const installDb = await run(which('mariadb-install-db', 'mysql_install_db'), [...dbArgs, '--auth-root-authentication-method=normal', '--skip-test-db']);
    if (installDb.code !== 0) throw new Error(`mariadb-install-db failed (${installDb.code}):\n${installDb.stdout}${installDb.stderr}`);
    fs.writeFileSync(`${tmp}/init.sql`, `CREATE DATABASE wordpress;\nCREATE USER 'wp'@'localhost' IDENTIFIED BY '${dbPassword}';\nGRANT ALL ON wordpress.* TO 'wp'@'localhost';\n`);
    const db = launch(which('mariadbd', 'mysqld'), [...dbArgs, `--socket=${sock}`, `--pid-file=${tmp}/mysqld.pid`, `--tmpdir=${tmp}`,
      '--skip-networking', `--init-file=${tmp}/init.sql`]);
    procs.push(db); saveOwner();
    await waitFor(() => /ready for connections/.test(db.log()), db, 'MariaDB');

    // Install WordPress. (WP_INSTALLING: plugins not loaded; the pluggable "new site" e-mail is stubbed out.)
    await runWp(`require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter('pre_http_request', fn() => new WP_Error('harness', 'offline')); // skip wp_install's pretty-permalink HTTP probe
$r = wp_install('CST widgets test', 'admin', 'admin@example.test', true, '', wp_slash(${q(users.admin.password)}), ${q(locale)});
if (empty($r['user_id'])) { fwrite(STDERR, 'wp_install failed: ' . print_r($r, true)); exit(1); }`,
    "define('WP_INSTALLING', true); function wp_new_blog_notification() {}");
    // Configure the site in a normal (non-installing) run: language, author, theme, permalinks, plugin.
    await runWp(`require_once ABSPATH . 'wp-admin/includes/plugin.php';
update_option('WPLANG', ${q(locale)});
$id = wp_insert_user(['user_login' => 'author', 'user_pass' => ${q(users.author.password)}, 'user_email' => 'author@example.test',
  'display_name' => 'Test Author', 'role' => 'author']);
if (is_wp_error($id)) { fwrite(STDERR, 'author: ' . $id->get_error_message()); exit(1); }
if (get_stylesheet() !== '${theme}') switch_theme('${theme}');
update_option('permalink_structure', '/%postname%/'); // so /wp-json/... works; /?p=ID redirects to the pretty URL
flush_rewrite_rules(false);
$r = activate_plugin('cst-widgets/cst-widgets.php');
if (is_wp_error($r)) { fwrite(STDERR, 'activate_plugin(cst-widgets/cst-widgets.php): ' . $r->get_error_message() . "\\n" . print_r($r->get_error_data(), true)); exit(1); }`);
    if (multisite) {
      // As Tools → Network Setup does: the network's tables, this site its first, then the config's lines.
      await runWp(`require_once ABSPATH . 'wp-admin/includes/upgrade.php';
global $wpdb; foreach ($wpdb->tables('ms_global') as $table => $prefixed) $wpdb->$table = $prefixed; // as wp-admin/network.php does
install_network();
$r = populate_network(1, '${HOST}:${port}', 'admin@example.test', 'CST widgets test network', '/', false);
if (is_wp_error($r)) { fwrite(STDERR, 'populate_network: ' . $r->get_error_message()); exit(1); }`, "define('WP_INSTALLING_NETWORK', true);");
      fs.appendFileSync(env.CST_WP_HARNESS_CONFIG, `define('MULTISITE', true); define('SUBDOMAIN_INSTALL', false); define('DOMAIN_CURRENT_SITE', '${HOST}:${port}');
define('PATH_CURRENT_SITE', '/'); define('SITE_ID_CURRENT_SITE', 1); define('BLOG_ID_CURRENT_SITE', 1);\n`);
    }

    // PHP's built-in server, with a few workers so the browser's parallel requests don't queue.
    const server = launch('php', ['-d', 'log_errors=On', '-S', `${HOST}:${port}`, '-t', root, `${tmp}/router.php`],
      { ...env, PHP_CLI_SERVER_WORKERS: '4' });
    procs.push(server); saveOwner();
    await waitFor(() => canConnect(port), server, 'PHP built-in server');
  } catch (e) { await stop(); throw e; }

  const [db, server] = procs;
  return {
    origin, users, stop,
    startupMs: Date.now() - started,
    /** Everything the PHP server printed so far: access lines and "PHP Warning: ..." etc. lines. */
    serverLog: () => server.log(),
    /** stderr of all PHP CLI runs (install, plugin activation, wp.php): their notices land here. */
    cliLog: () => cliLog,
    dbLog: () => db.log(),
    /** Runs PHP code (a leading `<?php` is optional) with WordPress loaded; returns stdout; throws on non-zero exit. */
    php: (code) => runWp(code.replace(/^\s*<\?php\b/, '')),
    /** Logs in as `who` ('admin' | 'author') through /wp-login.php; resolves once an admin page has loaded. */
    async login(page, who) {
      const user = users[who];
      if (!user) throw new Error(`wp.login: unknown user '${who}'`);
      await page.goto(`${origin}/wp-login.php`);
      // wp-login.php empties the password field 200 ms after it loads (wp_attempt_focus): fill the
      // form until what was typed stays, then send it.
      for (let tries = 0; tries < 10; tries++) {
        await page.fill('#user_login', user.login); await page.fill('#user_pass', user.password);
        await page.waitForTimeout(250);
        if ((await page.inputValue('#user_pass')) === user.password) break;
      }
      await page.click('#wp-submit');
      await page.locator('#wpadminbar, #login_error').first().waitFor();
      if (await page.locator('#login_error').count()) {
        throw new Error(`wp.login(${who}) failed: ${(await page.locator('#login_error').innerText()).trim()}`);
      }
    },
  };
}
