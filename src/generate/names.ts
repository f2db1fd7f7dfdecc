// Names of each kind of entity in English, Japanese and Chinese, with the aliases search should find.
import type { EntityLabel } from "./model.ts";
import type { Rng } from "./rng.ts";
import { SYLLABLES, spell, type Syllable, type Trilingual } from "./syllables.ts";

export interface EntityNames {
  name: string;
  name_ja: string;
  name_zh: string;
  aliases: string[];
}

function word(rng: Rng, min: number, max: number): Trilingual {
  const parts: Syllable[] = [];
  const count = min + rng.below(max - min + 1);
  for (let i = 0; i < count; i++) parts.push(rng.pick(SYLLABLES));
  return spell(parts);
}

type Suffix = Trilingual;
const t = (en: string, ja: string, zh: string): Suffix => ({ en, ja, zh });

const COMPANY = [
  t("Holdings", "ホールディングス", "控股"),
  t("Technologies", "テクノロジーズ", "科技"),
  t("Group", "グループ", "集团"),
  t("Labs", "ラボ", "实验室"),
  t("Capital", "キャピタル", "资本"),
  t("Networks", "ネットワークス", "网络"),
  t("Semiconductor", "半導体", "半导体"),
  t("Motors", "モーターズ", "汽车"),
];
const PRODUCT = [
  t("Cloud", "クラウド", "云"),
  t("Chip", "チップ", "芯片"),
  t("Browser", "ブラウザ", "浏览器"),
  t("Pay", "ペイ", "支付"),
  t("Phone", "フォン", "手机"),
  t("Mall", "モール", "商城"),
  t("Assistant", "アシスタント", "助手"),
];
const ORGANIZATION = [
  t("Research Institute", "研究所", "研究院"),
  t("Ministry of Industry", "産業省", "工业部"),
  t("Association", "協会", "协会"),
  t("Team", "チーム", "团队"),
  t("Commission", "委員会", "委员会"),
];
const EVENT = [
  t("restructuring", "再編", "重组"),
  t("AI pivot", "AI転換", "AI转型"),
  t("export controls", "輸出規制", "出口管制"),
  t("leadership change", "経営陣交代", "领导层变动"),
  t("IPO", "上場", "上市"),
  t("split plan", "分割計画", "拆分计划"),
];
const INVESTMENT = [
  t("AI infrastructure plan", "AIインフラ計画", "AI基础设施计划"),
  t("stake", "出資", "入股"),
  t("capital spending", "設備投資", "资本支出"),
  t("chip purchase", "チップ購入", "芯片采购"),
];
const PLACE = [t("City", "市", "市"), t("Province", "省", "省"), t("Republic", "共和国", "共和国")];

function compound(base: Trilingual, suffix: Suffix, jaSep = "", zhSep = ""): EntityNames {
  const name = `${base.en} ${suffix.en}`;
  const name_ja = `${base.ja}${jaSep}${suffix.ja}`;
  const name_zh = `${base.zh}${zhSep}${suffix.zh}`;
  return { name, name_ja, name_zh, aliases: [name, base.en, name_ja, base.ja, name_zh] };
}

export function namesFor(label: EntityLabel, rng: Rng, year: number): EntityNames {
  switch (label) {
    case "Person": {
      const given = word(rng, 2, 3);
      const family = word(rng, 2, 3);
      const name = `${given.en} ${family.en}`;
      return {
        name,
        name_ja: `${given.ja}・${family.ja}`,
        name_zh: `${given.zh}·${family.zh}`,
        aliases: [
          name,
          `${given.en.charAt(0)}. ${family.en}`,
          `${given.ja}・${family.ja}`,
          family.ja,
          `${given.zh}·${family.zh}`,
        ],
      };
    }
    case "Company":
      return compound(word(rng, 2, 3), rng.pick(COMPANY));
    case "Product":
      return compound(word(rng, 2, 3), rng.pick(PRODUCT));
    case "Model": {
      const base = word(rng, 2, 3);
      const size = `${[1, 3, 7, 14, 32, 70, 405][rng.below(7)]}B`;
      const name = `${base.en}-${size}`;
      return {
        name,
        name_ja: `${base.ja}-${size}`,
        name_zh: `${base.zh}-${size}`,
        aliases: [name, base.en, base.ja, base.zh],
      };
    }
    case "Organization":
      return compound(word(rng, 2, 3), rng.pick(ORGANIZATION));
    case "Event": {
      const base = compound(word(rng, 2, 3), rng.pick(EVENT));
      const dated = {
        name: `${base.name} ${year}`,
        name_ja: `${year}年の${base.name_ja}`,
        name_zh: `${year}年${base.name_zh}`,
      };
      return { ...dated, aliases: [dated.name, dated.name_ja, dated.name_zh, ...base.aliases] };
    }
    case "Investment":
      return compound(word(rng, 2, 3), rng.pick(INVESTMENT), "の", "");
    case "Place":
      return compound(word(rng, 2, 3), rng.pick(PLACE));
  }
}
