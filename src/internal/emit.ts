/**
 * Fires a widget's event: typed, bubbling, and composed, so that a page can listen on `document`
 * whatever shadow roots lie between. Returns false when a listener cancelled a cancelable one.
 */
export function emit<T>(target: EventTarget, name: string, detail: T, { cancelable = false } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable, detail }));
}
