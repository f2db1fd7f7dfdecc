// Entities named in the article: people, companies, AI models, products, organizations, places, events.
// Investments are in 40-investments.cypher. aliases_text is derived in 90-derived.cypher.
// Every node is :Entity plus one kind label, keyed by a readable kebab-case id.

// ---------------------------------------------------------------- People
MERGE (n:Entity {id: 'jack-ma'})
SET n:Person, n += {
  name: 'Jack Ma', name_ja: 'ジャック・マー', name_zh: '馬雲',
  aliases: ['Jack Ma', 'Ma Yun', 'ジャック・マー', 'マー', '馬雲', '马云'],
  description: 'Founder of Alibaba who left his public posts in 2019 but, per the article, is steering its all-out pivot to AI behind the scenes.'
};

MERGE (n:Entity {id: 'joe-tsai'})
SET n:Person, n += {
  name: 'Joe Tsai', name_ja: '蔡崇信', name_zh: '蔡崇信',
  aliases: ['Joe Tsai', 'Joseph Tsai', 'Tsai Chongxin', 'ジョー・ツァイ', '蔡崇信'],
  description: 'Alibaba co-founder and close aide of Jack Ma, brought back as chairman of the board.'
};

MERGE (n:Entity {id: 'eddie-wu'})
SET n:Person, n += {
  name: 'Eddie Wu', name_ja: '呉泳銘', name_zh: '吳泳銘',
  aliases: ['Eddie Wu', 'Wu Yongming', 'エディ・ウー', '呉泳銘', '吳泳銘', '吴泳铭'],
  description: 'Alibaba CEO with deep experience in its technology units, appointed to mount a comeback in AI and spreading an AI-first culture.'
};

// ---------------------------------------------------------------- Companies
MERGE (n:Entity {id: 'alibaba'})
SET n:Company, n += {
  name: 'Alibaba Group', name_ja: 'アリババ', name_zh: '阿里巴巴',
  aliases: ['Alibaba', 'Alibaba Group', 'アリババ', 'アリババグループ', '阿里巴巴', '阿里巴巴集团'],
  description: 'Chinese tech giant founded by Jack Ma that is restructuring the whole company around AI.'
};

MERGE (n:Entity {id: 'openai'})
SET n:Company, n += {
  name: 'OpenAI', name_ja: 'OpenAI', name_zh: 'OpenAI',
  aliases: ['OpenAI', 'オープンAI'],
  description: 'Developer of ChatGPT, whose release the article dates to 2023, and Apple\'s AI partner in the US and other markets.'
};

MERGE (n:Entity {id: 'apple'})
SET n:Company, n += {
  name: 'Apple', name_ja: 'アップル', name_zh: '苹果',
  aliases: ['Apple', 'Apple Inc.', 'アップル', '苹果', '蘋果'],
  description: 'Maker of the iPhone that chose Qwen as its AI partner for iPhones sold in China, where it needed a trusted local model.'
};

MERGE (n:Entity {id: 'deepseek'})
SET n:Company, n += {
  name: 'DeepSeek', name_ja: 'ディープシーク', name_zh: '深度求索',
  aliases: ['DeepSeek', 'ディープシーク', '深度求索'],
  description: 'AI startup building high-performance models with limited resources, named as a competitor of Alibaba.'
};

MERGE (n:Entity {id: 'bytedance'})
SET n:Company, n += {
  name: 'ByteDance', name_ja: 'バイトダンス', name_zh: '字节跳动',
  aliases: ['ByteDance', 'バイトダンス', '字节跳动', '字節跳動'],
  description: 'Alibaba competitor making huge AI investments, reportedly planning USD 12 billion for AI chips in 2024.'
};

MERGE (n:Entity {id: 'tencent'})
SET n:Company, n += {
  name: 'Tencent', name_ja: 'テンセント', name_zh: '腾讯',
  aliases: ['Tencent', 'テンセント', '腾讯', '騰訊'],
  description: 'Alibaba competitor that is also making huge AI investments.'
};

MERGE (n:Entity {id: 'moonshot-ai'})
SET n:Company, n += {
  name: 'Moonshot AI', name_ja: 'Moonshot AI', name_zh: '月之暗面',
  aliases: ['Moonshot AI', 'Moonshot', 'ムーンショットAI', '月之暗面'],
  description: 'Leading LLM company in which Alibaba has invested and with which it collaborates via its cloud platform.'
};

