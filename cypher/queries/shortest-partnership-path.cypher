// The shortest chain between two organizations through partnerships, investments and projects, never
// through places: here the National University of Defense Technology and Peking University.
MATCH (a:Entity {id: 'university:national-university-of-defense-technology'}), (b:Entity {id: 'university:peking-university'})
MATCH path = SHORTEST 1 (a)((x:Organization|Project|Park)-[:PARTNERS_WITH|INVESTS_IN|DEVELOPS|PART_OF|SUBSIDIARY_OF]-(y:Organization|Project|Park)){1,6}(b)
RETURN path;
