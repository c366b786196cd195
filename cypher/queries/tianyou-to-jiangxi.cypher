// How Dongguan Tianyou Semiconductor is linked to Jiangxi: the shortest chain, not through sectors.
MATCH (a:Entity {id: 'company:dongguan-tianyou-semiconductor'}), (b:Entity {id: 'province:jiangxi'})
MATCH path = SHORTEST 1 (a)((x:Entity&!Sector)-[:INVESTS_IN|DEVELOPS|PARTNERS_WITH|LOCATED_IN|PART_OF]-(y:Entity&!Sector)){1,6}(b)
RETURN path;
