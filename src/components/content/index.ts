/**
 * The components an MDX page may place, by the names it writes them with (`<FactCard id="…" />`): the one
 * map corridor pages hand their content. It has exactly the names whose ids the build checks
 * (`PLACING_COMPONENTS` in src/lib/content/mdx-references.ts), which the type below holds to.
 */
import type { PlacingComponent } from '@/lib/content/mdx-references.ts';
import FactCard from './FactCard.astro';
import FactChart from './FactChart.astro';
import FactValue from './FactValue.astro';

export const contentComponents = { FactCard, FactChart, FactValue } satisfies Record<PlacingComponent, unknown>;
