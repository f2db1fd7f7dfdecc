// Relationships the article reports as a claim, an assessment or a plan rather than establishing them.
// `claim` says which (the explorer marks these "claim or plan"; a `note` marks our inference instead).
// Kept apart from 30/40 so the review of every relationship reads in one place; each names the wording that makes it one.

// 予定とされ: a reported plan.
MATCH (:Entity {id: 'bytedance'})-[r:INVESTS]->(:Entity {id: 'bytedance-ai-chips-2024'})
SET r.claim = 'Reported plan (予定とされ): ByteDance is said to plan this investment.';

MATCH (:Entity {id: 'bytedance-ai-chips-2024'})-[r:FUNDS]->(:Entity {id: 'ai-chips'})
SET r.claim = 'Plan (投資予定): the money is planned, not spent.';

// 発表した / 今後3年間で…投資し: an announced plan for the years ahead.
MATCH (:Entity {id: 'alibaba'})-[r:INVESTS]->(:Entity {id: 'alibaba-ai-infrastructure-plan'})
SET r.claim = 'Announced plan (今後3年間で): the investment is planned over the coming years.';

MATCH (:Entity {id: 'alibaba-ai-infrastructure-plan'})-[r:FUNDS]->(:Entity {id: 'alibaba-ai-infrastructure'})
SET r.claim = 'Announced plan: what the plan is to fund.';

// 予定だ: a plan for 2025.
MATCH (:Entity {id: 'alibaba'})-[r:ANNOUNCED]->(:Entity {id: 'alibaba-ai-mandate'})
SET r.claim = 'Plan (予定だ): AI use to be reflected in 2025 performance reviews.';

// とされる: a ranking the article attributes, not one it establishes.
MATCH (:Entity {id: 'qwen'})-[r:RANKS_AMONG_TOP_IN]->(:Entity {id: 'china'})
SET r.claim = 'Claim (とされる): reported as among the most advanced and largest in China.';

// 可能性が高い: an assessment of likely impact.
MATCH (:Entity {id: 'us-ai-chip-export-controls'})-[r:AFFECTS]->(:Entity {id: 'alibaba'})
SET r.claim = 'Assessment (可能性が高い): the impact is likely, not reported as having happened.';
