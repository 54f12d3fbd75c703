/** The layout's prompts (`_How do you work with this person?..._`) count as empty. */
export function isPlaceholder(content: string): boolean {
  const t = content.trim();
  return /^_[^_\n]+_$/.test(t) || /^\*[^*\n]+\*$/.test(t);
}
