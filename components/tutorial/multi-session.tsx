import { CodeBlock } from "@/components/code/code-block";
import { loadTwinProps } from "@/components/twin/load-twin-props";
import { loadExample } from "@/lib/content/load-example";
import { MultiSessionIsland } from "@/components/islands/multi-session-island";
import { checkQuestion, type Question } from "@/lib/learning/predictions";
import { DEFAULT_SCHEDULE, sessionNames } from "@/lib/multi-session/setup";

/** Props of {@link MultiSession}. */
export interface MultiSessionProps {
  /** Example name: the path of a file under content/examples without `.ts`. */
  example: string;
  /** Heading of the playground (default: the example's title). */
  title?: string;
  /** The schedule "Run all at once" and "Step through" start with (default: A to the end, then B). */
  schedule?: string;
  /** How many sessions, 2 to 4 (default 2): A, B, C, D. */
  sessions?: number;
  /** A question asked before each "Run all at once", e.g. `{ kind: "fail", session: "B", ... }`. */
  predict?: Question;
}

/**
 * `<MultiSession example="concurrency/lost-update" schedule="A until line 8, then B, then A" />`
 * in MDX: one app's code run by several sessions of one emulated server. A server component, like
 * `<Playground>`: the example is read at build time (an unknown name fails the build).
 */
export function MultiSession({ example, title, schedule = DEFAULT_SCHEDULE, sessions, predict }: MultiSessionProps) {
  const loaded = loadExample(example);
  const names = sessionNames(sessions);
  return (
    <MultiSessionIsland
      example={loaded.name}
      title={title ?? loaded.title}
      original={loaded.source}
      sessions={names}
      schedule={schedule}
      timeLimitMs={loaded.timeLimitMs}
      staticCode={<CodeBlock code={loaded.source} lang="ts" />}
      twin={loadTwinProps(loaded.name)}
      predict={predict && checkQuestion(predict, `<MultiSession example="${example}">`)}
    />
  );
}
