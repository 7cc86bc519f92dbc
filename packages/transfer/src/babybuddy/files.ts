import { strFromU8, unzipSync } from "fflate";

// Baby Buddy's export as a person hands it over: the CSV files themselves, or a .zip of them (as an export folder is
// usually shared). Pure: the bytes in, each file's text out, so the browser reads the files before anything is sent.

/** At most this much text in all, unpacked: years of a family's entries are a few megabytes. */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** At most this many files, loose or in zips (Baby Buddy exports 14 models). */
export const MAX_FILES = 100;
/**
 * A file in a zip may unpack to at most this many times its packed size. CSV text packs 5–20 times; a zip bomb
 * packs a thousand times and more. (What a zip declares is what is unpacked: more is cut off, never allocated.)
 */
export const MAX_PACKING_RATIO = 200;

export type FileLimitCode = "tooLarge" | "tooManyFiles" | "zipBomb" | "notZip";

/** A file or zip the reader refuses, with a code and the values its message names, for an app to word it. */
export class BabyBuddyFilesError extends Error {
  constructor(
    readonly code: FileLimitCode,
    readonly values: Record<string, string>,
    message: string,
  ) {
    super(message);
    this.name = "BabyBuddyFilesError";
  }
}

const MB = (bytes: number) => String(Math.round(bytes / 1024 / 1024));
const tooLarge = () =>
  new BabyBuddyFilesError(
    "tooLarge",
    { max: MB(MAX_UNPACKED_BYTES) },
    `The files are larger than ${MB(MAX_UNPACKED_BYTES)} MB unpacked: import them a few at a time`,
  );
const tooMany = () =>
  new BabyBuddyFilesError(
    "tooManyFiles",
    { max: String(MAX_FILES) },
    `More than ${MAX_FILES} files: choose only Baby Buddy's CSV files`,
  );

const isZip = (name: string, bytes: Uint8Array) =>
  name.toLowerCase().endsWith(".zip") || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03);
/** Folders, macOS's resource forks and hidden files in a zip are not the export's. */
const isClutter = (path: string) =>
  path.endsWith("/") || path.startsWith("__MACOSX/") || (path.split("/").pop() ?? "").startsWith(".");

/**
 * Each file's text by name, from loose files and zips (a zip's files named `<zip>/<path>`), within the limits above:
 * a zip is refused on what its directory declares, before anything is unpacked.
 */
export function readBabyBuddyFiles(input: readonly { name: string; bytes: Uint8Array }[]): Record<string, string> {
  const out: Record<string, string> = {};
  let total = 0;
  let count = 0;
  const add = (name: string, bytes: Uint8Array) => {
    count += 1;
    total += bytes.length;
    if (count > MAX_FILES) throw tooMany();
    if (total > MAX_UNPACKED_BYTES) throw tooLarge();
    let unique = name;
    for (let n = 2; unique in out; n++) unique = `${name} (${n})`;
    out[unique] = strFromU8(bytes);
  };
  for (const { name, bytes } of input) {
    if (!isZip(name, bytes)) {
      add(name, bytes);
      continue;
    }
    let declared = total;
    let entries = count;
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, {
        filter: (file) => {
          if (isClutter(file.name)) return false;
          entries += 1;
          declared += file.originalSize;
          if (entries > MAX_FILES) throw tooMany();
          if (declared > MAX_UNPACKED_BYTES) throw tooLarge();
          if (file.originalSize > Math.max(file.size, 1024) * MAX_PACKING_RATIO)
            throw new BabyBuddyFilesError(
              "zipBomb",
              { file: file.name },
              `${file.name} unpacks to far more than a CSV file could: this zip is not imported`,
            );
          return true;
        },
      });
    } catch (error) {
      if (error instanceof BabyBuddyFilesError) throw error;
      throw new BabyBuddyFilesError("notZip", { file: name }, `${name} is not a zip file that can be opened`);
    }
    for (const [path, data] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      add(`${name}/${path}`, data);
  }
  return out;
}
