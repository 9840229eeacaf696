import { describe, expect, it } from 'vitest';
import { uniqueNameSuffix, uniqueSheetName } from '../../../core/templates/names';

describe('uniqueSheetName', () => {
  it('keeps a free name', () => {
    expect(uniqueSheetName(['Лист1'], 'План продаж')).toBe('План продаж');
  });

  it('numbers a taken name from (2), skipping numbers taken too, whatever the case', () => {
    expect(uniqueSheetName(['План продаж'], 'План продаж')).toBe('План продаж (2)');
    expect(uniqueSheetName(['план продаж', 'План продаж (2)'], 'План продаж')).toBe('План продаж (3)');
  });

  it('shortens a long name so the number fits in 31 characters', () => {
    const wanted = 'KPI клиентского отдела за первый квартал';
    expect(uniqueSheetName([], wanted)).toBe('KPI клиентского отдела за первы');
    expect(uniqueSheetName(['KPI клиентского отдела за первы'], wanted)).toBe(
      'KPI клиентского отдела за п (2)',
    );
  });

  it('drops the space a shortened name would end on before the number', () => {
    // The first 27 characters (31 less " (2)") end on the space after «за».
    const wanted = 'Выполнение плана продаж за 2026 год';
    expect(wanted.slice(0, 27)).toBe('Выполнение плана продаж за ');
    expect(uniqueSheetName([], wanted)).toBe('Выполнение плана продаж за 2026');
    expect(uniqueSheetName(['Выполнение плана продаж за 2026'], wanted)).toBe(
      'Выполнение плана продаж за (2)',
    );
  });
});

describe('uniqueNameSuffix', () => {
  it('adds nothing when every name is free', () => {
    expect(uniqueNameSuffix(['plan_step'], ['decomp_margin', 'decomp_managers'])).toBe('');
  });

  it('gives the whole set one suffix as soon as any name is taken', () => {
    expect(uniqueNameSuffix(['DECOMP_MARGIN'], ['decomp_margin', 'decomp_managers'])).toBe('_2');
    expect(
      uniqueNameSuffix(['decomp_margin', 'decomp_managers_2'], ['decomp_margin', 'decomp_managers']),
    ).toBe('_3');
  });
});
