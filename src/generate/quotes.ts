// Japanese news-style clauses for each relationship type, in the article's register, naming both ends.

type Template = (a: string, b: string) => string;

const TEMPLATES: Record<string, Template> = {
  FOUNDED: (a, b) => `${a}は${b}を創業した`,
  CO_FOUNDED: (a, b) => `${a}は${b}の共同創業者である`,
  CLOSE_AIDE_OF: (a, b) => `${a}は${b}の側近として知られる`,
  STEPPED_DOWN_FROM: (a, b) => `${a}は${b}の公職から退いた`,
  INFLUENCES: (a, b) => `${a}は今も${b}の戦略決定に強い影響力を持つ`,
  BROUGHT_BACK: (a, b) => `${a}は${b}を要職に呼び戻した`,
  APPOINTED: (a, b) => `${a}は${b}を新たな責任者に任命した`,
  LEADS_ALONGSIDE: (a, b) => `${a}と${b}は二人三脚で経営を率いる`,
  CHAIRMAN_OF: (a, b) => `${a}は${b}の董事会主席を務める`,
  CEO_OF: (a, b) => `${a}は${b}のCEOに就任した`,
  OVERSEES: (a, b) => `${a}は${b}を統括している`,
  LEADS: (a, b) => `${a}が${b}を主導した`,
  REACTED_TO: (a, b) => `${a}は${b}を受けて方針を転換した`,
  DEVELOPS: (a, b) => `${a}は${b}を開発している`,
  RELEASED: (a, b) => `${a}は${b}を発表した`,
  ADOPTED_BY: (a, b) => `${a}は${b}に採用された`,
  POWERED_BY: (a, b) => `${a}には${b}が搭載されている`,
  MANUFACTURES: (a, b) => `${a}は${b}を製造している`,
  OWNS: (a, b) => `${a}は${b}を保有する`,
  MARKETED_IN: (a, b) => `${a}は${b}市場向けに展開されている`,
  COMPETES_WITH: (a, b) => `${a}は${b}と激しく競合している`,
  AIMS_TO_SURPASS: (a, b) => `${a}は${b}超えを狙う`,
  PARTNERS_WITH: (a, b) => `${a}は${b}と提携した`,
  REGULATED_IN: (a, b) => `${a}は${b}の規制を受ける`,
  RANKS_AMONG_TOP_IN: (a, b) => `${a}は${b}で最も先進的なモデルの一つとされる`,
  BASED_IN: (a, b) => `${a}は${b}に拠点を置く`,
  PART_OF: (a, b) => `${a}は${b}の一部である`,
  INVOLVES: (a, b) => `${a}には${b}が関わっている`,
  FOLLOWED_BY: (a, b) => `${a}の後、${b}が続いた`,
  ANNOUNCED: (a, b) => `${a}は${b}を発表した`,
  IMPOSED: (a, b) => `${a}は${b}を課した`,
  RESTRICTS_EXPORT_OF: (a, b) => `${a}は${b}の輸出を制限している`,
  AFFECTS: (a, b) => `${b}は${a}の影響を受けている`,
  INVESTS: (a, b) => `${a}は${b}に資金を投じる`,
  FUNDS: (a, b) => `${a}の資金は${b}に充てられる`,
  IN: (a, b) => `${a}は${b}への出資である`,
};

/** A clause with the names in Japanese; `year` adds the article's usual 「…年、」 lead. */
export function quoteFor(type: string, fromJa: string, toJa: string, year?: number): string {
  const template = TEMPLATES[type];
  if (!template) throw new Error(`No quote template for relationship type ${type}`);
  return `${year ? `${year}年、` : ""}${template(fromJa, toJa)}`;
}
