// LIKE patterns from user text: % and _ in a name are matched literally (used with ESCAPE '\').
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
export const containsPattern = (s: string): string => `%${escapeLike(s)}%`;
export const prefixPattern = (s: string): string => `${escapeLike(s)}%`;
