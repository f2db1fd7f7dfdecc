// The article every relationship rests on (referenced by r.source = 'alibaba-ai-pivot').
MERGE (s:Source {id: 'alibaba-ai-pivot'})
SET s += {
  title: 'ジャック・マー、アリババのAI大転換を主導──3年間で3800億元(約7.8兆円)を投資し、TikTok超え狙う',
  url: 'https://mp.weixin.qq.com/s/y8cRlRWNnfPRNk5l4SK22w',
  language: 'ja'
};
