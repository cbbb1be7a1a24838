// A page's own results name a unit as the widget reads it: slug, unit_id or 2025 code.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkDataset} from '../../src/data/validate.js';
import {readResultsSync} from '../../src/data/results-input.js';
import {readCheckInput} from '../../scripts/lib/read-data.js';

const ds = checkDataset(readCheckInput()).dataset;

test('a result row by unit and indicator finds the former Quảng Trị\'s latest target under "quang-tri" and "44"', () => {
  for (const unit of ['quang-tri', '44', '45']) {
    const {rows, issues} = readResultsSync(
      `unit_id,indicator_id,value,as_of\r\n${unit},communication.commune_coverage,72,2025-12-31\r\n`,
      ds!,
      {file: 'page.csv', today: '2026-11-30'},
    );
    assert.deepEqual(issues, []);
    const [r] = rows;
    assert.equal(r.target_id, 'quang-tri-2022-2025:communication.commune_coverage', unit);
    assert.equal(r.unit_id, '45');
  }
});
