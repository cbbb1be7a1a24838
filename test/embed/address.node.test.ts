// Which addresses embed.html takes for src= and results= (src/embed/address.ts): http(s) on an allowed origin only.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {allowedAddress} from '../../src/embed/address.js';

const BASE = 'https://portal.example.vn/plan-chart/embed.html?view=attainment';
const ALLOWED = new Set(['https://portal.example.vn', 'https://data.example.org']);

test('an http(s) address on the page’s origin or a listed one is taken, resolved against the page', () => {
  assert.equal(allowedAddress('kq.csv', BASE, ALLOWED), 'https://portal.example.vn/plan-chart/kq.csv');
  assert.equal(allowedAddress('/data/', BASE, ALLOWED), 'https://portal.example.vn/data/');
  assert.equal(allowedAddress('https://data.example.org/a.csv', BASE, ALLOWED), 'https://data.example.org/a.csv');
});

test('blob: and data: are refused, even a blob: of the page’s own origin; so are other origins and schemes', () => {
  // new URL('blob:https://portal.example.vn/…').origin is the page's own origin: the scheme decides.
  assert.equal(new URL('blob:https://portal.example.vn/0b6c').origin, 'https://portal.example.vn');
  for (const v of [
    'blob:https://portal.example.vn/0b6c5a1e-8f1c-4b1e-9d3a-5f0e6b7c8d9e',
    'data:text/csv,target_id,value',
    'https://evil.example/kq.csv',
    'http://portal.example.vn/kq.csv',
    'javascript:alert(1)',
    'ftp://portal.example.vn/kq.csv',
    'http://[::1',
  ])
    assert.equal(allowedAddress(v, BASE, ALLOWED), null, v);
});
