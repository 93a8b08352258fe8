// Facebook's exports write some emoji as private-use code points (U+E000-U+F8FF and the
// supplementary private-use planes); outside Facebook they show as empty boxes and mean nothing.
const PRIVATE_USE = /\s*\p{Co}+/gu;

/** The text without private-use characters (and the space before each run of them). */
export function removePrivateUse(text: string): string {
  return text.replace(PRIVATE_USE, '');
}