MERGE (n:Entity {id: 'minimax'})
SET n:Company, n += {
  name: 'MiniMax', name_ja: 'MiniMax', name_zh: '稀宇科技',
  aliases: ['MiniMax', 'ミニマックス', '稀宇科技'],
  description: 'Leading LLM company in which Alibaba has invested and with which it collaborates via its cloud platform.'
};

// name_ja is the article's spelling (智譜AI, traditional 譜); name_zh is the company's own simplified Chinese name.
MERGE (n:Entity {id: 'zhipu-ai'})
SET n:Company, n += {
  name: 'Zhipu AI', name_ja: '智譜AI', name_zh: '智谱AI',
  aliases: ['Zhipu AI', 'Zhipu', '智譜AI', '智谱AI', '智谱'],
  description: 'Leading LLM company in which Alibaba has invested and with which it collaborates via its cloud platform.'
};

MERGE (n:Entity {id: 'nvidia'})
SET n:Company, n += {
  name: 'NVIDIA', name_ja: 'エヌビディア', name_zh: '英伟达',
  aliases: ['NVIDIA', 'Nvidia', 'エヌビディア', '英伟达', '輝達'],
  description: 'Maker of the advanced AI chips (H100, H20) whose export to China the US government restricts.'
};

// ---------------------------------------------------------------- AI models
MERGE (n:Entity {id: 'qwen'})
SET n:Model, n += {
  name: 'Qwen', name_ja: 'Qwen(通義千問)', name_zh: '通义千问',
  aliases: ['Qwen', 'Alibaba Qwen', 'Qwen LLM', 'Tongyi Qianwen', '通義千問', '通义千问'],
  description: 'Alibaba\'s own large language model, refined by a team of about 100, at the core of its AI strategy and chosen by Apple for iPhones in China.',
  model_type: 'large language model (LLM)',
  claim_ja: '中国で最も先進的かつ規模の大きなLLMのひとつとされる'
};

MERGE (n:Entity {id: 'chatgpt'})
SET n:Model, n += {
  name: 'ChatGPT', name_ja: 'ChatGPT', name_zh: 'ChatGPT',
  aliases: ['ChatGPT', 'チャットGPT', 'Chat GPT'],
  description: 'OpenAI\'s generative AI, whose release made the potential of generative AI suddenly visible.'
};

MERGE (n:Entity {id: 'gemini'})
SET n:Model, n += {
  name: 'Gemini', name_ja: 'Gemini', name_zh: 'Gemini',
  aliases: ['Gemini', 'ジェミニ'],
  description: 'Generative AI that Quark is positioned to compete against, alongside ChatGPT.'
};

// ---------------------------------------------------------------- Products (apps, devices, chips, platforms)
MERGE (n:Entity {id: 'iphone'})
SET n:Product, n += {
  name: 'iPhone', name_ja: 'iPhone', name_zh: 'iPhone',
  aliases: ['iPhone', 'アイフォーン', 'アイフォン'],
  description: 'Apple\'s smartphone, whose China-market version gets AI features with Qwen as partner.'
};

MERGE (n:Entity {id: 'quark'})
SET n:Product, n += {
  name: 'Quark', name_ja: 'Quark', name_zh: '夸克',
  aliases: ['Quark', 'クォーク', '夸克'],
  description: 'Alibaba\'s AI browser and AI-native app, carrying Qwen\'s reasoning and positioned as a Chinese rival to ChatGPT and Gemini.',
  category: 'AI browser / generative AI assistant'
};

MERGE (n:Entity {id: 'h100'})
SET n:Product, n += {
  name: 'NVIDIA H100', name_ja: 'H100', name_zh: 'H100',
  aliases: ['H100', 'NVIDIA H100', 'Nvidia H100'],
  description: 'Advanced NVIDIA AI chip whose export to China the US government restricts.',
  category: 'AI chip'
};

MERGE (n:Entity {id: 'h20'})
SET n:Product, n += {
  name: 'NVIDIA H20', name_ja: 'H20', name_zh: 'H20',
  aliases: ['H20', 'NVIDIA H20', 'Nvidia H20'],
  description: 'Advanced NVIDIA AI chip whose export to China the US government restricts.',
  category: 'AI chip'
};

MERGE (n:Entity {id: 'ai-chips'})
SET n:Product, n += {
  name: 'AI chips', name_ja: 'AIチップ', name_zh: 'AI芯片',
  aliases: ['AI chips', 'AIチップ', 'AI芯片'],
  description: 'AI chips in general, into which ByteDance reportedly plans to invest USD 12 billion in 2024.',
  category: 'AI chip'
};

