import { html } from 'lit';
import { HOTLINE } from '../content/reporting.js';

/**
 * The hotline's visible text, which may wrap only between its vanity and digit forms, never inside
 * a number. The vanity number is English words, so it keeps `lang="en"` on a Spanish page. (The
 * space between the spans is static text: a Lit comment marker next to it would make Chromium drop
 * the space from the link's accessible name.)
 */
export const hotlineDisplay = () =>
  html`<span class="nowrap" lang="en">${HOTLINE.vanity}</span> <span class="nowrap">(${HOTLINE.digits})</span>`;
