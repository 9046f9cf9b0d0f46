/**
 * The Embed control's code, made when a reader first opens the control (`details[data-embed]`: an
 * "Embed" of its own on fact pages and charts, the "Cite or embed" of a fact card), so the pages that
 * list many facts carry none of it: the `<iframe>` of src/lib/site/embeds.ts for the embed on the site
 * the reader is on, with a button that copies it (<copy-button>, src/client/site/copy.ts). Laid out
 * as a citation's form (Citations.astro's `.citations`), beside which it sits.
 */
import { iframeCode, type EmbedKind } from '@/lib/site/embeds.ts';
import { embedPath } from '@/lib/site/links.ts';

/** What a control embeds: its `data-embed="<kind>/<id>"` and `data-title`, or, bare, the fact card it is in. */
function embedOf(details: HTMLDetailsElement): { kind: EmbedKind; id: string; title: string } | undefined {
  const [kind, id] = (details.dataset['embed'] ?? '').split('/');
  if ((kind === 'facts' || kind === 'charts') && id) return { kind, id, title: details.dataset['title'] ?? '' };
  const card = details.closest<HTMLElement>('article.fact');
  const label = card?.querySelector('.label')?.textContent?.trim();
  return card && label ? { kind: 'facts', id: card.id, title: label } : undefined;
}

export function fillEmbedCode(details: HTMLDetailsElement): void {
  const embed = embedOf(details);
  if (details.querySelector('.embed-code') || !embed) return;
  const { kind, id, title } = embed;
  const url = new URL(embedPath(import.meta.env.BASE_URL, kind, id), location.href).href;
  const list = document.createElement('dl');
  list.className = 'citations embed-code';
  const term = document.createElement('dt');
  term.textContent = 'Embed';
  const code = document.createElement('p');
  code.textContent = iframeCode({ kind, url, title });
  const copy = document.createElement('copy-button');
  copy.dataset['what'] = 'Embed code';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = 'Copy code';
  copy.append(button);
  const definition = document.createElement('dd');
  definition.append(code, copy);
  list.append(term, definition);
  details.append(list);
}
