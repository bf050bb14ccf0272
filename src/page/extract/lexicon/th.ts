// Thai furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['โฆษณา', 'อ่านเพิ่มเติม', 'ข่าวที่เกี่ยวข้อง', 'แชร์', 'ความคิดเห็น'],
  related: ['ข่าวที่เกี่ยวข้อง', 'บทความที่เกี่ยวข้อง', 'ข่าวยอดนิยม', 'อ่านเพิ่มเติม'],
  leadLabels: ['อ่านเพิ่มเติม', 'อ่านต่อ', 'อ่านข่าว'],
} satisfies LeakWords;
