import {expect} from '@open-wc/testing';

// These check that the test browser offers what <plan-chart> relies on. They fail if the runner picks a
// browser that is too old, or one without full ICU (Vietnamese number formatting).
describe('test browser', () => {
  it('supports constructable stylesheets (Lit adoptedStyleSheets)', () => {
    expect('adoptedStyleSheets' in Document.prototype).to.equal(true);
    expect('replaceSync' in CSSStyleSheet.prototype).to.equal(true);
  });

  it('formats numbers the Vietnamese way', () => {
    expect(new Intl.NumberFormat('vi-VN').format(1234.5)).to.equal('1.234,5');
  });

  it('keeps Vietnamese text NFC-normalizable', () => {
    const decomposed = 'Quang Tri\u0323'; // "Quảng Trị" would be precomposed; this is the combining form of "ị"
    expect(decomposed.normalize('NFC')).to.equal('Quang Tr\u1ECB');
  });
});

describe('test environment', () => {
  it('runs in the pinned time zone (Asia/Ho_Chi_Minh, UTC+7)', () => {
    expect(['Asia/Ho_Chi_Minh', 'Asia/Saigon']).to.include(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(new Date('2025-01-01T00:00:00Z').getHours()).to.equal(7);
  });
});
