/**
 * The satisfaction score a customer's answer gives, 1 to 5, or null when the
 * text is not a score on its own: a lone digit ("5", "5!"), "5/5",
 * "4 out of 5", "5 stars" / "5 star" or "★★★★★". A longer message that
 * merely contains a digit is not an answer.
 */
export function csatScore(maskedText: string): number | null {
  const t = maskedText
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s.!]+$/u, '');
  const stars = /^★{1,5}$/u.exec(t);
  if (stars) return t.length;
  const m =
    /^([1-5])$/.exec(t) ??
    /^([1-5])\s*(?:\/|out of|of)\s*5$/.exec(t) ??
    /^([1-5])\s*(?:stars?|⭐+)$/u.exec(t);
  return m ? Number(m[1]) : null;
}
