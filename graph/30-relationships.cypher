// Relationships between entities, each resting on a verbatim clause of the article (quote)
// and pointing at the Source node by id (source). Investments are in 40-investments.cypher.
// Pattern: MATCH both ends by id, MERGE the relationship (no duplicates on re-run), SET its properties.

// ================================================================ The chain
// Jack Ma -> Joe Tsai -> Eddie Wu -> Qwen -> Apple

MATCH (a:Entity {id: 'jack-ma'}), (b:Entity {id: 'joe-tsai'})
MERGE (a)-[r:BROUGHT_BACK]->(b)
SET r = {role: 'Chairman', role_ja: '董事会主席', quote: '彼は自身の側近であり共同創業者の蔡崇信を董事会主席に呼び戻し', quote_en: 'he brought back his close aide and co-founder Joe Tsai (Cai Chongxin) as chairman of the board', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'joe-tsai'}), (b:Entity {id: 'eddie-wu'})
MERGE (a)-[r:LEADS_ALONGSIDE]->(b)
SET r = {role: 'Chairman', other_role: 'CEO', quote: '蔡崇信を董事会主席に呼び戻し、技術部門で豊富な経験を持つ呉泳銘をCEOに任命して、AI領域での再起を図った', quote_en: 'brought back Joe Tsai as chairman of the board and appointed Eddie Wu (Wu Yongming), who has deep experience in technology, as CEO, seeking a comeback in AI', note: 'Inference: the article reports both appointments in one sentence (Tsai brought back as chairman, Wu named CEO, for a comeback in AI); it does not say how the two work together.', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'eddie-wu'}), (b:Entity {id: 'qwen'})
MERGE (a)-[r:OVERSEES]->(b)
SET r = {role: 'CEO', quote: '現在、アリババは「Qwen(通義千問)」という独自の大規模言語モデル(LLM)を中核に据えたAI戦略を展開中だ', quote_en: 'Alibaba is currently pursuing an AI strategy built around its own large language model (LLM), "Qwen (Tongyi Qianwen)"', note: 'Inference: the article says Eddie Wu was appointed Alibaba CEO to mount a comeback in AI and that Alibaba\'s current AI strategy is built around Qwen. It does not say in so many words that Wu personally runs Qwen.', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'qwen'}), (b:Entity {id: 'apple'})
MERGE (a)-[r:ADOPTED_BY]->(b)
SET r = {year: 2024, period: 'early 2024', when: '~2024-01/2024-03', when_text: '2024年初め', market: 'China', purpose: 'AI features for iPhones sold in China', significance_ja: 'Qwenの性能と安定性が国際的に認められたことを示している', quote: '2024年初めにはAppleが中国市場向けのiPhoneにAI機能を導入するにあたり、Qwenをパートナーとして選定したことが明らかになった', quote_en: 'in early 2024 it came to light that Apple had chosen Qwen as its partner in bringing AI features to iPhones for the Chinese market', source: 'alibaba-ai-pivot'};

