// Types of scripts/third-party-notices.mjs, for the tests that import it.
export interface BundledPackage {
  readonly name: string;
  readonly version: string;
  readonly licence: string;
  readonly repository: string | undefined;
  readonly licenceText: string;
  /** The files under dist/ its code is in. */
  readonly outputs: readonly string[];
}

export interface BundleOutput {
  readonly output: string;
  readonly inputs: readonly string[];
}

export declare const NOTICES_FILE: string;
export declare function bundledPackages(metaDir?: string): BundledPackage[];
export declare function bundleOutputs(metaDir?: string): BundleOutput[];
export declare function holidayDataSource(): { name: string; version: string };
export declare function renderNotices(packages?: readonly BundledPackage[], outputs?: readonly BundleOutput[]): string;
