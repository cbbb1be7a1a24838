import {test} from 'node:test';
import assert from 'node:assert/strict';
import {attainmentStatus, type StatusInput} from '../../src/data/status.js';

const floor: StatusInput = {comparator: '>=', value: 70, value_max: null, target_year: 2025, recurrence: 'once'};
const r = (value: number | null, as_of: string | null = '2025-12-31') => ({value, as_of});

test('no reported value is no_data', () => {
  assert.equal(attainmentStatus(floor, null), 'no_data');
  assert.equal(attainmentStatus(floor, r(null)), 'no_data');
});

test('a floor ("ít nhất") is met at or above the value', () => {
  assert.equal(attainmentStatus(floor, r(70)), 'met');
  assert.equal(attainmentStatus(floor, r(69.9)), 'not_met');
});

test('"trên 80%" (>) is not met at exactly 80', () => {
  const t: StatusInput = {...floor, comparator: '>', value: 80};
  assert.equal(attainmentStatus(t, r(80)), 'not_met');
  assert.equal(attainmentStatus(t, r(80.1)), 'met');
});

test('a bare figure is reached from above when higher is better, from below when lower is', () => {
  const t: StatusInput = {...floor, comparator: '=', value: 50};
  assert.equal(attainmentStatus(t, r(55)), 'met');
  assert.equal(attainmentStatus({...t, direction: 'lower_is_better'}, r(55)), 'not_met');
});

test('a range is met from its lower bound; below it is not met', () => {
  const t: StatusInput = {...floor, comparator: 'range', value: 3, value_max: 5, recurrence: 'annual'};
  assert.equal(attainmentStatus(t, r(3)), 'met');
  assert.equal(attainmentStatus(t, r(7)), 'met');
  assert.equal(attainmentStatus(t, r(2.5, '2023-12-31')), 'not_met');
});

test('a one-off target below its value before the deadline is not yet due; at the deadline, not met', () => {
  assert.equal(attainmentStatus(floor, r(40, '2023-06-30')), 'not_due');
  assert.equal(attainmentStatus(floor, r(40, '2025-06-30')), 'not_met');
  assert.equal(attainmentStatus(floor, r(40, null)), 'not_met');
});

test('milestones: one reported value can meet 2017 and be not yet due for 2020', () => {
  const m2017: StatusInput = {comparator: '=', value: 50, value_max: null, target_year: 2017, recurrence: 'once'};
  const m2020: StatusInput = {...m2017, value: 100, target_year: 2020};
  const v = r(60, '2018-12-31');
  assert.equal(attainmentStatus(m2017, v), 'met');
  assert.equal(attainmentStatus(m2020, v), 'not_due');
});

test('an annual target is due every year', () => {
  const t: StatusInput = {...floor, value: 20, recurrence: 'annual'};
  assert.equal(attainmentStatus(t, r(15, '2022-12-31')), 'not_met');
});
