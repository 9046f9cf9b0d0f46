import type { APIRoute } from 'astro';
import { dataUrl } from '@/data/downloads.ts';
import { factsJsonSchema } from '@/lib/export/fact-export.ts';

/** The JSON Schema of /data/facts.json, generated from the zod schema the build checks every record against. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(factsJsonSchema(dataUrl(site, 'facts.schema.json')), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
