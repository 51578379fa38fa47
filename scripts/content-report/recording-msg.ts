// `@lit/localize` as the content report sees it: the real library, with `msg` telling a listener
// which message it gave and what it gave. scripts/content-report.mjs points every import of
// `@lit/localize` in src/ here; the widgets shipped to pages never see this file.
import { msg as realMsg } from '@lit/localize';

export * from '@lit/localize';

type Listener = (id: string, value: unknown) => void;
let listener: Listener | undefined;

/** Calls `heard` with the id and result of every message given until the next call. */
export function listen(heard: Listener | undefined): void {
  listener = heard;
}

export const msg: typeof realMsg = ((template: Parameters<typeof realMsg>[0], options?: Parameters<typeof realMsg>[1]) => {
  const value = realMsg(template as never, options);
  if (options?.id) listener?.(options.id, value);
  return value;
}) as typeof realMsg;
