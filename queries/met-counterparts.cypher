// People who met someone's counterpart without meeting each other: A met B, B met C, A never met C.
MATCH (a:Person)-[r1:MET_WITH]-(b:Person)-[r2:MET_WITH]-(c:Person)
WHERE r1.status = 'asserted' AND r2.status = 'asserted' AND a.id < c.id
  AND NOT EXISTS { MATCH (a)-[:MET_WITH]-(c) }
RETURN a.name AS person, b.name AS via, c.name AS other
ORDER BY person, via, other;
