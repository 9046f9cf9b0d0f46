/**
 * The oEmbed document of a fact's or chart's embed (/embed/<kind>/<id>/oembed.json), shaped by
 * src/lib/site/embeds.ts: apart from ./embed.ts, as it asks for the social cards, which pages that only
 * show an Embed control need not load.
 */
import { oembedDocument, type EmbedKind } from '@/lib/site/embeds.ts';
import { cardFor } from '../cards.ts';
import { embedOf, type Embed } from './embed.ts';
import { siteUrls } from './site.ts';

/** The oEmbed document of an embed: its iframe code, and the social card its page names as the thumbnail. */
async function embedOembed(embed: Embed, site: URL | undefined) {
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

/** The oEmbed document of the embed of a fact or chart, as its file's text (`oembedPath`). */
export async function oembedFile(kind: EmbedKind, id: string, site: URL | undefined): Promise<string> {
  return JSON.stringify(await embedOembed(await embedOf(kind, id, site), site));
}
