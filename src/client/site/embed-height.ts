/**
 * An embed (EmbedLayout.astro) tells the page that frames it how tall it is, whenever that changes
 * (a tab switched, a passage opened, a narrower frame), so the frame can take that height and need no
 * scrollbar: `{ type: 'corridors:embed-height', height }` (src/lib/site/embeds.ts; the parent's code
 * is in the README). Sent to any origin: it says nothing but a height.
 */
import { EMBED_HEIGHT_MESSAGE, type EmbedHeightMessage } from '@/lib/site/embeds.ts';

if (window.parent !== window) {
  let sent = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
}
