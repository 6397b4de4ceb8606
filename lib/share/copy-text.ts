/**
 * Copies text to the clipboard: the async Clipboard API first, then the old `execCommand("copy")` on a
 * selected field (the API is missing on plain-HTTP origins and can be refused in frames). Resolves to
 * whether the text was copied; when it was not, the field is left selected for Ctrl+C.
 */
export async function copyText(text: string, field?: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall through to the selection-based copy below.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  }
}
