import { expect } from '@open-wc/testing';
import '../src/index.js';

/** Counts the frames painted until `done` resolves. */
async function framesUntil(done: Promise<unknown>): Promise<number> {
  let frames = 0;
  let counting = true;
  const count = () => {
    frames++;
    if (counting) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  await done;
  counting = false;
  return frames;
}

type Widget = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };
const make = (tag: string) => document.createElement(tag) as Widget;

describe('render turns', () => {
  it('go only to widgets in the page: 60 added and taken out before their turn delay nothing', async () => {
    for (let i = 0; i < 60; i++) {
      const gone = make(i % 2 ? 'cst-do-dont' : 'cst-red-flags');
      document.body.append(gone);
      gone.remove();
    }
    const banner = make('cst-hotline-banner');
    document.body.append(banner);
    try {
      // Its own turn is the next one: one frame or two, never sixty.
      expect(await framesUntil(banner.updateComplete)).to.be.at.most(3);
    } finally {
      banner.remove();
    }
  });

  it('a widget taken out before its turn gets one when it is put back', async () => {
    const el = make('cst-do-dont');
    document.body.append(el);
    el.remove();
    // Time for a turn to come and go (a frame, then a task: see nextTurn): nothing to wait for, as none may come.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    expect(el.hasUpdated).to.equal(false);
    document.body.append(el);
    try {
      expect(await framesUntil(el.updateComplete)).to.be.at.most(3);
      expect(el.hasAttribute('rendered')).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('the quick exit renders in the task that adds it, ahead of every widget waiting for a turn', async () => {
    const order: string[] = [];
    const watcher = new MutationObserver((records) => {
      for (const r of records) if ((r.target as Element).hasAttribute('rendered')) order.push((r.target as Element).localName);
    });
    watcher.observe(document.body, { attributes: true, attributeFilter: ['rendered'], subtree: true });
    const waiting = Array.from({ length: 8 }, () => make('cst-red-flags'));
    document.body.append(...waiting);
    const exit = make('cst-quick-exit');
    document.body.append(exit);
    try {
      // Rendered in this task's microtasks: before any timer runs.
      await Promise.resolve();
      await exit.updateComplete;
      expect(exit.hasAttribute('rendered')).to.equal(true);
      expect(exit.shadowRoot!.querySelector('[part~="link"]')).to.not.equal(null);
      await new Promise((resolve) => setTimeout(resolve));
      watcher.takeRecords().forEach((r) => (r.target as Element).hasAttribute('rendered') && order.push((r.target as Element).localName));
      expect(order[0]).to.equal('cst-quick-exit');
    } finally {
      watcher.disconnect();
      exit.remove();
      for (const w of waiting) w.remove();
    }
  });
});
