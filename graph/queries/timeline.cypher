// title: Timeline by year
// description: Dated facts between two years, oldest first: the year of the relationship (or the year a plan runs to), what happened, and the quote.
// param: fromYear | integer | default 2019 | example 2023 | First year to include
// param: toYear | integer | default 2025 | example 2024 | Last year to include
// tags: timeline, events
// needs: labels Entity
MATCH (a:Entity)-[fact]->(b:Entity)
WITH a, fact, b, coalesce(fact.year, fact.by_year) AS year
WHERE year >= $fromYear AND year <= $toYear
RETURN year,
       CASE WHEN fact.by_year IS NOT NULL AND fact.year IS NULL THEN 'by ' + toString(year) ELSE toString(year) END AS `when`,
       a.name AS subject,
       type(fact) AS relationship,
       b.name AS object,
       fact.quote AS quote,
       a, fact, b
ORDER BY year, subject, relationship
