// Who met a person (in person, asserted), with the date and place when the text gives them.
// @param name = Antony Blinken
MATCH (p:Person {name: $name})-[r:MET_WITH]-(o:Person)
WHERE r.status = 'asserted'
RETURN o.name AS met, r.date AS date, r.place AS place
ORDER BY met;
