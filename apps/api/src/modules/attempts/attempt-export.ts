import ExcelJS from 'exceljs';
import type { Bilingual, Locale } from '@bilikti/contracts';
import type { ResultRow } from './attempt-results.service';

/** Column headings of a results export, in the language asked for. */
const HEADINGS: Record<Locale, string[]> = {
  kk: [
    'Тыңдаушы',
    'Эл. пошта',
    'Өңір',
    'Лауазымы',
    'Әрекет',
    'Күйі',
    'Қалай аяқталды',
    'Басталды',
    'Аяқталды',
    'Сұрақтар',
    'Жауап берілді',
    'Балл',
    'Ең көп балл',
    'Пайыз',
    'Өтті',
  ],
  ru: [
    'Слушатель',
    'Эл. почта',
    'Регион',
    'Должность',
    'Попытка',
    'Статус',
    'Как завершена',
    'Начата',
    'Завершена',
    'Вопросов',
    'Отвечено',
    'Баллы',
    'Максимум',
    'Процент',
    'Сдано',
  ],
};

const YES_NO: Record<Locale, [string, string]> = { kk: ['иә', 'жоқ'], ru: ['да', 'нет'] };

const LABELS: Record<Locale, Record<string, string>> = {
  kk: {
    maslikhat_deputy: 'мәслихат депутаты',
    rural_akim: 'ауыл әкімі',
    other: 'басқа',
    in_progress: 'жүріп жатыр',
    pending_grading: 'бағалауды күтуде',
    graded: 'бағаланды',
    submitted: 'тыңдаушы жіберді',
    deadline: 'уақыт бітті',
  },
  ru: {
    maslikhat_deputy: 'депутат маслихата',
    rural_akim: 'аким села',
    other: 'другое',
    in_progress: 'идёт',
    pending_grading: 'ждёт оценки',
    graded: 'оценена',
    submitted: 'отправлена слушателем',
    deadline: 'время истекло',
  },
};

function cells(row: ResultRow, locale: Locale): (string | number | Date | null)[] {
  const [yes, no] = YES_NO[locale];
  return [
    row.fullName,
    row.email,
    row.region,
    row.position && LABELS[locale][row.position],
    row.number,
    LABELS[locale][row.status],
    row.closedBy && LABELS[locale][row.closedBy],
    row.startedAt,
    row.closedAt,
    row.questionCount,
    row.answered,
    row.score === null ? null : Math.round(row.score * 100) / 100,
    row.maxScore,
    row.percent,
    row.passed === null ? null : row.passed ? yes : no,
  ];
}

/** A spreadsheet program must not run a cell as a formula (CSV injection). */
function csvCell(value: string | number | Date | null): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, so spreadsheet programs read Kazakh and Russian letters right. */
export function resultsCsv(rows: ResultRow[], locale: Locale): Buffer {
  const lines = [HEADINGS[locale], ...rows.map((row) => cells(row, locale))].map((line) => line.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function resultsXlsx(rows: ResultRow[], locale: Locale, title: Bilingual): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bilikti';
  const sheet = workbook.addWorksheet(
    (title[locale] || title.ru || 'Results').slice(0, 31).replace(/[[\]*?/\\:]/g, ' '),
  );
  sheet.addRow(HEADINGS[locale]).font = { bold: true };
  for (const row of rows) sheet.addRow(cells(row, locale));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 || index === 1 ? 32 : index === 7 || index === 8 ? 20 : 14;
    if (index === 7 || index === 8) column.numFmt = 'yyyy-mm-dd hh:mm';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
