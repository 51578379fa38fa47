// The WordPress plugin in Debian 12's WordPress, 6.1 (the oldest it supports): test/e2e/wordpress-suite.mjs.
import { wordpressSuite } from './wordpress-suite.mjs';

wordpressSuite({ results: 'test-results/wordpress' });
