import Link from "next/link";
import { STREAMLIT_VERSION } from "@/lib/streamlit/version";

/** The footer: what the site is, which Streamlit it copies, and where the example data comes from. */
export function SiteFooter() {
  return (
    <footer className="border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto max-w-7xl space-y-2 px-4 py-8 text-sm text-zinc-600 sm:px-6 lg:px-8 dark:text-zinc-400">
        <p>
          <strong className="font-semibold text-zinc-800 dark:text-zinc-200">Data:</strong> the Uber pickups in New York
          City, September 2014 (first 10,000 rows, the same slice as Streamlit&apos;s Uber demo), from NYC Taxi &amp;
          Limousine Commission trip records obtained by FiveThirtyEight through a freedom-of-information (FOIL) request
          and published in the{" "}
          <a
            className="font-medium text-rose-700 underline underline-offset-2 dark:text-rose-300"
            href="https://github.com/fivethirtyeight/uber-tlc-foil-response"
          >
            fivethirtyeight/uber-tlc-foil-response
          </a>{" "}
          repository.
        </p>
        <p>
          Cache Lab runs a TypeScript emulation of{" "}
          <span data-testid="streamlit-version">Streamlit {STREAMLIT_VERSION}</span> in your browser (see{" "}
          <Link
            className="font-medium text-rose-700 underline underline-offset-2 dark:text-rose-300"
            href="/tutorials/differences-from-streamlit"
          >
            where it differs
          </Link>
          ). It is an independent teaching project, not affiliated with Streamlit or Snowflake.
        </p>
      </div>
    </footer>
  );
}
