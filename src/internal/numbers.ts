/**
 * Numbers in the reader's language. NCMEC's figures are whole numbers, and English (`en-US`) and
 * the Spanish of NCMEC's readers in the United States (`es-US`) write them alike: 27,800 and 18%,
 * never 27.800 or 27 800 (Spain's usage), which would read as 27.8 in the US. So they are written
 * the same way in both, by one rule, with no `Intl.NumberFormat` built at render time (building one
 * cost tens of milliseconds a call at 4x CPU throttling, issue #42) and none a host page could break
 * (a page whose `Intl.NumberFormat` throws, issue #40). The test checks the rule against
 * `Intl.NumberFormat` in both locales for every figure.
 *
 * A whole number with a comma between groups of three digits: 27,800.
 */
export const formatNumber = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * A share given in percent (18 → "18%"), with the sign against the number as US Spanish writes it:
 * browsers' own percent formats for es-US disagree (WebKit gives "18 %").
 */
export const formatPercent = (n: number): string => `${formatNumber(n)}%`;
