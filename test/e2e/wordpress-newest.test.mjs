// The WordPress plugin in the newest WordPress Debian has: its testing release's (forky: WordPress
// 7.1, its editor always in an iframe), fetched by apt-get download (test/e2e/wordpress-harness.mjs):
// test/e2e/wordpress-suite.mjs.
import { newerWordPress } from './wordpress-harness.mjs';
import { wordpressSuite } from './wordpress-suite.mjs';

wordpressSuite({ wordpress: newerWordPress('forky'), results: 'test-results/wordpress-newest' });
