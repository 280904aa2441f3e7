/** Sentence punctuation and closing quotes left off a secret's end; "!" is kept (secrets end with it). */
export function isTrailingPunctExceptBang(c: number): boolean {
  return (
    c === 46 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 63 ||
    c === 41 ||
    c === 93 ||
    c === 34 ||
    c === 39 ||
    c === 96 ||
    c === 62
  );
}
