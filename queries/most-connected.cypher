// The most connected people: distinct entities they met, visited, rebuffed or called (asserted only).
MATCH (p:Person)-[r:MET_WITH|VISITED|REBUFFED|SPOKE_WITH]-(x)
WHERE r.status = 'asserted'
RETURN p.name AS person, count(DISTINCT x.id) AS connections
ORDER BY connections DESC, person
LIMIT 10;
