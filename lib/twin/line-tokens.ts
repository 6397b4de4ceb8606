/**
 * The words of one line of code, in a form shared by TypeScript and Python, so a line of an
 * example and the line of its Python twin can be compared: `st.cacheData(async function loadData(url`
 * and `def load_data(url):` both give `load_data` and `url`.
 */

// Words that say how a line is written in one language rather than what it does; they would pair
// unrelated lines (`const`, `def`) or are on nearly every line (`st`).
const STOP_WORDS = new Set([
  "const",
  "let",
  "var",
  "await",
  "async",
  "function",
  "return",
  "def",
  "new",
  "typeof",
  "as",
  "import",
  "from",
  "if",
  "else",
  "for",
  "of",
  "in",
  "try",
  "catch",
  "except",
  "exception",
  "error",
  "true",
  "false",
  "none",
  "null",
  "undefined",
  "string",
  "number",
  "boolean",
  "record",
  "st",
  "the",
  "a",
  "an",
  "to",
  "is",
  "and",
  "or",
  "it",
  "not",
  "lambda",
  "n",
]);

/** `cacheData` → `cache_data`, `readCSV` → `read_csv`, `DATA_URL` → `data_url`. */
export function toSnakeCase(word: string): string {
  return word
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/**
 * The significant words of a line: identifiers, words of comments and strings, and numbers,
 * snake-cased and lower-cased, without {@link STOP_WORDS}. A blank line has none.
 */
export function lineTokens(line: string): Set<string> {
  const words = line.match(/[A-Za-z_][A-Za-z0-9_]*|\d+[A-Za-z]*/g) ?? [];
  return new Set(words.map(toSnakeCase).filter((word) => !STOP_WORDS.has(word)));
}

/** How alike two lines' words are: shared words over all words (0 when either has none). */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
