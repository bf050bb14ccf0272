import { describe, expect, it } from 'vitest';
import { chronoClock, parseClock } from '../../../src/core/time/clock-time.ts';

// The simple clock forms are read without chrono; the reading must be chrono's, form by form.
describe('parseClock: simple clock times read as chrono reads them', () => {
  const refs = [{ y: 2021, m: 3, d: 1 }, null];
  const suffixes = ['', 'a.m.', 'p.m.', 'A.M.', 'P.M.', 'am', 'pm', 'AM', 'PM'];
  it('every hour, a spread of minutes, every suffix and spacing', () => {
    let n = 0;
    for (let h = 0; h < 100; h++) {
      for (const hs of h < 10 ? [String(h), `0${h}`] : [String(h)]) {
        for (const mi of [-1, 0, 5, 30, 59, 60, 99]) {
          for (const sep of ['', ' ']) {
            for (const suf of suffixes) {
              if (sep && !suf) continue;
              const w = hs + (mi < 0 ? '' : `:${String(mi).padStart(2, '0')}`) + sep + suf;
              const ref = refs[n++ % 2]!;
              expect(parseClock(w, ref), w).toEqual(chronoClock(w, ref));
            }
          }
        }
      }
    }
  });

  it('reads the usual forms', () => {
    const ref = { y: 2021, m: 3, d: 1 };
    expect(parseClock('10 a.m.', ref)).toEqual({ length: 7, value: '2021-03-01T10:00', type: 'TIME', anchored: true });
    expect(parseClock('12:30 am', ref)?.value).toBe('2021-03-01T00:30');
    expect(parseClock('12 p.m.', ref)?.value).toBe('2021-03-01T12:00');
    expect(parseClock('9:05pm', null)?.value).toBe('XXXX-XX-XXT21:05');
    expect(parseClock('23:59', ref)?.value).toBe('2021-03-01T23:59');
  });

  it('no time where the numbers are no clock', () => {
    const ref = { y: 2021, m: 3, d: 1 };
    expect(parseClock('13 p.m.', ref)).toBeNull();
    expect(parseClock('24:00', ref)).toBeNull();
    expect(parseClock('10:60', ref)).toBeNull();
  });

  it('other forms still go to chrono', () => {
    const ref = { y: 2021, m: 3, d: 1 };
    expect(parseClock("10 o'clock", ref)?.value).toBe('2021-03-01T10:00');
    expect(parseClock('10:30:15 a.m.', ref)?.length).toBe(13);
  });
});
