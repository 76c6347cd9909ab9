// The evidence sentences and articles behind a meeting between two people.
// @param a = Antony Blinken
// @param b = Qin Gang
MATCH (x:Person {name: $a})-[r:MET_WITH]-(y:Person {name: $b})
RETURN r.status AS status, r.evidence_count AS sentences, r.docs AS articles, r.evidence AS evidence
ORDER BY status;