// ================================================================ Founders, leadership
MATCH (a:Entity {id: 'jack-ma'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:FOUNDED]->(b)
SET r = {quote: '創業者ジャック・マー(馬雲)', quote_en: 'founder Jack Ma (Ma Yun)', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'joe-tsai'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:CO_FOUNDED]->(b)
SET r = {quote: '自身の側近であり共同創業者の蔡崇信', quote_en: 'his close aide and co-founder Joe Tsai (Cai Chongxin)', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'joe-tsai'}), (b:Entity {id: 'jack-ma'})
MERGE (a)-[r:CLOSE_AIDE_OF]->(b)
SET r = {quote: '彼は自身の側近であり共同創業者の蔡崇信', quote_en: 'he [...] his close aide and co-founder Joe Tsai (Cai Chongxin)', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'jack-ma'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:STEPPED_DOWN_FROM]->(b)
SET r = {year: 2019, when: '2019', when_text: '2019年', position: 'public posts', quote: 'ジャック・マーは2019年に表向きのポストから退いた', quote_en: 'Jack Ma stepped down from his public posts in 2019', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'jack-ma'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:INFLUENCES]->(b)
SET r = {scope: 'strategic decision-making', quote: '社内の戦略的意思決定には引き続き強い影響力を持ち続けてきた', quote_en: 'has continued to hold strong influence over strategic decision-making inside the company', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'joe-tsai'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:CHAIRMAN_OF]->(b)
SET r = {role_ja: '董事会主席', quote: '蔡崇信を董事会主席に呼び戻し', quote_en: 'brought back Joe Tsai as chairman of the board', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'jack-ma'}), (b:Entity {id: 'eddie-wu'})
MERGE (a)-[r:APPOINTED]->(b)
SET r = {role: 'CEO', quote: '技術部門で豊富な経験を持つ呉泳銘をCEOに任命して、AI領域での再起を図った', quote_en: 'appointed Eddie Wu, who has deep experience in technology, as CEO, seeking a comeback in AI', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'eddie-wu'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:CEO_OF]->(b)
SET r = {quote: '呉泳銘をCEOに任命して', quote_en: 'appointed Eddie Wu (Wu Yongming) as CEO', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'jack-ma'}), (b:Entity {id: 'alibaba-leadership-change'})
MERGE (a)-[r:LEADS]->(b)
SET r = {quote: 'その後、彼は自身の側近であり共同創業者の蔡崇信を董事会主席に呼び戻し', quote_en: 'after that, he brought back his close aide and co-founder Joe Tsai as chairman of the board', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-leadership-change'}), (b:Entity {id: 'joe-tsai'})
MERGE (a)-[r:INVOLVES]->(b)
SET r = {role: 'Chairman', quote: '蔡崇信を董事会主席に呼び戻し', quote_en: 'brought back Joe Tsai as chairman of the board', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-leadership-change'}), (b:Entity {id: 'eddie-wu'})
MERGE (a)-[r:INVOLVES]->(b)
SET r = {role: 'CEO', quote: '呉泳銘をCEOに任命して', quote_en: 'appointed Eddie Wu (Wu Yongming) as CEO', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-leadership-change'}), (b:Entity {id: 'alibaba-ai-transformation'})
MERGE (a)-[r:PART_OF]->(b)
SET r = {quote: 'AI領域での再起を図った', quote_en: 'sought a comeback in AI', source: 'alibaba-ai-pivot'};

// ================================================================ The AI pivot and ChatGPT
MATCH (a:Entity {id: 'jack-ma'}), (b:Entity {id: 'alibaba-ai-transformation'})
MERGE (a)-[r:LEADS]->(b)
SET r = {manner: 'behind the scenes', quote: 'ジャック・マーがアリババのAI全面転換を水面下で主導し', quote_en: 'Jack Ma is leading Alibaba\'s all-out turn to AI behind the scenes', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-ai-transformation'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:INVOLVES]->(b)
SET r = {quote: '企業全体をAIに特化した構造へと大胆に転換しようとしている', quote_en: 'is trying to boldly transform the whole company into a structure specialised in AI', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'openai'}), (b:Entity {id: 'chatgpt'})
MERGE (a)-[r:RELEASED]->(b)
SET r = {year: 2023, when: '2023', when_text: '2023年', quote: '2023年、OpenAIがChatGPTをリリースした', quote_en: 'in 2023, OpenAI released ChatGPT', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'chatgpt-release'}), (b:Entity {id: 'chatgpt'})
MERGE (a)-[r:INVOLVES]->(b)
SET r = {year: 2023, when: '2023', when_text: '2023年', quote: '2023年、OpenAIがChatGPTをリリースしたことで生成AIの可能性が一気に可視化された', quote_en: 'in 2023, OpenAI\'s release of ChatGPT suddenly made the potential of generative AI visible', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'jack-ma'}), (b:Entity {id: 'chatgpt-release'})
MERGE (a)-[r:REACTED_TO]->(b)
SET r = {quote: 'マーはこの技術が世界経済の地図を塗り替える可能性を直感し、アリババの出遅れを痛感する', quote_en: 'Ma sensed that this technology could redraw the map of the world economy, and felt keenly that Alibaba had fallen behind', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'chatgpt-release'}), (b:Entity {id: 'alibaba-leadership-change'})
MERGE (a)-[r:FOLLOWED_BY]->(b)
SET r = {quote: 'アリババの出遅れを痛感する。その後、彼は自身の側近であり共同創業者の蔡崇信を董事会主席に呼び戻し', quote_en: 'felt keenly that Alibaba had fallen behind. After that, he brought back his close aide and co-founder Joe Tsai as chairman of the board', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:AIMS_TO_SURPASS]->(b)
SET r = {quote: '3年間で3800億元(約7.8兆円)を投資し、TikTok超え狙う', quote_en: 'invests 380 billion yuan (about 7.8 trillion yen) over 3 years, aiming to overtake TikTok', note: 'From the headline. The body frames it as an open question: whether a next-generation AI app that surpasses TikTok will come out of Alibaba.', source: 'alibaba-ai-pivot'};

