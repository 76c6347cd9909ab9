// The articles that mention a person.
// @param name = Li Shangfu
MATCH (d:Article)-[:MENTIONS]->(p:Person {name: $name})
RETURN d.id AS article, d.date AS date
ORDER BY article;
