// The part of citation-js that tests/build/citations.test.ts uses (the package ships no types).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string);
    /** The items read, as CSL-JSON. */
    data: Record<string, unknown>[];
  }
}
