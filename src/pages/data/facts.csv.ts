import type { APIRoute } from 'astro';
import { getFactRecords } from '@/data/downloads.ts';
import { factsCsv } from '@/lib/export/fact-export.ts';

/** Every fact as CSV, one row per fact; the same records as /data/facts.json. */
export const GET: APIRoute = async ({ site }) =>
  new Response(factsCsv(await getFactRecords(site)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
