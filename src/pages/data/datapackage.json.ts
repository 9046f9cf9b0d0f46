import type { APIRoute } from 'astro';
import { getDataPackage } from '@/data/downloads.ts';

/** A Frictionless Data Package describing the facts table and every chart's table. */
export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(await getDataPackage(site), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
