/**
 * Types of the part of the `hyphen` package (ytiurin/hyphen, ISC; UMD/CommonJS without its own
 * types) that src/export/pdf-hyphenate.ts uses: the Finnish patterns with the sync hyphenator.
 */
declare module 'hyphen/fi' {
  interface HyphenOptions {
    /** Inserted at each hyphenation point; U+00AD by default. */
    readonly hyphenChar?: string;
    /** Shorter words are left alone; 5 by default. */
    readonly minWordLength?: number;
  }
  const fi: {
    hyphenateSync(text: string, options?: HyphenOptions): string;
  };
  export default fi;
}
