/**
 * Embedding a fact or a chart on another site: the `<iframe>` code readers copy, the message the framed
 * page sends its parent with its height, the code a parent page runs to apply it, and the oEmbed
 * document beside each embed (https://oembed.com/, type `rich`). Browser-safe: the embed's own script
 * (src/client/site/embed-height.ts) reads the message's type from here.
 */
import { escapeHtml } from '@/lib/text/escape.ts';

export type EmbedKind = 'facts' | 'charts';

/**
 * The `type` of the message an embed posts to its parent window whenever its height changes:
 * `{ type: 'corridors:embed-height', height: 412 }`, the height in CSS pixels of everything the embed
 * shows, so the parent can size the iframe to it and no scrollbar is needed.
 */
export const EMBED_HEIGHT_MESSAGE = 'corridors:embed-height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  height: number;
}

/** Whether a message a window received is an embed's height (anything else is some other script's). */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message['type'] === EMBED_HEIGHT_MESSAGE &&
    typeof message['height'] === 'number' &&
    Number.isFinite(message['height']) &&
    message['height'] > 0
  );
}

/**
 * The height an iframe starts at before the embed has told its parent its own, in CSS pixels: about
 * what a fact card or a chart with its tabs takes at a phone's width, so a parent page without the
 * parent code below still shows most of it.
 */
export const EMBED_INITIAL_HEIGHT: Record<EmbedKind, number> = { facts: 420, charts: 620 };

/** The width an oEmbed document states (the iframe itself takes the width of its container). */
export const OEMBED_WIDTH = 640;

/** The size of a page's social card, which an oEmbed document names as its thumbnail. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The `<iframe>` a reader copies: the embed's absolute address, a title naming what it shows (screen
 * readers announce a frame by it), the full width of its container and a starting height. No script:
 * a page that wants the height applied runs `EMBED_PARENT_SCRIPT` once (README, 'Embedding').
 */
export function iframeCode(embed: { url: string; title: string; kind: EmbedKind }): string {
  return (
    `<iframe src="${escapeHtml(embed.url)}" title="${escapeHtml(embed.title)}" ` +
    `height="${EMBED_INITIAL_HEIGHT[embed.kind]}" style="width: 100%; border: 0" loading="lazy"></iframe>`
  );
}

/**
 * What a page that frames embeds runs once (in a script of its own, or inline where its policy
 * allows), for every embed on it: each height message from a frame of `origin` sets that frame's
 * height. The same text the README gives.
 */
export function embedParentScript(origin: string): string {
  return [
    `addEventListener('message', (event) => {`,
    `  if (event.origin !== '${origin}' || event.data?.type !== '${EMBED_HEIGHT_MESSAGE}') return;`,
    `  for (const frame of document.querySelectorAll('iframe'))`,
    `    if (frame.contentWindow === event.source) frame.style.height = \`\${event.data.height}px\`;`,
    `});`,
  ].join('\n');
}

/** An oEmbed 1.0 document of type `rich` (https://oembed.com/#section2.3). */
export interface OembedDocument {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The oEmbed document of a fact's or chart's embed; `card` is the absolute URL of its page's social card. */
export function oembedDocument(embed: {
  kind: EmbedKind;
  url: string;
  title: string;
  providerName: string;
  providerUrl: string;
  card: string;
}): OembedDocument {
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: embed.providerName,
    provider_url: embed.providerUrl,
    html: iframeCode(embed),
    width: OEMBED_WIDTH,
    height: EMBED_INITIAL_HEIGHT[embed.kind],
    thumbnail_url: embed.card,
    thumbnail_width: CARD_SIZE.width,
    thumbnail_height: CARD_SIZE.height,
  };
}
