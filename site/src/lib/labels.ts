/** Chinese names for the CMS's enumeration values. */
export const schoolKind = { primary: '小学', junior_high: '初中', nine_year: '九年一贯制', other: '其他' } as const;
export const roleModelKind = { pupil: '少先队员', counselor: '辅导员', collective: '少先队集体' } as const;
export const awardLevel = { national: '全国', provincial: '省级', municipal: '市级', district: '区级', school: '校级' } as const;
export const awardCategory = {
  'outstanding-pupil': '优秀少先队员',
  'outstanding-counselor': '优秀少先队辅导员',
  'outstanding-collective': '优秀少先队集体',
  other: '其他表彰',
} as const;
export const gradeBand = { lower: '低年级', middle: '中年级', upper: '高年级', junior_high: '初中' } as const;

/** `2025-03-05` → `2025年3月5日`. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** 1234 seconds → `20:34`. */
export function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
