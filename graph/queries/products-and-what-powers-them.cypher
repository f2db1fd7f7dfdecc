// title: Products, who makes them and what powers them
// description: Apps, devices, chips and platforms with the company or team behind them and the AI model each runs on and which of its capabilities, where the article says so.
// tags: products, models
// needs: labels Entity, Model, Product | types POWERED_BY
MATCH (p:Product)
OPTIONAL MATCH (maker:Entity)-[made:MANUFACTURES|DEVELOPS|OWNS]->(p)
OPTIONAL MATCH (p)-[powered:POWERED_BY]->(m:Model)
WITH p, made, maker, powered, m
WHERE maker IS NOT NULL OR m IS NOT NULL
RETURN p.name AS product,
       p.category AS category,
       maker.name AS madeBy,
       m.name AS poweredBy,
       powered.capability AS capability,
       coalesce(powered.quote, made.quote) AS quote,
       p, made, maker, powered, m
ORDER BY product, madeBy, poweredBy
