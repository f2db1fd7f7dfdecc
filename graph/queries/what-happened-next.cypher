// title: What happened next
// description: Each event or plan and what the article says followed it (ChatGPT's release, then the leadership change; the split plan, then recentralisation), with the reason where given and the quote.
// tags: events, timeline
// needs: labels Entity | types FOLLOWED_BY
MATCH (before:Entity)-[next:FOLLOWED_BY]->(after:Entity)
RETURN before.name AS event,
       before.year AS eventYear,
       after.name AS whatHappenedNext,
       next.reason AS reason,
       next.quote AS quote,
       before, next, after
ORDER BY eventYear IS NULL, eventYear, event
