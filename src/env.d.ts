/** Version from package.json, set at build time. */
declare const __APP_VERSION__: string;
/** Identifies one build (the update prompt compares versions by it). */
declare const __BUILD_ID__: string;
