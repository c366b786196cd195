// A project with its investors and developers, its park, the chain of places above it, its sectors and
// the articles that report it.
MATCH (p:Project {id: 'project:tianyou-led-and-advanced-packaging'})
OPTIONAL MATCH who = (p)<-[:INVESTS_IN|DEVELOPS]-()
OPTIONAL MATCH place = (p)-[:LOCATED_IN|PART_OF*1..6]->(:Place)
OPTIONAL MATCH what = (p)-[:IN_SECTOR]->()
OPTIONAL MATCH source = (p)-[:REPORTED_IN]->()
RETURN p, who, place, what, source;
