// Types of scripts/pack-test.mjs, for the test that shares its list.
export declare const EXPECTED_FILES: readonly string[];
