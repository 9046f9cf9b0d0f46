// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { linkAliasesIntegration } from './src/integrations/link-aliases.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { readLinkAliases } from './src/lib/link-aliases.ts';
import { rehypeHeadingLinks } from './src/integrations/rehype-heading-links.ts';

const base = process.env.SITE_BASE ?? '/';
/** @param {string} path */
const withBase = (path) => `${base.replace(/\/+$/, '')}${path}`;

export default defineConfig({
  // Where the site is published; set SITE_URL and SITE_BASE to deploy elsewhere.
  site: process.env.SITE_URL ?? 'https://corridors.example',
  base,
  trailingSlash: 'always',
  integrations: [mdx(), linkAliasesIntegration(), pagefindIntegration()],
  // Old page addresses keep working as redirect pages (src/content/links/aliases.yaml).
  redirects: Object.fromEntries(readLinkAliases(process.cwd()).pages.map(({ from, to }) => [from, withBase(to)])),
  markdown: {
    // The remark/rehype pipeline, MDX included. Ids first, so the anchor links can point at them.
    processor: unified({ rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks] }),
  },
  build: { format: 'directory' },
});
