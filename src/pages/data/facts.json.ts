import type { APIRoute } from 'astro';
import { getFactRecords } from '@/data/downloads.ts';
import { factsJson } from '@/lib/export/fact-export.ts';

/** Every fact as JSON, described by /data/facts.schema.json; the same records as /data/facts.csv. */
export const GET: APIRoute = async ({ site }) =>
  new Response(factsJson(await getFactRecords(site)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
