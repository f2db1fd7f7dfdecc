// Investments as first-class :Investment:Entity nodes.
// (investor)-[:INVESTS]->(:Investment)-[:FUNDS]->(what the money goes into)
// (investor)-[:INVESTS]->(:Investment)-[:IN]->(company it buys a stake in)
// amount is in `currency` (ISO 4217), amount_jpy is the article's own yen conversion, amount_text_ja its wording.

// ================================================================ Alibaba: 380 billion yuan for AI infrastructure
MERGE (n:Entity {id: 'alibaba-ai-infrastructure-plan'})
SET n:Investment, n += {
  name: 'Alibaba AI infrastructure plan (CNY 380 billion)', name_ja: 'AIインフラ投資計画', name_zh: '3800亿元AI基础设施投资计划',
  aliases: ['Alibaba 380 billion yuan AI plan', 'AIインフラ投資計画', '3800億元'],
  description: 'Alibaba\'s announced plan to put 380 billion yuan into AI infrastructure over three years, by 2025 per the article, more than all its related investment of the past decade.',
  amount: 380000000000, currency: 'CNY', amount_jpy: 7800000000000,
  amount_text_ja: '3800億元(約7.8兆円)',
  period: '3 years', period_years: 3, by_year: 2025,
  purpose: 'AI infrastructure',
  status: 'announced',
  comparison: 'larger than all of Alibaba\'s related investment over the previous 10 years'
};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'alibaba-ai-infrastructure-plan'})
MERGE (a)-[r:INVESTS]->(b)
SET r = {quote: '今後3年間で3800億元(約7.8兆円)をAI基盤に投資し、事業構造を再構築', quote_en: 'will invest 380 billion yuan (about 7.8 trillion yen) in AI infrastructure over the next 3 years and rebuild its business structure', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'alibaba-ai-infrastructure-plan'})
MERGE (a)-[r:ANNOUNCED]->(b)
SET r = {by_year: 2025, when: '../2025', when_text: '2025年までに', quote: '2025年までに総額3800億元(約7.8兆円)を投じると発表したAIインフラ投資計画', quote_en: 'the AI infrastructure investment plan, announced as totalling 380 billion yuan (about 7.8 trillion yen) by 2025', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-ai-infrastructure-plan'}), (b:Entity {id: 'alibaba-ai-infrastructure'})
MERGE (a)-[r:FUNDS]->(b)
SET r = {quote: '3800億元(約7.8兆円)をAI基盤に投資し', quote_en: 'invests 380 billion yuan (about 7.8 trillion yen) in AI infrastructure', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-ai-infrastructure-plan'}), (b:Entity {id: 'alibaba-ai-transformation'})
MERGE (a)-[r:PART_OF]->(b)
SET r = {when: '../2025', when_text: '2025年までに', quote: 'その象徴が、2025年までに総額3800億元(約7.8兆円)を投じると発表したAIインフラ投資計画だ', quote_en: 'the symbol of this is the AI infrastructure investment plan, announced as totalling 380 billion yuan (about 7.8 trillion yen) by 2025', source: 'alibaba-ai-pivot'};

// ================================================================ Alibaba: capital spending under Eddie Wu
MERGE (n:Entity {id: 'alibaba-capex-wu-15-months'})
SET n:Investment, n += {
  name: 'Alibaba capital expenditure in Eddie Wu\'s first 15 months (CNY 8.1 billion)', name_ja: '呉の就任後15か月での資本支出', name_zh: '吴泳铭上任后15个月资本支出',
  aliases: ['Alibaba capex under Eddie Wu', '資本支出', '81億元'],
  description: 'Alibaba\'s capital spending in the 15 months after Eddie Wu became CEO, 8.1 billion yuan, more than double the previous period.',
  amount: 8100000000, currency: 'CNY', amount_jpy: 170000000000,
  amount_text_ja: '81億元(約1,700億円)',
  period: '15 months after Eddie Wu took office', period_months: 15,
  purpose: 'capital expenditure',
  change: 'more than doubled versus the previous period'
};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'alibaba-capex-wu-15-months'})
MERGE (a)-[r:INVESTS]->(b)
SET r = {quote: '呉の就任後15か月での資本支出は81億元(約1,700億円)と、前期比で2倍以上に増加', quote_en: 'capital expenditure in the 15 months after Wu took office was 8.1 billion yuan (about 170 billion yen), more than double the previous period', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'eddie-wu'}), (b:Entity {id: 'alibaba-capex-wu-15-months'})
MERGE (a)-[r:OVERSEES]->(b)
SET r = {role: 'CEO', quote: '呉の就任後15か月での資本支出は81億元', quote_en: 'capital expenditure in the 15 months after Wu took office was 8.1 billion yuan', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-capex-wu-15-months'}), (b:Entity {id: 'alibaba-ai-transformation'})
MERGE (a)-[r:PART_OF]->(b)
SET r = {quote: '財務面でも変革が進んでおり', quote_en: 'change is also under way on the financial side', source: 'alibaba-ai-pivot'};

// ================================================================ Alibaba: stakes in LLM startups
MERGE (n:Entity {id: 'alibaba-stake-moonshot-ai'})
SET n:Investment, n += {
  name: 'Alibaba investment in Moonshot AI', name_ja: 'アリババのMoonshot AI(月之暗面)への投資', name_zh: '阿里巴巴投资月之暗面',
  aliases: ['Alibaba stake in Moonshot AI', 'Moonshot AI investment'],
  description: 'Alibaba\'s investment in LLM company Moonshot AI, part of its growing investment in AI startups (amount not given).',
  purpose: 'stake in an LLM startup'
};

MERGE (n:Entity {id: 'alibaba-stake-minimax'})
SET n:Investment, n += {
  name: 'Alibaba investment in MiniMax', name_ja: 'アリババのMiniMaxへの投資', name_zh: '阿里巴巴投资MiniMax',
  aliases: ['Alibaba stake in MiniMax', 'MiniMax investment'],
  description: 'Alibaba\'s investment in LLM company MiniMax, part of its growing investment in AI startups (amount not given).',
  purpose: 'stake in an LLM startup'
};

MERGE (n:Entity {id: 'alibaba-stake-zhipu-ai'})
SET n:Investment, n += {
  name: 'Alibaba investment in Zhipu AI', name_ja: 'アリババのZhipu AI(智譜AI)への投資', name_zh: '阿里巴巴投资智谱AI',
  aliases: ['Alibaba stake in Zhipu AI', 'Zhipu AI investment'],
  description: 'Alibaba\'s investment in LLM company Zhipu AI, part of its growing investment in AI startups (amount not given).',
  purpose: 'stake in an LLM startup'
};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'alibaba-stake-moonshot-ai'})
MERGE (a)-[r:INVESTS]->(b)
SET r = {quote: 'Moonshot AI(月之暗面)やMiniMax、Zhipu AI(智譜AI)など、LLM分野の有力企業に資金を投じ', quote_en: 'has put money into leading LLM companies such as Moonshot AI (Yuezhi Anmian), MiniMax and Zhipu AI', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'alibaba-stake-minimax'})
MERGE (a)-[r:INVESTS]->(b)
SET r = {quote: 'Moonshot AI(月之暗面)やMiniMax、Zhipu AI(智譜AI)など、LLM分野の有力企業に資金を投じ', quote_en: 'has put money into leading LLM companies such as Moonshot AI (Yuezhi Anmian), MiniMax and Zhipu AI', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'alibaba-stake-zhipu-ai'})
MERGE (a)-[r:INVESTS]->(b)
SET r = {quote: 'Moonshot AI(月之暗面)やMiniMax、Zhipu AI(智譜AI)など、LLM分野の有力企業に資金を投じ', quote_en: 'has put money into leading LLM companies such as Moonshot AI (Yuezhi Anmian), MiniMax and Zhipu AI', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-stake-moonshot-ai'}), (b:Entity {id: 'moonshot-ai'})
MERGE (a)-[r:IN]->(b)
SET r = {quote: 'Moonshot AI(月之暗面)', quote_en: 'Moonshot AI (Yuezhi Anmian)', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-stake-minimax'}), (b:Entity {id: 'minimax'})
MERGE (a)-[r:IN]->(b)
SET r = {quote: 'MiniMax、Zhipu AI(智譜AI)など、LLM分野の有力企業に資金を投じ', quote_en: 'has put money into leading LLM companies such as MiniMax and Zhipu AI', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-stake-zhipu-ai'}), (b:Entity {id: 'zhipu-ai'})
MERGE (a)-[r:IN]->(b)
SET r = {quote: 'Zhipu AI(智譜AI)など、LLM分野の有力企業に資金を投じ', quote_en: 'has put money into leading LLM companies such as Zhipu AI', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'moonshot-ai'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r = {via: 'Alibaba\'s own cloud platform', quote: '自社クラウドプラットフォームを活用した連携を強化している', quote_en: 'is strengthening ties that make use of its own cloud platform', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'minimax'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r = {via: 'Alibaba\'s own cloud platform', quote: '自社クラウドプラットフォームを活用した連携を強化している', quote_en: 'is strengthening ties that make use of its own cloud platform', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'zhipu-ai'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r = {via: 'Alibaba\'s own cloud platform', quote: '自社クラウドプラットフォームを活用した連携を強化している', quote_en: 'is strengthening ties that make use of its own cloud platform', source: 'alibaba-ai-pivot'};

// ================================================================ Competitors' AI spending
MERGE (n:Entity {id: 'bytedance-ai-chips-2024'})
SET n:Investment, n += {
  name: 'ByteDance AI chip investment 2024 (USD 12 billion)', name_ja: 'バイトダンスのAIチップ投資', name_zh: '字节跳动2024年AI芯片投资',
  aliases: ['ByteDance 12 billion dollar AI chips', 'バイトダンスのAIチップ投資', '120億ドル'],
  description: 'ByteDance\'s reported plan to invest USD 12 billion in AI chips in 2024.',
  amount: 12000000000, currency: 'USD', amount_jpy: 1800000000000,
  amount_text_ja: '120億ドル(約1.8兆円)',
  year: 2024, period: '2024',
  purpose: 'AI chips',
  status: 'planned (reported)'
};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'bytedance-ai-chips-2024'})
MERGE (a)-[r:INVESTS]->(b)
SET r = {year: 2024, when: '2024', when_text: '2024年', quote: 'とりわけバイトダンスは2024年に120億ドル(約1.8兆円)をAIチップに投資予定とされ', quote_en: 'ByteDance in particular is reported to plan to invest 12 billion dollars (about 1.8 trillion yen) in AI chips in 2024', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'bytedance-ai-chips-2024'}), (b:Entity {id: 'ai-chips'})
MERGE (a)-[r:FUNDS]->(b)
SET r = {quote: '120億ドル(約1.8兆円)をAIチップに投資予定', quote_en: 'plans to invest 12 billion dollars (about 1.8 trillion yen) in AI chips', source: 'alibaba-ai-pivot'};

MERGE (n:Entity {id: 'tencent-ai-investment'})
SET n:Investment, n += {
  name: 'Tencent AI investment', name_ja: 'テンセントのAI投資', name_zh: '腾讯AI投资',
  aliases: ['Tencent AI investment', 'テンセントのAI投資'],
  description: 'Tencent\'s large-scale AI investment (amount not given).',
  purpose: 'AI',
  amount_text_ja: '巨額のAI投資'
};

MATCH (a:Entity {id: 'tencent'}), (b:Entity {id: 'tencent-ai-investment'})
MERGE (a)-[r:INVESTS]->(b)
SET r = {quote: 'バイトダンスやテンセントも巨額のAI投資を進めており', quote_en: 'ByteDance and Tencent are also making huge investments in AI', source: 'alibaba-ai-pivot'};
