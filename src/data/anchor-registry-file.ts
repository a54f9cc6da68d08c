/** The anchor registry file's name and shape, shared by the corpus check and the registry script. */

/** File name of the registry inside corpus/. */
export const REGISTRY_NAME = 'anchors.json';

/** The registry file's shape. */
export interface AnchorRegistry {
  /** What the file is, for someone who opens it. */
  readonly about: string;
  /** Registered anchors by page URL path. */
  readonly pages: Record<string, string[]>;
}
