/** Kazakh letters (and ё) folded to the Russian letter people type when a keyboard lacks them. */
const FOLDED_LETTERS: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

/**
 * The form titles are stored and searched in: lower case, Kazakh letters folded, spaces collapsed.
 * "Әкім" and "акім", "ҚАЗАҚСТАН" and "казакстан" all match.
 */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('kk')
    .replace(/[әғқңөұүһіё]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}
