/** Executable names looked up on PATH, in order, when CHROME_PATH is not set. */
export declare const CANDIDATES: readonly string[];
/** The message of the Error thrown when no browser is found. */
export declare const NOT_FOUND_MESSAGE: string;
/** Absolute path of a Chromium executable: $CHROME_PATH, else the first of CANDIDATES on $PATH. Throws if none. */
export declare function findChrome(options?: {env?: NodeJS.ProcessEnv}): string;
