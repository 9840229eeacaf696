/**
 * The prose of docs/functions.md: what the functions are and SPEC.md §1 said for users, Russian then
 * English. Lists of functions in it come from the specs, so adding a formula never leaves it stale.
 */
import { EXCEL_NAMESPACE, EXCEL_PREFIX } from '../core/excel';
import type { FormulaSpec } from '../core/spec';

const ids = (specs: readonly FormulaSpec[], shape: FormulaSpec['result']['shape']) =>
  specs
    .filter((spec) => spec.result.shape === shape)
    .map((spec) => `[${spec.id}](#${spec.id.toLowerCase()})`)
    .join(', ');

export function intro(): string {
  return `ROP Kit — формулы для руководителя отдела продаж (РОПа) и руководителя клиентского отдела: декомпозиция плана продаж, мотивация менеджеров и РОПа, KPI клиентского отдела, зарплатные вилки. Одни и те же функции, посчитанные одним и тем же ядром, работают в Excel и в Google Таблицах.

- **Excel**: надстройка добавляет функции в пространство имён \`${EXCEL_NAMESPACE}\`: \`=${EXCEL_PREFIX}ROP_BONUS(B2)\`.
- **Google Таблицы**: функции без префикса: \`=ROP_BONUS(B2)\`.
- В русской локали Excel и Таблиц аргументы разделяются точкой с запятой, а дробная часть — запятой: \`=ROP_BONUS(1,1; 50000)\`. Примеры ниже записаны в английской локали: \`=ROP_BONUS(1.1, 50000)\`.

ROP Kit is a set of formulas for heads of sales and heads of client-service departments: sales-plan decomposition, pay for managers and the head of sales, client-department KPIs, salary benchmarks. The same functions, computed by the same core, work in Excel and in Google Sheets.

- **Excel**: the add-in puts the functions in the \`KPI\` namespace: \`=KPI.ROP_BONUS(B2)\`.
- **Google Sheets**: the functions have no prefix: \`=ROP_BONUS(B2)\`.
- In a Russian-locale Excel or Sheets, arguments are separated by semicolons and decimals use a comma: \`=ROP_BONUS(1,1; 50000)\`. The examples below are written for the English locale: \`=ROP_BONUS(1.1, 50000)\`.`;
}

