// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { rehypeHeadingLinks } from './src/integrations/rehype-heading-links.ts';

export default defineConfig({
  // Where the site is published; set SITE_URL and SITE_BASE to deploy elsewhere.
  site: process.env.SITE_URL ?? 'https://corridors.example',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), pagefindIntegration()],
  markdown: {
    // The remark/rehype pipeline, MDX included. Ids first, so the anchor links can point at them.
    processor: unified({ rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks] }),
  },
  build: { format: 'directory' },
});
