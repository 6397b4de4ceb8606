import next from "eslint-config-next";

export default [
  ...next,
  { ignores: [".next/**", "out/**", "node_modules/**", ".e2e-tmp/**", "next-env.d.ts"] },
];
