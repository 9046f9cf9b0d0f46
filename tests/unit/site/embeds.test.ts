import { describe, expect, it } from 'vitest';
import {
  CARD_SIZE,
  EMBED_HEIGHT_MESSAGE,
  EMBED_INITIAL_HEIGHT,
  embedParentScript,
  iframeCode,
  isEmbedHeightMessage,
  oembedDocument,
} from '@/lib/site/embeds.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

const fact = {
  kind: 'facts' as const,
  url: 'https://corridors.example/embed/facts/rail-khorgos-trains/',
  title: 'Trains through Khorgos',
};

describe('the iframe code readers copy', () => {
  it('frames the embed at the full width of its container, with a title screen readers announce and a starting height', () => {
    const iframe = parse(iframeCode(fact)).querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe(fact.url);
    expect(iframe?.getAttribute('title')).toBe('Trains through Khorgos');
    expect(iframe?.getAttribute('style')).toContain('width: 100%');
    expect(iframe?.getAttribute('height')).toBe(String(EMBED_INITIAL_HEIGHT.facts));
  });

  it('starts a chart taller than a fact card', () => {
    expect(EMBED_INITIAL_HEIGHT.charts).toBeGreaterThan(EMBED_INITIAL_HEIGHT.facts);
    expect(
      parse(iframeCode({ ...fact, kind: 'charts' }))
        .querySelector('iframe')
        ?.getAttribute('height'),
    ).toBe(String(EMBED_INITIAL_HEIGHT.charts));
  });

  it('escapes a title that holds quotes or markup, so it cannot end the attribute', () => {
    const code = iframeCode({ ...fact, title: 'The “Golden Channel” & <b>"more"</b>' });
    expect(parse(code).querySelector('iframe')?.getAttribute('title')).toBe('The “Golden Channel” & <b>"more"</b>');
    expect(parse(code).querySelectorAll('b')).toHaveLength(0);
  });
});

describe('the height message an embed sends its parent', () => {
  it('is recognised with a positive height, and nothing else is', () => {
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, height: 412 })).toBe(true);
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, height: 0 })).toBe(false);
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, height: '412' })).toBe(false);
    expect(isEmbedHeightMessage({ type: 'resize', height: 412 })).toBe(false);
    expect(isEmbedHeightMessage('corridors:embed-height')).toBe(false);
    expect(isEmbedHeightMessage(null)).toBe(false);
  });

  it('is applied by the parent code only from the site’s origin, to the frame that sent it', () => {
    const script = embedParentScript('https://corridors.example');
    expect(script).toContain(`event.origin !== 'https://corridors.example'`);
    expect(script).toContain(`'${EMBED_HEIGHT_MESSAGE}'`);
    expect(script).toContain('frame.contentWindow === event.source');
    // It is code a page can run as it is, and the code the README gives.
    expect(() => new Function(script)).not.toThrow();
    expect(readFileSync(join(process.cwd(), 'README.md'), 'utf8')).toContain(
      `\`\`\`js\n${embedParentScript('https://corridors.example')}\n\`\`\``,
    );
  });
});

describe('the oEmbed document of an embed', () => {
  const document = oembedDocument({
    ...fact,
    providerName: 'Corridors',
    providerUrl: 'https://corridors.example/',
    card: 'https://corridors.example/cards/facts/rail-khorgos-trains.png',
  });

  it('is a rich oEmbed 1.0 response with the iframe code and its size', () => {
    expect(document).toMatchObject({ version: '1.0', type: 'rich', title: 'Trains through Khorgos' });
    expect(document.html).toBe(iframeCode(fact));
    expect(document.height).toBe(EMBED_INITIAL_HEIGHT.facts);
    expect(document.width).toBeGreaterThan(0);
  });

  it('names the site as provider and the page’s social card as thumbnail', () => {
    expect(document).toMatchObject({
      provider_name: 'Corridors',
      provider_url: 'https://corridors.example/',
      thumbnail_url: 'https://corridors.example/cards/facts/rail-khorgos-trains.png',
      thumbnail_width: CARD_SIZE.width,
      thumbnail_height: CARD_SIZE.height,
    });
    expect(CARD_SIZE).toEqual({ width: 1200, height: 630 });
  });
});
