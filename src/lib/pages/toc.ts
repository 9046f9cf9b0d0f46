/** An entry of a page's table of contents (src/components/site/TableOfContents.astro draws them). */
export interface TocItem {
  id: string;
  text: string;
  /** 2 for a section, 3 for a subsection. */
  depth: number;
  /** Set in bold, as the source's sub-headlines are. */
  strong?: boolean;
}
