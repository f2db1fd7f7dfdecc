// Syllables in three scripts, so one draw spells a name in English, Japanese (katakana) and Chinese (transliteration).

/** [Latin, katakana, Chinese transliteration character]. */
export type Syllable = readonly [string, string, string];

export const SYLLABLES: readonly Syllable[] = [
  ["ka", "カ", "卡"],
  ["ki", "キ", "基"],
  ["ku", "ク", "库"],
  ["ke", "ケ", "克"],
  ["ko", "コ", "科"],
  ["sa", "サ", "萨"],
  ["shi", "シ", "希"],
  ["su", "ス", "苏"],
  ["se", "セ", "塞"],
  ["so", "ソ", "索"],
  ["ta", "タ", "塔"],
  ["chi", "チ", "奇"],
  ["te", "テ", "特"],
  ["to", "ト", "托"],
  ["na", "ナ", "纳"],
  ["ni", "ニ", "尼"],
  ["nu", "ヌ", "努"],
  ["ne", "ネ", "内"],
  ["no", "ノ", "诺"],
  ["ha", "ハ", "哈"],
  ["fu", "フ", "弗"],
  ["ho", "ホ", "霍"],
  ["ma", "マ", "马"],
  ["mi", "ミ", "米"],
  ["mu", "ム", "穆"],
  ["me", "メ", "梅"],
  ["mo", "モ", "莫"],
  ["ya", "ヤ", "亚"],
  ["yu", "ユ", "尤"],
  ["yo", "ヨ", "约"],
  ["ra", "ラ", "拉"],
  ["ri", "リ", "里"],
  ["ru", "ル", "鲁"],
  ["re", "レ", "雷"],
  ["ro", "ロ", "罗"],
  ["wa", "ワ", "瓦"],
  ["ga", "ガ", "加"],
  ["gi", "ギ", "吉"],
  ["go", "ゴ", "戈"],
  ["da", "ダ", "达"],
  ["de", "デ", "德"],
  ["do", "ド", "多"],
  ["ba", "バ", "巴"],
  ["bi", "ビ", "比"],
  ["bo", "ボ", "博"],
  ["pa", "パ", "帕"],
  ["po", "ポ", "波"],
  ["zen", "ゼン", "禅"],
  ["ran", "ラン", "兰"],
  ["kan", "カン", "坎"],
];

/** A word in three scripts. */
export interface Trilingual {
  en: string;
  ja: string;
  zh: string;
}

export function spell(parts: readonly Syllable[]): Trilingual {
  const latin = parts.map((p) => p[0]).join("");
  return {
    en: latin.charAt(0).toUpperCase() + latin.slice(1),
    ja: parts.map((p) => p[1]).join(""),
    zh: parts.map((p) => p[2]).join(""),
  };
}