// ================================================================ Restructuring
MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'alibaba-split-plan-2023'})
MERGE (a)-[r:ANNOUNCED]->(b)
SET r = {year: 2023, when: '2023', when_text: '2023年', quote: '2023年に発表した分社化構想では、グループ全体を6つの独立した事業体に分割し、それぞれが資金調達や上場を目指す方針を打ち出した', quote_en: 'the break-up plan announced in 2023 set out to split the whole group into six independent business units, each aiming to raise funds or list on its own', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-split-plan-2023'}), (b:Entity {id: 'alibaba-ai-transformation'})
MERGE (a)-[r:PART_OF]->(b)
SET r = {quote: 'アリババはまず経営構造の見直しから着手', quote_en: 'Alibaba began by overhauling its management structure', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-split-plan-2023'}), (b:Entity {id: 'alibaba-recentralization'})
MERGE (a)-[r:FOLLOWED_BY]->(b)
SET r = {reason: 'the plan stalled as the economic environment worsened', quote: '市場の期待とは裏腹に経済環境の悪化でプランは頓挫。その後は、再び中枢機能を集約し', quote_en: 'contrary to market expectations, the plan stalled as the economy worsened. After that, it centralised its core functions again', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-recentralization'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:INVOLVES]->(b)
SET r = {quote: 'その後は、再び中枢機能を集約し、AI分野へのリソース集中を決断した', quote_en: 'after that, it centralised its core functions again and decided to concentrate its resources on AI', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-recentralization'}), (b:Entity {id: 'alibaba-ai-transformation'})
MERGE (a)-[r:PART_OF]->(b)
SET r = {quote: 'AI分野へのリソース集中を決断した', quote_en: 'decided to concentrate its resources on AI', source: 'alibaba-ai-pivot'};

// ================================================================ Qwen and Apple
MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'qwen'})
MERGE (a)-[r:DEVELOPS]->(b)
SET r = {quote: 'アリババは「Qwen(通義千問)」という独自の大規模言語モデル(LLM)を中核に据えたAI戦略を展開中だ', quote_en: 'Alibaba is pursuing an AI strategy built around its own large language model (LLM), "Qwen (Tongyi Qianwen)"', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'qwen-team'}), (b:Entity {id: 'qwen'})
MERGE (a)-[r:DEVELOPS]->(b)
SET r = {headcount_approx: 100, quote: 'このモデルは、約100人の研究開発チームによって磨き上げられ', quote_en: 'this model has been refined by a research and development team of about 100 people', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'qwen-team'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:PART_OF]->(b)
SET r = {quote: '自社LLM「Qwen」', quote_en: 'its own LLM, "Qwen"', note: 'Inference: the article calls Qwen Alibaba\'s own model, refined by a team of about 100, and later speaks of the Qwen team working with Alibaba\'s e-commerce unit. It does not place the team in the org chart explicitly.', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'qwen'}), (b:Entity {id: 'china'})
MERGE (a)-[r:RANKS_AMONG_TOP_IN]->(b)
SET r = {quote: '中国で最も先進的かつ規模の大きなLLMのひとつとされる', quote_en: 'is regarded as one of the most advanced and largest LLMs in China', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'apple'}), (b:Entity {id: 'iphone'})
MERGE (a)-[r:MANUFACTURES]->(b)
SET r = {quote: 'Appleの中国向けiPhone', quote_en: 'Apple\'s iPhones for China', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'iphone'}), (b:Entity {id: 'qwen'})
MERGE (a)-[r:POWERED_BY]->(b)
SET r = {market: 'China', quote: '自社LLM「Qwen」はAppleの中国向けiPhoneに採用されるなど成果を上げている', quote_en: 'its own LLM, "Qwen", is producing results, such as being adopted for Apple\'s iPhones for China', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'iphone'}), (b:Entity {id: 'china'})
MERGE (a)-[r:MARKETED_IN]->(b)
SET r = {quote: 'Appleが中国市場向けのiPhoneにAI機能を導入する', quote_en: 'Apple brings AI features to iPhones for the Chinese market', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'apple'}), (b:Entity {id: 'openai'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r = {markets: 'United States and other markets', quote: '米国などの市場でOpenAIと提携するApple', quote_en: 'Apple, which partners with OpenAI in markets such as the United States', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'apple'}), (b:Entity {id: 'china'})
MERGE (a)-[r:REGULATED_IN]->(b)
SET r = {consequence: 'needed a trusted local model', quote: '中国の法規制下では信頼できる現地モデルを必要とした', quote_en: 'under Chinese laws and regulations, it needed a trustworthy local model', source: 'alibaba-ai-pivot'};

// ================================================================ Quark, consumer AI, AI in every division
MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'quark'})
MERGE (a)-[r:DEVELOPS]->(b)
SET r = {quote: 'アリババはBtoC向けAI戦略として、AIブラウザ「Quark」の強化にも注力している', quote_en: 'as its consumer (B2C) AI strategy, Alibaba is also focusing on strengthening its AI browser "Quark"', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'quark'}), (b:Entity {id: 'qwen'})
MERGE (a)-[r:POWERED_BY]->(b)
SET r = {capability: 'reasoning', quote: 'QuarkはQwenの推論能力を搭載し', quote_en: 'Quark carries the reasoning ability of Qwen', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'quark'}), (b:Entity {id: 'chatgpt'})
MERGE (a)-[r:COMPETES_WITH]->(b)
SET r = {quote: 'ChatGPTやGeminiに対抗する中国発の生成AIアシスタント', quote_en: 'a Chinese generative AI assistant competing with ChatGPT and Gemini', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'quark'}), (b:Entity {id: 'gemini'})
MERGE (a)-[r:COMPETES_WITH]->(b)
SET r = {quote: 'ChatGPTやGeminiに対抗する中国発の生成AIアシスタント', quote_en: 'a Chinese generative AI assistant competing with ChatGPT and Gemini', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'quark'}), (b:Entity {id: 'china'})
MERGE (a)-[r:BASED_IN]->(b)
SET r = {quote: '中国発の生成AIアシスタント', quote_en: 'a generative AI assistant from China', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'alibaba-ai-mandate'})
MERGE (a)-[r:ANNOUNCED]->(b)
SET r = {year: 2025, when: '2025', when_text: '2025年', quote: 'すべての部門にAI活用を義務付け、2025年の業績評価指標にもAI導入実績を反映させる予定だ', quote_en: 'requires every division to use AI, and plans to reflect AI adoption in its 2025 performance evaluation metrics', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-ai-mandate'}), (b:Entity {id: 'alibaba-ai-transformation'})
MERGE (a)-[r:PART_OF]->(b)
SET r = {quote: '各部門にAI活用を義務付け、QuarkなどのAIネイティブアプリ開発を推進', quote_en: 'requires each division to use AI, and promotes the development of AI-native apps such as Quark', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-ecommerce'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:PART_OF]->(b)
SET r = {quote: 'コア事業であるEC部門(淘宝・天猫)', quote_en: 'the e-commerce division (Taobao and Tmall), its core business', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'taobao'}), (b:Entity {id: 'alibaba-ecommerce'})
MERGE (a)-[r:PART_OF]->(b)
SET r = {quote: 'EC部門(淘宝・天猫)', quote_en: 'the e-commerce division (Taobao and Tmall)', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'tmall'}), (b:Entity {id: 'alibaba-ecommerce'})
MERGE (a)-[r:PART_OF]->(b)
SET r = {quote: 'EC部門(淘宝・天猫)', quote_en: 'the e-commerce division (Taobao and Tmall)', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba-ecommerce'}), (b:Entity {id: 'qwen-team'})
MERGE (a)-[r:PARTNERS_WITH]->(b)
SET r = {goal: 'AI-improved user experience and operational efficiency', quote: '既にQwenチームとの連携が始まっている', quote_en: 'collaboration with the Qwen team has already begun', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'eddie-wu'}), (b:Entity {id: 'ai-first-initiative'})
MERGE (a)-[r:LEADS]->(b)
SET r = {quote: '呉泳銘CEOは、「AIファースト」の価値観を全社に浸透させるとともに、企業文化の再生にも力を入れている', quote_en: 'CEO Eddie Wu is spreading "AI first" values throughout the company while also working to revitalise its corporate culture', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'ai-first-initiative'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:INVOLVES]->(b)
SET r = {quote: '社内では「AGI(汎用人工知能)」の実現を長期ビジョンとして掲げ、AIを新たな“共通信仰”と位置づけている', quote_en: 'inside the company, achieving "AGI (artificial general intelligence)" is held up as the long-term vision, and AI is cast as a new "shared faith"', source: 'alibaba-ai-pivot'};

