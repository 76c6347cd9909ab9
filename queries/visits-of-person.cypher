// Where a person went, with the status of each trip (planned and cancelled trips included).
// @param name = Antony Blinken
MATCH (p:Person {name: $name})-[r:VISITED]->(pl)
RETURN pl.name AS place, r.status AS status, r.date AS date
ORDER BY place, status;
