/**
 * A place's locator map as a standalone SVG document for its social card: the same laid-out model the
 * place's page draws (src/data/maps.ts, src/lib/maps/model.ts), in the light theme's map colours, with
 * the place's marker in its corridor's shape and colour drawn large. No text: the card names the place
 * beside the map, in the card's own font.
 */
import type { MapModel } from '../maps/model.ts';
import { markerShape } from '../maps/model.ts';
import { escapeHtml } from '../text/escape.ts';
import type { CardMode } from './content.ts';
import { CARD_COLOURS } from './elements.ts';

/** A marker's radius in map units: the map is drawn about 600 px wide on a 1,200 px card. */
const MARKER_RADIUS = 24;

export function locatorMapSvg(
  model: Pick<MapModel, 'width' | 'height' | 'land' | 'tinted' | 'borders' | 'markers'>,
  mode: CardMode,
): string {
  const colour = CARD_COLOURS.mode[mode];
  const markers = model.markers.map((marker) => {
    const { tag, attrs } = markerShape(marker, MARKER_RADIUS);
    const attributes = Object.entries(attrs)
      .map(([name, value]) => `${name}="${escapeHtml(String(value))}"`)
      .join(' ');
    return `<${tag} ${attributes} fill="${colour}" stroke="${CARD_COLOURS.bg}" stroke-width="4"/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${model.height}" width="${model.width}" height="${model.height}">`,
    `<rect width="${model.width}" height="${model.height}" fill="${CARD_COLOURS.mapSea}"/>`,
    `<path d="${model.land}" fill="${CARD_COLOURS.mapLand}"/>`,
    `<path d="${model.tinted}" fill="${CARD_COLOURS.mapTint}"/>`,
    `<path d="${model.borders}" fill="none" stroke="${CARD_COLOURS.mapBorder}" stroke-width="1.5"/>`,
    ...markers,
    '</svg>',
  ].join('');
}
