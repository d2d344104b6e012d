// Copies text to the clipboard where the browser allows it and says whether it worked, so the
// caller can show the text to copy by hand instead (http pages, sandboxed frames, old browsers).

/**
 * @example if (!(await copyText('…'))) showFallback('…')
 */
export async function copyText(
  text: string,
  nav: Pick<Navigator, 'clipboard'> | undefined = globalThis.navigator,
): Promise<boolean> {
  try {
    if (!nav?.clipboard?.writeText) return false;
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false; // permission refused or no user activation: the caller shows the text instead
  }
}
