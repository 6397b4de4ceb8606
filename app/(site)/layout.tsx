import type { ReactNode } from "react";
import { ServiceWorkerScript } from "@/components/site/service-worker-script";
import { SiteChrome } from "@/components/site/site-chrome";

/** Every page of the site proper (landing page, tutorials) inside the site's header and footer. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteChrome>{children}</SiteChrome>
      <ServiceWorkerScript />
    </>
  );
}
