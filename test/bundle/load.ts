/** Adds a classic <script> for `src` and resolves once it ran (or rejects if it failed to load). */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Collects uncaught errors thrown while scripts run. */
export function captureErrors(): string[] {
  const errors: string[] = [];
  window.addEventListener('error', (event) => errors.push(String(event.message)));
  return errors;
}

export const BUNDLE = '/dist/cst-widgets.js';

export interface CstWidgetsGlobal {
  version: string;
  setLocale(code: string): Promise<void>;
  getLocale(): string;
}

export const api = () => (window as unknown as { CstWidgets: CstWidgetsGlobal }).CstWidgets;

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
