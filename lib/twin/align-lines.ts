import { lineTokens, similarity, toSnakeCase } from "./line-tokens";

/**
 * Pairs the lines of an example's TypeScript with the lines of its Python twin, so hovering a line
 * in one view can mark its twin in the other. It works on text, not on fixed line numbers, so it
 * keeps working while the reader edits the TypeScript.
 */

/** One line of each side that say the same thing (1-based line numbers). */
export interface LinePair {
  ts: number;
  py: number;
}

/** Two lines the caller knows belong together, found by a piece of text each contains. */
export interface LineAnchor {
  /** Text that occurs on exactly one line of the TypeScript. */
  ts: string;
  /** Text that occurs on exactly one line of the Python. */
  py: string;
}

/** Below this, two lines are not taken as twins by the ordered pass. */
const MIN_SIMILARITY = 0.25;
/** A lone line pairs with a line out of reading order only at or above this. */
const CLEAR_SIMILARITY = 0.5;

/** The 1-based number of the only line containing `text`, or null when none or several do. */
export function findOnlyLine(lines: readonly string[], text: string): number | null {
  let found: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes(text)) continue;
    if (found !== null) return null;
    found = i + 1;
  }
  return found;
}

/**
 * The twin lines of two sources. First an ordered pass (a weighted longest common subsequence over
 * line similarity) pairs lines one to one in reading order, with `anchors` found in both sources
 * forced in; then each line left alone joins the most similar line of the other side between the
 * pairs around it, so a Python decorator and its `def` both pair with the one TypeScript line that
 * does both. Pairs come sorted by TypeScript line, then Python line.
 */
export function alignLines(tsSource: string, pySource: string, anchors: readonly LineAnchor[] = []): LinePair[] {
  const tsLines = tsSource.split("\n");
  const pyLines = pySource.split("\n");
  const tsTokens = tsLines.map(lineTokens);
  const pyTokens = pyLines.map(lineTokens);
  const score = (i: number, j: number) => similarity(tsTokens[i], pyTokens[j]);

  const forced = new Map<number, number>();
  for (const anchor of anchors) {
    const ts = findOnlyLine(tsLines, anchor.ts);
    const py = findOnlyLine(pyLines, anchor.py);
    if (ts !== null && py !== null) forced.set(ts - 1, py - 1);
  }

  const ordered = orderedPairs(tsLines.length, pyLines.length, (i, j) => {
    if (forced.has(i)) return forced.get(i) === j ? 1000 : 0;
    const s = score(i, j);
    return s >= MIN_SIMILARITY ? s : 0;
  });
  const pairs = [...ordered];
  const pairedTs = new Set(ordered.map(([i]) => i));
  const pairedPy = new Set(ordered.map(([, j]) => j));
  const join = (i: number, j: number) => {
    pairs.push([i, j]);
    pairedTs.add(i);
    pairedPy.add(j);
  };
  // A Python `def name` pairs with the TypeScript lines that define that name, wherever they are.
  for (let j = 0; j < pyLines.length; j++) {
    const name = /^\s*def\s+(\w+)/.exec(pyLines[j])?.[1];
    if (!name) continue;
    tsLines.forEach((line, i) => {
      if (definedNames(line).includes(name) && !pairs.some(([a, b]) => a === i && b === j)) join(i, j);
    });
  }
  const lone = (side: 0 | 1, index: number): number | null => {
    const otherLength = side === 0 ? pyLines.length : tsLines.length;
    const at = (k: number) => (side === 0 ? score(index, k) : score(k, index));
    const [low, high] = gapAround(ordered, side, index, otherLength);
    const near = bestIn(low, high, at);
    const far = bestIn(0, otherLength - 1, at);
    // A near line wins unless a line elsewhere says the same thing much more clearly.
    if (far !== null && near === null && at(far) >= MIN_SIMILARITY) return far;
    if (far !== null && at(far) >= CLEAR_SIMILARITY && (near === null || at(far) > at(near))) return far;
    return near;
  };
  for (let i = 0; i < tsLines.length; i++) {
    if (pairedTs.has(i)) continue;
    const j = lone(0, i);
    if (j !== null && !isImport(pyLines[j])) join(i, j);
  }
  for (let j = 0; j < pyLines.length; j++) {
    if (pairedPy.has(j) || isImport(pyLines[j]) || isDecorator(pyLines[j])) continue;
    const i = lone(1, j);
    if (i !== null) join(i, j);
  }
  // A decorator belongs with the function under it: it shares that function's twins.
  for (let j = pyLines.length - 2; j >= 0; j--) {
    if (!isDecorator(pyLines[j])) continue;
    for (const [i] of pairs.filter(([, k]) => k === j + 1)) pairs.push([i, j]);
  }

  return pairs
    .map(([i, j]) => ({ ts: i + 1, py: j + 1 }))
    .sort((a, b) => a.ts - b.ts || a.py - b.py)
    .filter((pair, k, all) => k === 0 || pair.ts !== all[k - 1].ts || pair.py !== all[k - 1].py);
}

/** The twins of `line` on the other side: Python lines of a TypeScript line, or the reverse. */
export function twinLines(pairs: readonly LinePair[], from: "ts" | "py", line: number): number[] {
  const to = from === "ts" ? "py" : "ts";
  return pairs.filter((pair) => pair[from] === line).map((pair) => pair[to]);
}

const isImport = (line: string) => /^\s*(import|from)\s/.test(line);
const isDecorator = (line: string) => /^\s*@/.test(line);

// The snake-cased names a TypeScript line defines: `const loadData =` and `function loadData(`.
function definedNames(line: string): string[] {
  return [...line.matchAll(/(?:\b(?:const|let|var)\s+(\w+)\s*=|\bfunction\s+(\w+)\s*\()/g)].map((m) =>
    toSnakeCase(m[1] ?? m[2]),
  );
}

// Lines of the other side a lone line may pair with: from the pair before it to the pair after it,
// both included (a decorator sits just before the `def` that is paired).
function gapAround(
  ordered: readonly [number, number][],
  side: 0 | 1,
  index: number,
  otherLength: number,
): [number, number] {
  const other = side === 0 ? 1 : 0;
  let low = 0;
  let high = otherLength - 1;
  for (const pair of ordered) {
    if (pair[side] < index) low = Math.max(low, pair[other]);
    else if (pair[side] > index) high = Math.min(high, pair[other]);
  }
  return [low, high];
}

// The index in [low, high] with the best positive score, or null.
function bestIn(low: number, high: number, score: (index: number) => number): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (let k = low; k <= high; k++) {
    const s = score(k);
    if (s > bestScore) {
      best = k;
      bestScore = s;
    }
  }
  return best;
}

// Weighted longest common subsequence: the one-to-one pairs in order with the largest total weight.
function orderedPairs(n: number, m: number, weight: (i: number, j: number) => number): [number, number][] {
  const table = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const w = weight(i, j);
      table[i][j] = Math.max(table[i + 1][j], table[i][j + 1], w > 0 ? w + table[i + 1][j + 1] : 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const w = weight(i, j);
    if (w > 0 && table[i][j] === w + table[i + 1][j + 1]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i][j] === table[i + 1][j]) i++;
    else j++;
  }
  return pairs;
}
