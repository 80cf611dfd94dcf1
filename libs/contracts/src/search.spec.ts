import { foldSearchText } from './search';

describe('foldSearchText', () => {
  it('lower-cases Kazakh and Russian and folds the Kazakh letters', () => {
    expect(foldSearchText('ӘКІМДЕР МЕКТЕБІ')).toBe('акимдер мектеби');
    expect(foldSearchText('Қазақстан')).toBe(foldSearchText('казакстан'));
    expect(foldSearchText('Ұлытау, Өскемен, Үшарал, Шаңырақ, Һ, Ғ')).toBe('улытау, оскемен, ушарал, шанырак, х, г');
  });

  it('treats ё as е and collapses whitespace', () => {
    expect(foldSearchText('  Отчёт   депутата\n')).toBe('отчет депутата');
  });

  it('leaves Latin letters and digits alone apart from case', () => {
    expect(foldSearchText('AKIM-101 Open Data')).toBe('akim-101 open data');
  });
});
