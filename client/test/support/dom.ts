import { waitFor } from '@testing-library/react';

/** The element once it is rendered (under load a screen may take a few seconds). */
export const el = (selector: string) => waitFor(() => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`${selector} not rendered`);
  return found;
}, { timeout: 8000 });
