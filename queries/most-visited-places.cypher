// The places most visited (asserted), with their visitors.
MATCH (p:Person)-[r:VISITED]->(pl)
WHERE r.status = 'asserted'
RETURN pl.name AS place, count(DISTINCT p.id) AS visitors, collect(DISTINCT p.name) AS who
ORDER BY visitors DESC, place
LIMIT 10;
