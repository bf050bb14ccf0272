// Korean furniture words.
import type { LeakWords } from './types.ts';

export default {
  labels: ['광고', '관련 기사', '관련기사', '공유', '공유하기', '댓글'],
  related: ['관련 ?기사', '많이 본 (?:뉴스|기사)', '추천 기사', '인기 기사', '함께 볼만한 뉴스'],
  leadLabels: ['관련 ?기사'],
  paywall: ['이 기사는 (?:유료 )?회원 전용'],
} satisfies LeakWords;
