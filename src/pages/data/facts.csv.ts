import type { APIRoute } from 'astro';
import { getFactRecords } from '@/data/downloads';
import { factsCsv } from '@/lib/fact-export';

/** Every fact as CSV, one row per fact; the same records as /data/facts.json. */
export const GET: APIRoute = async ({ site }) =>
  new Response(factsCsv(await getFactRecords(site)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
