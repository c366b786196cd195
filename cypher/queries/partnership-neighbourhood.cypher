// The partnership neighbourhood of Peking University: partners up to two links away.
MATCH path = (:University {id: 'university:peking-university'})-[:PARTNERS_WITH*1..2]-(partner)
RETURN path;
