// Meetings the articles mention that did not happen (planned, cancelled, refused, hypothetical, denied).
MATCH (a:Person)-[r:MET_WITH]-(b:Person)
WHERE r.status <> 'asserted' AND a.id < b.id
RETURN a.name AS person, b.name AS other, r.status AS status
ORDER BY person, other, status;