// ================================================================ Alibaba's own assets
MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'china'})
MERGE (a)-[r:BASED_IN]->(b)
SET r = {quote: '中国のテック大手アリババ', quote_en: 'Chinese tech giant Alibaba', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'alibaba-cloud'})
MERGE (a)-[r:OWNS]->(b)
SET r = {quote: '自社クラウドプラットフォームを活用した連携を強化している', quote_en: 'is strengthening ties that make use of its own cloud platform', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'alibaba-in-house-chips'})
MERGE (a)-[r:DEVELOPS]->(b)
SET r = {gap: 'several years behind the world\'s leading edge', quote: '自社のチップ設計能力も世界最先端水準とは数年のギャップがあり', quote_en: 'its own chip-design capability is also several years behind the world\'s leading edge', source: 'alibaba-ai-pivot'};

// ================================================================ Competition
MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'deepseek'})
MERGE (a)-[r:COMPETES_WITH]->(b)
SET r = {quote: '競合DeepSeekやバイトダンス、テンセントとの熾烈な競争が続く', quote_en: 'fierce competition continues with rivals DeepSeek, ByteDance and Tencent', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:COMPETES_WITH]->(b)
SET r = {quote: '競合DeepSeekやバイトダンス、テンセントとの熾烈な競争が続く', quote_en: 'fierce competition continues with rivals DeepSeek, ByteDance and Tencent', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'alibaba'}), (b:Entity {id: 'tencent'})
MERGE (a)-[r:COMPETES_WITH]->(b)
SET r = {quote: '競合DeepSeekやバイトダンス、テンセントとの熾烈な競争が続く', quote_en: 'fierce competition continues with rivals DeepSeek, ByteDance and Tencent', source: 'alibaba-ai-pivot'};

