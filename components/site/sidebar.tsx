import { ResetProgressGate } from "@/components/learning/progress-gate";
import { TutorialNav, type NavTutorial } from "./tutorial-nav";

/** The desktop sidebar: every tutorial, sticky beside the article. Hidden below the lg breakpoint. */
export function Sidebar({ tutorials, currentSlug }: { tutorials: NavTutorial[]; currentSlug?: string }) {
  return (
    <aside className="hidden pt-12 lg:block" data-testid="sidebar">
      <nav aria-label="Tutorials" className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto pb-8">
        <TutorialNav tutorials={tutorials} currentSlug={currentSlug} />
        <ResetProgressGate />
      </nav>
    </aside>
  );
}