MERGE (n:Entity {id: 'alibaba-in-house-chips'})
SET n:Product, n += {
  name: 'Alibaba in-house chips', name_ja: '自社チップ', name_zh: '阿里巴巴自研芯片',
  aliases: ['Alibaba in-house chips', 'Alibaba chip design', '自社のチップ設計', '自社チップ'],
  description: 'Alibaba\'s own chip designs, which the article says trail the world\'s leading edge by several years.',
  category: 'AI chip'
};

MERGE (n:Entity {id: 'alibaba-cloud'})
SET n:Product, n += {
  name: 'Alibaba Cloud', name_ja: 'アリババクラウド', name_zh: '阿里云',
  aliases: ['Alibaba Cloud', 'Alibaba cloud platform', 'アリババクラウド', '自社クラウドプラットフォーム', '阿里云'],
  description: 'Alibaba\'s own cloud platform, used in its collaboration with the LLM startups it funds.',
  category: 'cloud platform'
};

MERGE (n:Entity {id: 'alibaba-ai-infrastructure'})
SET n:Product, n += {
  name: 'Alibaba AI infrastructure', name_ja: 'AIインフラ', name_zh: 'AI基础设施',
  aliases: ['Alibaba AI infrastructure', 'AI infrastructure', 'AIインフラ', 'AI基盤'],
  description: 'The AI infrastructure into which Alibaba plans to put 380 billion yuan.',
  category: 'AI infrastructure'
};

MERGE (n:Entity {id: 'taobao'})
SET n:Product, n += {
  name: 'Taobao', name_ja: '淘宝', name_zh: '淘宝',
  aliases: ['Taobao', 'タオバオ', '淘宝'],
  description: 'Part of Alibaba\'s core e-commerce business.',
  category: 'e-commerce platform'
};

MERGE (n:Entity {id: 'tmall'})
SET n:Product, n += {
  name: 'Tmall', name_ja: '天猫', name_zh: '天猫',
  aliases: ['Tmall', 'Tモール', '天猫', '天貓'],
  description: 'Part of Alibaba\'s core e-commerce business.',
  category: 'e-commerce platform'
};

MERGE (n:Entity {id: 'tiktok'})
SET n:Product, n += {
  name: 'TikTok', name_ja: 'TikTok', name_zh: 'TikTok',
  aliases: ['TikTok', 'ティックトック'],
  description: 'App the article uses as the bar a next-generation AI app from Alibaba would have to surpass.',
  category: 'app'
};

// ---------------------------------------------------------------- Organizations (governments, teams, business units)
MERGE (n:Entity {id: 'us-government'})
SET n:Organization, n += {
  name: 'US government', name_ja: '米国政府', name_zh: '美国政府',
  aliases: ['US government', 'U.S. government', 'United States government', '米国政府', 'アメリカ政府', '美国政府'],
  description: 'Government restricting exports of advanced NVIDIA AI chips such as the H100 and H20 to China.',
  kind: 'government'
};

MERGE (n:Entity {id: 'qwen-team'})
SET n:Organization, n += {
  name: 'Qwen team', name_ja: 'Qwenチーム', name_zh: '通义千问团队',
  aliases: ['Qwen team', 'Qwenチーム', '研究開発チーム'],
  description: 'R&D team of about 100 people that refined Qwen, now collaborating with Alibaba\'s e-commerce unit.',
  kind: 'team',
  headcount_approx: 100
};

MERGE (n:Entity {id: 'alibaba-ecommerce'})
SET n:Organization, n += {
  name: 'Alibaba e-commerce division', name_ja: 'EC部門', name_zh: '淘宝天猫',
  aliases: ['Alibaba e-commerce division', 'Taobao and Tmall', 'EC部門', 'EC部門(淘宝・天猫)'],
  description: 'Alibaba\'s core e-commerce business (Taobao, Tmall), using AI to improve user experience and operational efficiency.',
  kind: 'business unit'
};

// ---------------------------------------------------------------- Places
MERGE (n:Entity {id: 'china'})
SET n:Place, n += {
  name: 'China', name_ja: '中国', name_zh: '中国',
  aliases: ['China', 'PRC', '中国', '中華人民共和国'],
  description: 'Alibaba\'s home market, where Apple needed a trusted local model and to which US chip exports are restricted.',
  kind: 'country'
};

MERGE (n:Entity {id: 'united-states'})
SET n:Place, n += {
  name: 'United States', name_ja: '米国', name_zh: '美国',
  aliases: ['United States', 'US', 'USA', '米国', 'アメリカ', '美国'],
  description: 'Country whose government restricts AI chip exports to China and whose rivalry with China is a major risk for Alibaba.',
  kind: 'country'
};

