// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { clientManifestIntegration } from './src/integrations/client-manifest.ts';
import { dataStoreOnDiskIntegration } from './src/integrations/data-store-on-disk.ts';
import { devWarmUpIntegration } from './src/integrations/dev-warm-up.ts';
import { contentCacheDir } from './src/lib/content/content-dir.ts';
import { linkAliasesIntegration } from './src/integrations/link-aliases.ts';
import { missedReloadsIntegration } from './src/integrations/missed-reloads.ts';
import { rehypeHeadingLinks } from './src/integrations/rehype-heading-links.ts';
import { withoutHeadInjectWarning } from './src/integrations/rolldown-log.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { resolveSiteAddress, siteUrlIntegration } from './src/integrations/site-url.ts';

// SITE_URL and SITE_BASE, else the address of the host the build runs on, else the local preview's.
const address = resolveSiteAddress(process.env);

export default defineConfig({
  // Where the site is published (src/integrations/site-url.ts).
  site: address.site,
  base: address.base,
  trailingSlash: 'always',
  // A build from another content folder (CONTENT_DIR, src/lib/content/content-dir.ts) caches its entries apart.
  cacheDir: contentCacheDir(process.cwd()),
  integrations: [
    mdx(),
    siteUrlIntegration(address),
    linkAliasesIntegration(),
    securityHeadersIntegration(),
    clientManifestIntegration(),
    dataStoreOnDiskIntegration(),
    missedReloadsIntegration(),
    devWarmUpIntegration(),
  ],
  markdown: {
    // The remark/rehype pipeline, MDX included. Ids first, so the anchor links can point at them.
    processor: unified({ rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks] }),
    // No code blocks to colour, and Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
  },
  build: {
    format: 'directory',
    // Pages rendered while others are written: one at a time, a third of the time went waiting for
    // the disk (3,239 pages at 100 sources: route generation 13.2 s -> 10.7 s).
    concurrency: 16,
    // Every stylesheet and script is a file of its own, so the policy's only inline hashes are
    // the two that must run before first paint (src/lib/site/security-headers.ts).
    inlineStylesheets: 'never',
  },
  // Every build log but one warning Astro causes and that changes nothing (see rolldown-log.ts).
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false, rolldownOptions: { onLog: withoutHeadInjectWarning } } },
});
