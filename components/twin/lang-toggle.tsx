"use client";

import { useId } from "react";
import { setCodeLang, useCodeLang, type CodeLang } from "./use-code-lang";

const OPTIONS: { value: CodeLang; label: string }[] = [
  { value: "ts", label: "TypeScript" },
  { value: "python", label: "Python" },
];

/**
 * The TypeScript | Python switch of a playground: two native radio buttons (Tab reaches the group,
 * arrow keys switch), so every playground of the site follows one remembered choice.
 */
export function LangToggle({ title }: { title: string }) {
  const name = useId();
  const lang = useCodeLang();
  return (
    <fieldset
      className="flex items-center gap-0 rounded border border-zinc-300 text-xs dark:border-zinc-600"
      data-testid="lang-toggle"
    >
      <legend className="sr-only">Code of {title} in</legend>
      {OPTIONS.map((option) => (
        <label
          key={option.value}
          className="cursor-pointer px-2 py-1 has-[:checked]:bg-zinc-800 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-500 dark:has-[:checked]:bg-zinc-200 dark:has-[:checked]:text-zinc-900"
        >
          <input
            type="radio"
            className="sr-only"
            name={name}
            value={option.value}
            checked={lang === option.value}
            onChange={() => setCodeLang(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
