// The article every relationship rests on (referenced by r.source = 'alibaba-ai-pivot'). Its text is
// sources/alibaba-ai-pivot.ja.txt: the loader checks every quote against it. It is someone else's text, so an export
// carries only the quoted sentences and points at the url (republish: false). The article names no author or date.
MERGE (s:Source {id: 'alibaba-ai-pivot'})
SET s += {
  title: 'ジャック・マー、アリババのAI大転換を主導──3年間で3800億元(約7.8兆円)を投資し、TikTok超え狙う',
  url: 'https://mp.weixin.qq.com/s/y8cRlRWNnfPRNk5l4SK22w',
  language: 'ja',
  publisher: 'WeChat official account (mp.weixin.qq.com)',
  republish: false
};
