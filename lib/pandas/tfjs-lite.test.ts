/**
 * The TensorFlow.js stand-in: danfojs runs on it (vitest.setup.ts puts it in place, as the site's
 * bundler does), and every danfojs path that touches tensors gives what real TensorFlow.js gives,
 * checked against the real thing (tfjs-core on its CPU backend, tfjs-data) in the same test.
 */
import * as tfc from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops";
import "@tensorflow/tfjs-backend-cpu";
import * as tfd from "@tensorflow/tfjs-data";
import { beforeAll, describe, expect, it } from "vitest";
import { publicFetch } from "../streamlit/test-support/public-fetch";
import { createPandasModule, type Danfo } from "./index";
import * as lite from "./tfjs-lite";

let dfd: Danfo;
beforeAll(async () => {
  await tfc.setBackend("cpu");
  dfd = createPandasModule((await import("danfojs")) as Danfo, publicFetch());
});

type Nested = number | Nested[];
/** Values equal up to float32 rounding (real TensorFlow.js rounds to float32, the stand-in does not). */
function expectClose(actual: unknown, expected: unknown): void {
  const a = (actual as Nested[]).flat(2) as number[];
  const e = (expected as Nested[]).flat(2) as number[];
  expect(a.length).toBe(e.length);
  a.forEach((v, i) => {
    if (Number.isNaN(e[i])) expect(v, `value ${i}`).toBeNaN();
    // Past float32's range TensorFlow.js says Infinity; float64 still holds the number.
    else if (!Number.isFinite(e[i]))
      expect(Number.isFinite(v) ? Math.sign(v) * Infinity * +(Math.abs(v) > 3.4e38) : v, `value ${i}`).toBe(e[i]);
    else
      expect(Math.abs(v - e[i]), `value ${i}: ${v} vs ${e[i]}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(e[i])));
  });
}

const rows = [
  [40.7, -74.0, 3],
  [40.75, -73.95, -2],
  [0, 2.5, 0],
  [-1.5, NaN, 7],
];
const cols = ["Lat", "Lon", "n"];

describe("danfojs runs on the stand-in", () => {
  it("is the module danfojs loaded as TensorFlow.js", () => {
    expect((dfd as unknown as { tensorflow: unknown }).tensorflow).toMatchObject({ Tensor: lite.Tensor });
    const df = new dfd.DataFrame(rows, { columns: cols });
    expect(df.tensor).toBeInstanceOf(lite.Tensor);
  });

  it("keeps float64 numbers, as pandas does (TensorFlow.js rounded them to float32)", () => {
    const df = new dfd.DataFrame([[40.7]], { columns: ["Lat"] });
    expect((df.add(0.1) as InstanceType<Danfo["DataFrame"]>).values).toEqual([[40.7 + 0.1]]);
  });
});

describe("DataFrame arithmetic and comparisons match TensorFlow.js", () => {
  const arith = ["add", "sub", "mul", "div", "pow", "mod"] as const;
  const logic = ["gt", "lt", "ge", "le", "eq", "ne"] as const;
  const tfOp = {
    add: "add",
    sub: "sub",
    mul: "mul",
    div: "div",
    pow: "pow",
    mod: "mod",
    gt: "greater",
    lt: "less",
    ge: "greaterEqual",
    le: "lessEqual",
    eq: "equal",
    ne: "notEqual",
  } as const;
  type Op = (typeof arith)[number] | (typeof logic)[number];
  const others = (): [string, unknown, (t: tfc.Tensor) => tfc.Tensor][] => [
    ["a number", 2, () => tfc.scalar(2)],
    [
      "a DataFrame",
      new dfd.DataFrame(
        rows.map((r) => r.map((v) => v * 2 + 1)),
        { columns: cols },
      ),
      () => tfc.tensor2d(rows.map((r) => r.map((v) => v * 2 + 1))),
    ],
    ["an array along axis 1", [1, 2, 3], () => tfc.tensor2d([1, 2, 3], [3, 1]).transpose()],
    ["a Series along axis 0", new dfd.Series([1, -2, 3, 4]), () => tfc.tensor2d([1, -2, 3, 4], [4, 1])],
  ];

  for (const op of [...arith, ...logic] as Op[]) {
    it(`df.${op}(...)`, () => {
      for (const [what, other, realOther] of others()) {
        const df = new dfd.DataFrame(rows, { columns: cols });
        const axis = what.includes("axis 0") ? 0 : 1;
        const got = (df[op] as (o: unknown, opts: { axis: number }) => InstanceType<Danfo["DataFrame"]>)(other, {
          axis,
        }).values;
        const realA = tfc.tensor2d(rows);
        const real = (realA[tfOp[op]] as (b: tfc.Tensor) => tfc.Tensor)(realOther(realA)).arraySync() as Nested[];
        const expected = logic.includes(op as (typeof logic)[number])
          ? real.map((r) => (r as number[]).map((v) => v === 1))
          : real;
        if (typeof (expected as unknown[][])[0][0] === "boolean") expect(got, `${op} with ${what}`).toEqual(expected);
        else expectClose(got, expected);
      }
    });
  }

  it("pctChange and diff", () => {
    const df = new dfd.DataFrame(
      [
        [1, 10],
        [2, 5],
        [4, 0],
        [3, 6],
      ],
      { columns: ["a", "b"] },
    );
    expectClose((df.pctChange(1) as InstanceType<Danfo["DataFrame"]>).values, [
      [NaN, NaN],
      [1, -0.5],
      [1, -1],
      [-0.25, -1],
    ]);
    expectClose((df.diff(1) as InstanceType<Danfo["DataFrame"]>).values, [
      [NaN, NaN],
      [1, -5],
      [2, -5],
      [-1, 6],
    ]);
  });

  it("refuses shapes that cannot be broadcast, saying which", () => {
    expect(() => lite.tensor2d([[1, 2, 3]]).add(lite.tensor1d([1, 2]))).toThrow(
      "could not be broadcast together with shapes [1,3] and [2]",
    );
  });
});

describe("Series, sampling, scalers and encoders match TensorFlow.js", () => {
  it("argMax and argMin (first on ties, NaN never wins)", () => {
    for (const values of [
      [3, 9, 1, 9],
      [NaN, 2, 5],
      [4, NaN, -1, 7],
    ]) {
      const s = new dfd.Series(values);
      expect(s.argMax(), `argMax ${values}`).toBe(tfc.tensor1d(values).argMax().arraySync());
      expect(s.argMin(), `argMin ${values}`).toBe(tfc.tensor1d(values).argMin().arraySync());
    }
  });

  it("sample(n, { seed }) picks the same rows as TensorFlow.js' shuffle", async () => {
    const index = Array.from({ length: 50 }, (_, i) => i);
    const df = new dfd.DataFrame(
      index.map((i) => [i, i * 2]),
      { columns: ["a", "b"] },
    );
    for (const [n, seed] of [
      [5, 1],
      [10, 42],
      [50, 7],
      [1, 3],
    ]) {
      const expected = await tfd.array(index).shuffle(n, String(seed)).take(n).toArray();
      const sampled = await df.sample(n, { seed });
      expect(sampled.index, `sample(${n}, seed ${seed})`).toEqual(expected);
      const series = await new dfd.Series(index).sample(n, { seed });
      expect(series.index).toEqual(expected);
    }
  });

  it("MinMaxScaler and StandardScaler", () => {
    const data = [
      [1, 10],
      [2, 20],
      [4, 0],
      [3, 60],
    ];
    const realX = tfc.tensor2d(data);
    const min = realX.min(0);
    expectClose(
      new dfd.MinMaxScaler().fit(data).transform(data),
      realX.sub(min).div(realX.max(0).sub(min)).arraySync(),
    );
    const { mean, variance } = tfc.moments(realX, 0);
    expectClose(new dfd.StandardScaler().fit(data).transform(data), realX.sub(mean).div(variance.sqrt()).arraySync());
  });

  it("LabelEncoder and OneHotEncoder", () => {
    const labels = ["b", "a", "b", "c"];
    const encoder = new dfd.LabelEncoder();
    encoder.fit(labels);
    expect(encoder.transform(labels)).toEqual([0, 1, 0, 2]);
    expect(new dfd.OneHotEncoder().fit(labels).transform(labels)).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ]);
  });
});

describe("what the stand-in leaves out", () => {
  it("names the operation and says why", () => {
    expect(lite.notInSandbox("tf.sequential").message).toBe(
      'TensorFlow.js is not loaded in Cache Lab\'s sandbox, so "tf.sequential" is not available. ' +
        "DataFrame and Series operations work without it; models and other tensor operations do not.",
    );
    expect(() => lite.tensor([[[1]]]).argMax()).toThrow('"argMax of a rank-3 tensor" is not available');
  });
});
