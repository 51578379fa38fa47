// The WordPress plugin in Debian 13's WordPress, 6.8 (its editor in an iframe, as every WordPress's
// from 6.3 when every block is apiVersion 3): test/e2e/wordpress-suite.mjs.
import { newerWordPress } from './wordpress-harness.mjs';
import { wordpressSuite } from './wordpress-suite.mjs';

wordpressSuite({ wordpress: newerWordPress, results: 'test-results/wordpress-6.8' });
