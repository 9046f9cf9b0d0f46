/**
 * The route data of a fact's permanent page, /facts/<id>/: everything the page shows, worked out, so the
 * page is markup over this one object.
 */
import { appearancesByPage } from '@/lib/content/appearances.ts';
import { citedTitle, withBasis } from '@/lib/cite/cite.ts';
import { countriesNote, factTrail, summitHref } from '@/lib/pages/fact-page.ts';
import { kindLabel } from '@/lib/text/fact-kind.ts';
import { factSentence } from '@/lib/text/format.ts';
import { corridorPath, dataPath, factsPath, sourcePath } from '@/lib/site/links.ts';
import { paragraphLinks } from '@/lib/site/paragraph-links.ts';
import { factPageLd } from '@/lib/site/structured-data-facts.ts';
import { getGraph, getSource, getFact, type Fact } from '../content.ts';
import { factPageCitations } from '../citations.ts';
import { datasetFacts, getDerivation, getQuotedPassage } from '../facts.ts';
import { factPageHref, placeHref } from '../links.ts';
import { sourceRef } from '../sources.ts';
import { embedOf } from './embed.ts';
import { siteConfig } from '@/site.config.ts';
import { siteUrls } from './site.ts';

export async function factPage(fact: Fact, site: URL | undefined) {
  const { base, siteName, siteUrl, absolute } = siteUrls(site);
  const graph = await getGraph();
  const source = await getSource(fact.source);
  const sourceTitle = citedTitle(source.data);
  const corridor = fact.corridor === undefined ? undefined : graph.corridor.get(fact.corridor);
  const quoted = await getQuotedPassage(fact);
  const derivation = await getDerivation(fact);
  const derivedInto = await Promise.all(fact.derivedInto.map((id) => getFact(id)));
  const places = fact.places.flatMap((id) => graph.place.get(id) ?? []);
  const url = absolute(factPageHref(fact));
  const trail = factTrail(base, corridor && { id: corridor.id, shortTitle: corridor.data.shortTitle });
  const downloads = { csv: dataPath(base, 'facts.csv'), json: dataPath(base, 'facts.json'), explorer: factsPath(base) };
  const [datasetFact] = await datasetFacts([fact], site);
  if (datasetFact === undefined) throw new Error(`No structured data for fact "${fact.id}"`);
  const description = withBasis(factSentence(fact), derivation !== undefined);
  const jsonLd = factPageLd({
    url,
    siteName,
    siteUrl,
    description,
    fact: datasetFact,
    source: sourceRef(source, site),
    quotation: quoted && { text: quoted.split.passage, url: absolute(quoted.href), speaker: fact.speaker },
    places: places.map((p) => ({ name: p.data.name, url: absolute(placeHref(p.id)) })),
    breadcrumb: [...trail.map((c) => ({ name: c.name, url: absolute(c.href) })), { name: fact.label, url }],
    collection: {
      name: `Every fact on ${siteName}`,
      url: absolute(downloads.explorer),
      downloads: [
        { name: 'facts.csv', url: absolute(downloads.csv), encodingFormat: 'text/csv' },
        { name: 'facts.json', url: absolute(downloads.json), encodingFormat: 'application/json' },
      ],
    },
  });
  return {
    fact,
    title: fact.label,
    description,
    mode: corridor?.data.mode ?? ('context' as const),
    jsonLd,
    trail,
    kind: kindLabel(fact.kind),
    source: {
      title: sourceTitle,
      href: sourcePath(base, source.id),
      paragraphs: paragraphLinks(base, source.id, fact.paragraphs, { spelled: true }),
    },
    /** The corridor whose story the fact belongs to, or the summit for context. */
    context: corridor
      ? { term: 'Corridor', name: corridor.data.title, href: corridorPath(base, corridor.id) }
      : { term: 'Context', name: 'The China–Central Asia Summit', href: summitHref(base) },
    places: places.map((p) => ({
      name: p.data.name,
      href: placeHref(p.id),
      where: [p.data.region, p.data.country].filter(Boolean).join(', '),
    })),
    /** Where the countries listed come from, under the sheet; none when it lists neither. */
    countriesNote: countriesNote({
      quoted: quoted !== undefined,
      places: places.length,
      countries: fact.countries.length,
    }),
    quoted,
    sourceTitle,
    derivation: derivation && {
      equation: derivation.equation,
      inputs: derivation.inputs.map((input) => ({
        href: factPageHref(input),
        label: input.label,
        figure: input.figure?.text,
        period: input.period,
      })),
    },
    derivedInto: derivedInto.map((d) => ({ href: factPageHref(d), label: d.label, figure: d.figure?.text })),
    /** Where on the site the fact is shown, page by page. */
    appearances: appearancesByPage(fact.id, graph.appearances.get(fact.id) ?? [], base, {
      corridor: (id) => graph.corridor.get(id)?.data.title,
      chart: (id) => graph.chart.get(id)?.data.title,
      home: `Home page of ${siteConfig.title}`,
    }),
    downloads,
    /** Its citation in CSL styles, its downloads and meta (src/data/citations.ts). */
    cite: await factPageCitations(fact, site),
    /** Its embed: the Embed control's code and the oEmbed document the page names. */
    embed: await embedOf('facts', fact.id, site),
  };
}

export type FactPage = Awaited<ReturnType<typeof factPage>>;
