// Refusals: who rebuffed whom, with status and date.
MATCH (a)-[r:REBUFFED]->(b)
RETURN a.name AS refuser, b.name AS refused, r.status AS status, r.date AS date
ORDER BY refuser, refused;