// ---------------------------------------------------------------- Events
MERGE (n:Entity {id: 'alibaba-ai-transformation'})
SET n:Event, n += {
  name: 'Alibaba AI pivot', name_ja: 'アリババのAI全面転換', name_zh: '阿里巴巴AI转型',
  aliases: ['Alibaba AI pivot', 'Alibaba AI transformation', 'AI全面転換', 'AI大転換'],
  description: 'Alibaba\'s bold conversion of the whole company into an AI-focused structure, led behind the scenes by Jack Ma.',
  internal_sentiment_ja: '希望と信頼が戻ってきた'
};

MERGE (n:Entity {id: 'chatgpt-release'})
SET n:Event, n += {
  name: 'Release of ChatGPT', name_ja: 'ChatGPTのリリース',
  aliases: ['Release of ChatGPT', 'ChatGPT launch', 'ChatGPTのリリース'],
  description: 'OpenAI\'s release of ChatGPT, dated by the article to 2023, which made generative AI\'s potential visible and showed Alibaba it was behind.',
  year: 2023, when: '2023', when_text: '2023年'
};

MERGE (n:Entity {id: 'alibaba-leadership-change'})
SET n:Event, n += {
  name: 'Alibaba leadership change', name_ja: '蔡崇信の董事会主席復帰と呉泳銘のCEO任命',
  aliases: ['Alibaba leadership change', 'Alibaba leadership reshuffle', '経営陣刷新'],
  description: 'Jack Ma brought back Joe Tsai as chairman and appointed Eddie Wu as CEO to mount a comeback in AI.'
};

MERGE (n:Entity {id: 'alibaba-split-plan-2023'})
SET n:Event, n += {
  name: 'Alibaba six-way split plan', name_ja: '分社化構想', name_zh: '阿里巴巴拆分计划',
  aliases: ['Alibaba six-way split plan', 'Alibaba 2023 restructuring', '分社化構想'],
  description: 'Plan announced in 2023 to split Alibaba into six independent business groups, each to raise funds or list, which stalled as the economy worsened.',
  year: 2023, when: '2023', when_text: '2023年',
  business_groups: 6,
  status: 'stalled'
};

MERGE (n:Entity {id: 'alibaba-recentralization'})
SET n:Event, n += {
  name: 'Alibaba re-centralization around AI', name_ja: '中枢機能の再集約',
  aliases: ['Alibaba re-centralization', '中枢機能の再集約', 'AI分野へのリソース集中'],
  description: 'Alibaba\'s later decision to pull core functions back together and concentrate resources on AI.'
};

MERGE (n:Entity {id: 'alibaba-ai-mandate'})
SET n:Event, n += {
  name: 'Alibaba AI mandate for all divisions', name_ja: 'AI活用の義務付け',
  aliases: ['Alibaba AI mandate', 'AI活用の義務付け'],
  description: 'Requirement that every Alibaba division use AI, with AI adoption to be reflected in 2025 performance metrics.',
  year: 2025, when: '2025', when_text: '2025年'
};

MERGE (n:Entity {id: 'ai-first-initiative'})
SET n:Event, n += {
  name: 'AI First culture drive', name_ja: '「AIファースト」', name_zh: 'AI优先',
  aliases: ['AI First', 'AI-first', 'AIファースト', 'AGI vision'],
  description: 'Eddie Wu\'s drive to instil AI-first values and renew corporate culture, with AGI as the long-term vision and AI as a new shared faith.',
  long_term_vision: 'AGI'
};

MERGE (n:Entity {id: 'us-ai-chip-export-controls'})
SET n:Event, n += {
  name: 'US export controls on advanced AI chips to China', name_ja: '先端AIチップの中国向け輸出制限',
  aliases: ['US chip export controls', 'AI chip export restrictions', '輸出制限', '中国向け輸出制限'],
  description: 'US government restrictions on exporting advanced NVIDIA AI chips (H100, H20) to China, likely to affect Alibaba\'s AI training.'
};

MERGE (n:Entity {id: 'us-china-rivalry'})
SET n:Event, n += {
  name: 'US-China geopolitical rivalry', name_ja: '米中間の地政学的対立',
  aliases: ['US-China rivalry', 'US-China geopolitical confrontation', '米中対立', '米中間の地政学的対立'],
  description: 'Geopolitical confrontation between the US and China that the article calls a major risk for Alibaba.'
};