export function conventions(specs: readonly FormulaSpec[]): string {
  return `## Общие правила · Conventions

### Проценты — это доли · Percentages are fractions

Проценты вводятся так, как их хранит таблица: 35% — это 0,35. Конверсия и маржа должны быть в пределах (0; 1], доли оклада и ставки — в [0; 1]; значение больше 1 — ошибка \`#NUM!\` с подсказкой «введите 35% или 0,35». Выполнение плана (факт / план) может быть больше 1: 115% — это 1,15.

Percentages are entered as spreadsheets store them: 35% is 0.35. A conversion or margin must lie in (0, 1], a pay share or rate in [0, 1]; a larger value is \`#NUM!\` saying "enter 35% or 0.35". Plan fulfilment (fact / plan) may exceed 1: 115% is 1.15.

### Числа текстом · Numbers typed as text

Числа, выгруженные текстом из 1С или CRM, принимаются: пробелы (и неразрывные, и узкие) — разделители тысяч; если есть только запятая, она десятичная (\`"0,35"\`, \`"1 234,5"\`); если есть и запятая, и точка, десятичный разделитель — тот, что правее (\`"1.234,5"\` и \`"1,234.5"\` — это 1234,5); \`%\` в конце делит на 100 (\`"35%"\` — это 0,35). Другой текст, ИСТИНА/ЛОЖЬ и даты там, где ждут число, — ошибка \`#VALUE!\`.

Numbers exported as text from 1C or a CRM are accepted: spaces (no-break and thin ones too) separate thousands; with only a comma, the comma is the decimal separator (\`"0,35"\`, \`"1 234,5"\`); with both a comma and a dot, the later one is the decimal separator (\`"1.234,5"\` and \`"1,234.5"\` are 1234.5); a trailing \`%\` divides by 100 (\`"35%"\` is 0.35). Any other text, TRUE/FALSE and dates where a number is expected are \`#VALUE!\`.

### Пустые ячейки · Empty cells

Пустая ячейка и пропущенный аргумент — одно и то же. Пустой необязательный аргумент берёт значение по умолчанию. Если пуст обязательный, результат — пустая строка (\`""\`): формула над наполовину заполненной таблицей оставляет пустые строки пустыми, а не показывает ошибки. Аргумент в середине пропускают так: \`=COMMISSION_EXPLAIN(1200000, 1000000, , , "marginal")\`. Одна пустая ячейка на месте списка (порогов, ставок, весов) — тоже пустой аргумент: берутся значения по умолчанию, в Excel так же, как в Таблицах.

Некоторые старые сборки настольного Excel передают пустую ячейку как 0, а не как пустое значение. Тогда формула над пустой строкой показывает не пустую ячейку, а результат для нуля (\`=KPI.ROP_BONUS(B2)\` с пустой B2 — 0) или \`#DIV/0!\`, если ноль попал в делитель (план, средний чек); ссылка на пустую ячейку в необязательном аргументе даёт 0 вместо значения по умолчанию, а в списке — список из одного нуля (например, \`#VALUE!\` о числе коэффициентов). Чтобы взять значение по умолчанию, аргумент пропускают (\`=KPI.ROP_BONUS(B2; ; C5)\`), а не ссылаются на пустую ячейку; или обновляют Excel.

An empty cell and an omitted argument are the same. An empty optional argument takes its default. An empty required argument gives an empty result (\`""\`), so a formula over a half-filled table leaves blank rows blank instead of showing errors. An argument in the middle is skipped like this: \`=COMMISSION_EXPLAIN(1200000, 1000000, , , "marginal")\`. A single empty cell given for a list (thresholds, rates, weights) is an empty argument too: it takes the default, in Excel as in Sheets.

Some older builds of desktop Excel pass an empty cell as 0 rather than as empty. A formula over a blank row then shows the result for zero instead of a blank cell (\`=KPI.ROP_BONUS(B2)\` with B2 empty is 0), or \`#DIV/0!\` where the zero is a divisor (a plan, an average check); a reference to an empty cell in an optional argument gives 0 instead of the default, and in a list a list of one zero (e.g. \`#VALUE!\` about the number of coefficients). To take the default, leave the argument out (\`=KPI.ROP_BONUS(B2, , C5)\`) rather than point at an empty cell, or update Excel.

### Диапазоны · Ranges

- Функции с одним числом в результате: любой аргумент-значение может быть диапазоном, и результат — диапазон того же размера, поэлементно. Все диапазоны должны быть одного размера (диапазон 1×1 — это одно значение); иначе \`#VALUE!\` с именами аргументов.
- Функции со строкой в результате (${ids(specs, 'row')}): аргументы-значения могут быть столбцами одной длины N — результат из N строк.
- Функции с таблицей в результате (${ids(specs, 'table')}) принимают только отдельные значения.
- Списки — пороги, коэффициенты, ставки, веса, конверсии, оценки — не размножаются: это один список: строка, столбец или целый блок диапазона (читается по строкам — например, NPS по всей таблице оценок отдела) или массив \`{0,8; 1; 1,2}\`; пустые ячейки пропускаются.
- Ошибка в одной строке остаётся в своей ячейке, остальные строки считаются. Одна формула на весь столбец — самый быстрый путь: в Таблицах каждый вызов формулы — запрос к серверу, и одна формула на 10 000 строк заменяет 10 000 вызовов.

- Single-result functions: any value argument may be a range, and the result is a range of the same size, element by element. All ranges must have the same size (a 1×1 range is one value); otherwise \`#VALUE!\` naming the arguments.
- Row-result functions (${ids(specs, 'row')}): value arguments may be columns of the same length N, giving N rows.
- Table-result functions (${ids(specs, 'table')}) take single values only.
- Lists — thresholds, coefficients, rates, weights, conversions, scores — are never broadcast: each is one list: a row, a column or a whole block of a range (read row by row — NPS over a department's whole table of scores, say) or an array constant \`{0.8; 1; 1.2}\`; blanks are skipped.
- An error in one row stays in its cell; the other rows are computed. One formula over a whole column is the fast path: in Sheets every formula call is a server round trip, and one formula over 10 000 rows replaces 10 000 calls.

### Ошибки · Errors

| Ошибка · Error | Что значит | Meaning |
|---|---|---|
| \`#VALUE!\` | не тот тип или форма: текст вместо числа, диапазон не той формы, пустой список | wrong type or shape: text for a number, a range of the wrong shape, an empty list |
| \`#NUM!\` | вне допустимых пределов: отрицательное количество, доля больше 1, пороги не по возрастанию, результат слишком велик для таблицы | out of range: a negative count, a fraction above 1, thresholds not ascending, a result too large for a spreadsheet |
| \`#DIV/0!\` | ноль в знаменателе, все веса нулевые, нет ни одной оценки | a zero denominator, all weights zero, no scores |
| \`#N/A\` | нет данных: неизвестный регион или сегмент | no data: an unknown region or segment |

Каждое сообщение — на русском и английском: оно называет аргумент и говорит, что ожидается. Excel показывает текст сообщения только у \`#VALUE!\` и \`#N/A\`, у остальных — код ошибки. Google Таблицы показывают в ячейке \`#ERROR!\`, а код и сообщение (\`#NUM! …\`) — при наведении. Внутри результата-диапазона ошибка стоит на месте своего элемента (в Таблицах — текстом «#NUM! …»). Функции не возвращают NaN и бесконечность. Ошибки каждой функции перечислены в её описании.

Every message is in Russian and English: it names the argument and says what is expected. Excel shows the message text for \`#VALUE!\` and \`#N/A\` only, the code for the others. Google Sheets shows \`#ERROR!\` in the cell and the code with the message (\`#NUM! …\`) on hover. Inside a range result an error takes its element's place (in Sheets as the text "#NUM! …"). No function returns NaN or infinity. Each function's entry lists its errors.

### Границы ступеней · Tier boundaries

Источник говорит: «при выполнении 80% плана … ничего не начисляется», «более 120% — коэффициент 3» и «выход за 100% плана — 2%». Со всеми тремя согласуется одно прочтение: **ступень начинается выше своего порога**. Для порогов t1 < t2 < … < tn и значений c0, c1, …, cn: f ≤ t1 → c0; t1 < f ≤ t2 → c1; …; f > tn → cn. Ровно 80% — ещё нижняя ступень: \`ROP_BONUS(0.8)\` = 0, \`ROP_BONUS(0.8001)\` = 1. Сравнение допускает относительную погрешность 1e-9, поэтому 0,8, полученные как 800/1000, — это ровно 80%. Та же погрешность — у каждой границы: стаж 0,9999999999999999 года — это уже полный год, 21,000000000000004 прошедших дня из 21 — весь период, часть, равная целому с точностью до погрешности, — это целое. На n порогов нужно n + 1 значение (коэффициентов, ставок).

The seed says "at 80% of plan … nothing is paid", "above 120% — coefficient 3" and "beyond 100% of plan — 2%". One reading agrees with all three: **a tier starts above its threshold**. With thresholds t1 < t2 < … < tn and values c0, c1, …, cn: f ≤ t1 → c0; t1 < f ≤ t2 → c1; …; f > tn → cn. Exactly 80% is still the lower tier: \`ROP_BONUS(0.8)\` = 0, \`ROP_BONUS(0.8001)\` = 1. Comparisons allow a relative tolerance of 1e-9, so 0.8 computed as 800/1000 is exactly 80%. Every boundary has the same tolerance: 0.9999999999999999 years of experience is a whole year, 21.000000000000004 elapsed days of 21 are the whole period, a part equal to the whole up to that tolerance is the whole. n thresholds need n + 1 values (coefficients, rates).

| Выполнение плана · Plan fulfilment | ≤ 80% | 80–100% | 100–120% | > 120% |
|---|---|---|---|---|
| ROP_BONUS | 0 | 1 | 2 | 3 |
| SALES_COMMISSION | 0 | 1% | 2% | 2% |

### Ретро и прогрессивная шкала · Retro vs marginal commission

SALES_COMMISSION (и COMMISSION_EXPLAIN, MANAGER_PAY) считает комиссию двумя способами. План 1 000 000, выручка 1 200 000, шкала по умолчанию (до 80% — 0, 80–100% — 1%, выше 100% — 2%):

- **ретро** (\`"retro"\`, по умолчанию, как в источнике): достигнутая ставка — на всю выручку. 120% плана — ступень 2%: 2% × 1 200 000 = **24 000**.
- **прогрессивная** (\`"marginal"\`): каждая часть выручки — по ставке своей ступени. Первые 800 000 (до 80%) — 0; следующие 200 000 (80–100%) — 1%, 2 000; 200 000 сверх плана — 2%, 4 000; итого **6 000**.

Ретро сильнее мотивирует дотянуть до порога, но даёт скачок: 999 999 при плане 1 000 000 — это 1%, 9 999,99, а 1 000 001 — уже 2%, 20 000,02. В прогрессивной шкале скачков нет: каждый рубль сверх порога оплачивается по ставке своей ступени. Расшифровку по ступеням показывает COMMISSION_EXPLAIN.

SALES_COMMISSION (and COMMISSION_EXPLAIN, MANAGER_PAY) pays a commission in one of two ways. Plan 1 000 000, revenue 1 200 000, the default scheme (up to 80% — 0, 80–100% — 1%, above 100% — 2%):

- **retro** (\`"retro"\`, the default, as in the seed): the rate reached applies to all revenue. 120% of plan is the 2% tier: 2% × 1 200 000 = **24 000**.
- **marginal** (\`"marginal"\`): each band of revenue is paid at its own tier's rate. The first 800 000 (up to 80%) at 0; the next 200 000 (80–100%) at 1%, 2 000; the 200 000 above plan at 2%, 4 000; in all **6 000**.

Retro pushes harder to reach a threshold, but it jumps: 999 999 on a 1 000 000 plan is 1%, 9 999.99, while 1 000 001 is already 2%, 20 000.02. Marginal has no jumps: every ruble above a threshold is paid at its own tier's rate. COMMISSION_EXPLAIN shows the tier-by-tier breakdown.`;
}
