/**
 * Put in place of `xlsx` (SheetJS, about 130 KB gzipped) by the bundler (next.config.js). In the
 * sandbox worker `dfd.readExcel` could read only this site's files (it has none in Excel format) and
 * `dfd.toExcel` needs a page to save a file from, so both raise this error, naming the call.
 */

function absent(operation: string): never {
  throw new Error(
    `${operation} is not available in Cache Lab's sandbox: the site has no Excel files and the sandbox cannot save files. ` +
      'Use dfd.readCSV("/data/uber-raw-data-sep14-10k.csv") to load data.',
  );
}

/** `XLSX.read`, behind `dfd.readExcel`. */
export function read(): never {
  return absent("dfd.readExcel");
}

/** `XLSX.writeFile`, behind `dfd.toExcel`. */
export function writeFile(): never {
  return absent("dfd.toExcel");
}

/** `XLSX.utils`, also only reached from readExcel and toExcel. */
export const utils = {
  /** Reached after `read`, which already refused. */
  sheet_to_json: (): never => absent("dfd.readExcel"),
  /** Behind `dfd.toExcel`. */
  aoa_to_sheet: (): never => absent("dfd.toExcel"),
  /** Behind `dfd.toExcel`. */
  book_new: (): never => absent("dfd.toExcel"),
  /** Behind `dfd.toExcel`. */
  book_append_sheet: (): never => absent("dfd.toExcel"),
};
