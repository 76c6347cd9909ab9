// Who visited a city in a given month (asserted visits whose date starts with the month).
// @param place = Beijing
// @param month = 2023-06
MATCH (p:Person)-[r:VISITED]->(c:City {name: $place})
WHERE r.status = 'asserted' AND r.date STARTS WITH $month
RETURN p.name AS visitor, r.date AS date
ORDER BY visitor;
