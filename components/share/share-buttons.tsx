import { TOGGLE_BUTTON } from "@/components/ui/button-styles";

/** Props of {@link ShareEmbedButtons}. */
export interface ShareEmbedButtonsProps {
  open?: "share" | "embed" | null;
  /** The id of the open panel, for aria-controls. */
  panelId?: string;
  /** The id of each button, so a closing panel can give it the focus back. */
  buttonId?: (which: "share" | "embed") => string;
  onToggle?: (which: "share" | "embed") => void;
  /** Drawn before the playground has loaded: shown, but not usable yet. */
  disabled?: boolean;
}

/** The Share and Embed buttons at the end of a playground toolbar. */
export function ShareEmbedButtons({
  open = null,
  panelId,
  buttonId,
  onToggle,
  disabled = false,
}: ShareEmbedButtonsProps) {
  return (
    <>
      {(["share", "embed"] as const).map((which) => (
        <button
          key={which}
          id={buttonId?.(which)}
          type="button"
          className={TOGGLE_BUTTON}
          aria-expanded={disabled ? undefined : open === which}
          aria-controls={open === which ? panelId : undefined}
          onClick={() => onToggle?.(which)}
          disabled={disabled}
          data-testid={disabled ? undefined : which}
        >
          {which === "share" ? "Share" : "Embed"}
        </button>
      ))}
    </>
  );
}