// ================================================================ Chips and geopolitics
MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'h100'})
MERGE (a)-[r:MANUFACTURES]->(b)
SET r = {quote: 'NVIDIA製の先端AIチップ(H100、H20など)', quote_en: 'advanced AI chips made by NVIDIA (H100, H20 and others)', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'h20'})
MERGE (a)-[r:MANUFACTURES]->(b)
SET r = {quote: 'NVIDIA製の先端AIチップ(H100、H20など)', quote_en: 'advanced AI chips made by NVIDIA (H100, H20 and others)', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'h100'})
MERGE (a)-[r:RESTRICTS_EXPORT_OF]->(b)
SET r = {destination: 'China', quote: '米国政府はNVIDIA製の先端AIチップ(H100、H20など)の中国向け輸出を制限しており', quote_en: 'the US government restricts exports to China of advanced AI chips made by NVIDIA (H100, H20 and others)', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'h20'})
MERGE (a)-[r:RESTRICTS_EXPORT_OF]->(b)
SET r = {destination: 'China', quote: '米国政府はNVIDIA製の先端AIチップ(H100、H20など)の中国向け輸出を制限しており', quote_en: 'the US government restricts exports to China of advanced AI chips made by NVIDIA (H100, H20 and others)', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'us-ai-chip-export-controls'})
MERGE (a)-[r:IMPOSED]->(b)
SET r = {quote: '米国政府はNVIDIA製の先端AIチップ(H100、H20など)の中国向け輸出を制限しており', quote_en: 'the US government restricts exports to China of advanced AI chips made by NVIDIA (H100, H20 and others)', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'us-ai-chip-export-controls'}), (b:Entity {id: 'china'})
MERGE (a)-[r:AFFECTS]->(b)
SET r = {impact: 'exports to China restricted', quote: '中国向け輸出を制限しており', quote_en: 'restricts exports to China', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'us-ai-chip-export-controls'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:AFFECTS]->(b)
SET r = {impact: 'likely to affect Alibaba\'s AI training environment', quote: 'アリババのAI訓練環境に影響が出る可能性が高い', quote_en: 'Alibaba\'s AI training environment is likely to be affected', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:BASED_IN]->(b)
SET r = {quote: '米国政府', quote_en: 'the US government', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'us-china-rivalry'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:INVOLVES]->(b)
SET r = {quote: '米中間の地政学的対立', quote_en: 'the geopolitical rivalry between the US and China', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'us-china-rivalry'}), (b:Entity {id: 'china'})
MERGE (a)-[r:INVOLVES]->(b)
SET r = {quote: '米中間の地政学的対立', quote_en: 'the geopolitical rivalry between the US and China', source: 'alibaba-ai-pivot'};

MATCH (a:Entity {id: 'us-china-rivalry'}), (b:Entity {id: 'alibaba'})
MERGE (a)-[r:AFFECTS]->(b)
SET r = {impact: 'major risk', quote: '米中間の地政学的対立もアリババにとって大きなリスクとなっている', quote_en: 'the geopolitical rivalry between the US and China is also a major risk for Alibaba', source: 'alibaba-ai-pivot'};
