/** How many sources a page of the list of sources holds (`/sources/`, then `/sources/page/2/`, …). */
export const SOURCES_PAGE_SIZE = 50;
