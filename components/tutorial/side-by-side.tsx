import { CodeBlock } from "@/components/code/code-block";
import { loadTwinProps } from "@/components/twin/load-twin-props";
import { loadExample } from "@/lib/content/load-example";
import { SideBySideIsland } from "@/components/islands/side-by-side-island";
import { checkQuestion, type Question } from "@/lib/learning/predictions";

/** Props of {@link SideBySide}. */
export interface SideBySideProps {
  /** Example shown on the left (first on narrow screens). */
  left: string;
  /** Example shown on the right. */
  right: string;
  /** A question the left playground asks before each run (see `<Playground predict>`). */
  leftPredict?: Question;
  /** A question the right playground asks before each run. */
  rightPredict?: Question;
}

/**
 * `<SideBySide left="..." right="..." />` in MDX: two playgrounds, each with its own sandbox and
 * run count, and a "Run both" control. Unknown names fail the build, as for `<Playground>`.
 */
export function SideBySide({ left, right, leftPredict, rightPredict }: SideBySideProps) {
  const predicts = [leftPredict, rightPredict];
  const sides = [loadExample(left), loadExample(right)].map((loaded, i) => ({
    example: loaded.name,
    title: loaded.title,
    original: loaded.source,
    timeLimitMs: loaded.timeLimitMs,
    staticCode: <CodeBlock code={loaded.source} lang="ts" />,
    twin: loadTwinProps(loaded.name),
    predict: predicts[i] && checkQuestion(predicts[i], `<SideBySide> side "${loaded.name}"`),
  }));
  return <SideBySideIsland left={sides[0]} right={sides[1]} />;
}
