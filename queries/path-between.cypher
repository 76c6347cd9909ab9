// The shortest chain of meetings and calls between two people (up to 4 hops).
// @param from = Bill Gates
// @param to = Joe Biden
MATCH p = (a:Person {name: $from})-[:MET_WITH|SPOKE_WITH|REBUFFED*1..4]-(b:Person {name: $to})
RETURN length(p) AS hops
ORDER BY hops
LIMIT 1;
