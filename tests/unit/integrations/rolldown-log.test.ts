import { describe, expect, it, vi } from 'vitest';
import { withoutHeadInjectWarning } from '@/integrations/rolldown-log.ts';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  id: '/site/src/content/corridors/rail.mdx?astroPropagatedAssets',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "src/content/corridors/rail.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('the build log filter', () => {
  it('drops the head-inject directive warning on a content entry’s propagated assets', () => {
    const handler = vi.fn();
    withoutHeadInjectWarning('warn', headInject, handler);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    [
      'another directive',
      { ...headInject, message: headInject.message.replace('use astro:head-inject', 'use client') },
    ],
    ['the same directive in another module', { ...headInject, id: '/site/src/components/Chart.ts' }],
    ['another warning on the same module', { ...headInject, code: 'UNUSED_EXTERNAL_IMPORT' }],
    ['a log without code or module', { message: 'built in 1.2s' }],
  ])('passes on %s', (_name, log) => {
    const handler = vi.fn();
    withoutHeadInjectWarning('warn', log, handler);
    expect(handler).toHaveBeenCalledWith('warn', log);
  });
});
