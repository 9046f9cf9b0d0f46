/**
 * The oEmbed document of a fact's or chart's embed (/embed/<kind>/<id>/oembed.json), shaped by
 * src/lib/site/embeds.ts: apart from ./embed.ts, as it asks for the social cards, which pages that only
 * show an Embed control need not load.
 */
import { oembedDocument } from '@/lib/site/embeds.ts';
import { cardFor } from '../cards.ts';
import type { Embed } from './embed.ts';
import { siteUrls } from './site.ts';

/** The oEmbed document of an embed: its iframe code, and the social card its page names as the thumbnail. */
export async function embedOembed(embed: Embed, site: URL | undefined) {
  const { siteName, siteUrl, absolute } = siteUrls(site);
  const card = await cardFor(embed.page);
  return oembedDocument({
    kind: embed.kind,
    url: embed.url,
    title: embed.title,
    providerName: siteName,
    providerUrl: siteUrl,
    card: absolute(card.path),
  });
}
