/**
 * The facts and charts an MDX page places, read from its source text: each `<FactCard id="…" />`,
 * `<FactValue id="…" />` and `<FactChart id="…" />` with its line and the section (the h2 or h3
 * above it) it stands in. The build checks every id against the content before any page renders,
 * and the content graph tells from this where on the site each fact appears.
 */
import GithubSlugger from 'github-slugger';

export const PLACING_COMPONENTS = ['FactCard', 'FactValue', 'FactChart'] as const;
export type PlacingComponent = (typeof PLACING_COMPONENTS)[number];

export interface Section {
  /** The heading's anchor, as Astro gives it (github-slugger, the same as `rehypeHeadingIds`). */
  id: string;
  text: string;
}

export interface MdxReference {
  component: PlacingComponent;
  id: string;
  /** 1-based line in the file, counting the frontmatter. */
  line: number;
  /** The section it stands in; undefined above the first heading. */
  section?: Section | undefined;
}

const HEADING = /^(#{2,3})\s+(.+?)\s*#*\s*$/;
const COMPONENT = new RegExp(`<(${PLACING_COMPONENTS.join('|')})\\b[^>]*?\\bid=(?:"([^"]*)"|'([^']*)')`, 'g');

/** Every placing component in an MDX file's text (frontmatter included, so lines match the file). */
export function mdxReferences(text: string): MdxReference[] {
  const slugger = new GithubSlugger();
  const references: MdxReference[] = [];
  let section: Section | undefined;
  let inFence = false;
  let inFrontmatter = false;
  text.split('\n').forEach((line, index) => {
    if (index === 0 && line.trim() === '---') {
      inFrontmatter = true;
      return;
    }
    if (inFrontmatter) {
      if (line.trim() === '---') inFrontmatter = false;
      return;
    }
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const heading = HEADING.exec(line);
    if (heading?.[2] !== undefined) {
      const headingText = heading[2].replace(/[*_`]/g, '');
      section = { id: slugger.slug(headingText), text: headingText };
      return;
    }
    for (const match of line.matchAll(COMPONENT)) {
      references.push({
        component: match[1] as PlacingComponent,
        id: match[2] ?? match[3] ?? '',
        line: index + 1,
        section,
      });
    }
  });
  return references;
}
