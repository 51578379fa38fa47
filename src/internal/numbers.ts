import { getLocale } from '../localization.js';

/**
 * Numbers in the reader's language. Spanish uses `es-US`, as NCMEC's Spanish-speaking readers in
 * the United States (and Mexico, where most of them come from) write numbers: 27,800 and 18%, the
 * same as in English, never 27.800 or 27 800 (Spain's usage), which would read as 27.8 in the US.
 *
 * A whole number with the reader's grouping: 27,800.
 */
export const formatNumber = (n: number): string => new Intl.NumberFormat(getLocale() === 'es' ? 'es-US' : 'en-US').format(n);

/**
 * A share given in percent (18 → "18%"), with the sign against the number as US Spanish writes it:
 * browsers' own percent formats for es-US disagree (WebKit gives "18 %").
 */
export const formatPercent = (n: number): string => `${formatNumber(n)}%`;
