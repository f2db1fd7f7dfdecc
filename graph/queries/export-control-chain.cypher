// title: The chip export-control chain
// description: From the US government to the measure it imposed, the chips it restricts and who makes them, and on to everyone the measure affects, with the impact and the quotes.
// tags: chips, geopolitics, united-states
// needs: labels Entity, Company, Product | types RESTRICTS_EXPORT_OF
MATCH restrictionPath = (government:Organization)-[restricts:RESTRICTS_EXPORT_OF]->(chip:Product)<-[:MANUFACTURES]-(maker:Company)
MATCH impactPath = (government)-[:IMPOSED]->(measure:Event)-[effect:AFFECTS]->(target:Entity)
RETURN government.name AS government,
       measure.name AS measure,
       chip.name AS chip,
       maker.name AS maker,
       restricts.destination AS exportsTo,
       target.name AS affects,
       effect.impact AS impact,
       restricts.quote AS restrictionQuote,
       effect.quote AS impactQuote,
       restrictionPath, impactPath
ORDER BY chip, affects
