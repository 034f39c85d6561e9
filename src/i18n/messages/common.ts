import type { Translation } from '../dictionary.ts';

// Texts shared by every part of the product.
export const nl = {
  'app.name': 'Sluitstuk',
  'app.tagline': 'Een gesprek goed afsluiten, in zeven stappen.',
} as const;

export const en: Translation<typeof nl> = {
  'app.name': 'Sluitstuk',
  'app.tagline': 'Close a conversation well, in seven steps.',
};
