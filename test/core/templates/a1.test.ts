import { describe, expect, it } from 'vitest';
import {
  cellName,
  cellsOf,
  columnName,
  parseCell,
  parseRange,
  rectangles,
  sheetReference,
} from '../../../core/templates/a1';

describe('A1 addresses', () => {
  it('names columns past Z as spreadsheets do', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });

  it('reads a cell, with or without dollars, zero-based', () => {
    expect(parseCell('B5')).toEqual({ row: 4, col: 1 });
    expect(parseCell('$AA$10')).toEqual({ row: 9, col: 26 });
    expect(cellName({ row: 9, col: 26 })).toBe('AA10');
    expect(() => parseCell('5B')).toThrow();
  });

  it('reads a range and lists its cells row by row', () => {
    expect(parseRange('B5')).toEqual({ from: { row: 4, col: 1 }, to: { row: 4, col: 1 } });
    expect(cellsOf('B5:C6').map(cellName)).toEqual(['B5', 'C5', 'B6', 'C6']);
  });

  it('quotes the sheet name and doubles an apostrophe in it', () => {
    expect(sheetReference('План продаж (2)', 'B5')).toBe("'План продаж (2)'!$B$5");
    expect(sheetReference("Q1's plan", 'B5:C7')).toBe("'Q1''s plan'!$B$5:$C$7");
  });

  it('gathers cells into few rectangles', () => {
    expect(rectangles(cellsOf('B5:C7'))).toEqual(['B5:C7']);
    expect(rectangles([...cellsOf('B5:B6'), parseCell('D5'), parseCell('B9')])).toEqual([
      'B5:B6',
      'D5',
      'B9',
    ]);
    expect(rectangles([parseCell('C1'), parseCell('A1'), parseCell('B1'), parseCell('A1')])).toEqual([
      'A1:C1',
    ]);
  });
});
