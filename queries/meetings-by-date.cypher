// Meetings in date order (asserted, dated).
MATCH (a:Person)-[r:MET_WITH]-(b:Person)
WHERE r.status = 'asserted' AND a.id < b.id AND r.date IS NOT NULL
RETURN r.date AS date, a.name AS person, b.name AS other
ORDER BY date, person;
