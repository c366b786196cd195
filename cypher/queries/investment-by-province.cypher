// Investment by province: projects located anywhere inside each province, with their stated amounts in
// CNY and USD. Programs (batch announcements) are not summed in.
MATCH (p:Project)-[:LOCATED_IN|PART_OF*1..8]->(province:Province)
WITH province, collect(DISTINCT p) AS projects
RETURN province.name AS province,
       size(projects) AS projects,
       size([p IN projects WHERE p.investmentCny IS NOT NULL]) AS withAmount,
       round(reduce(total = 0.0, p IN projects | total + coalesce(p.investmentCny, 0.0)) / 1e6, 1) AS millionCny,
       round(reduce(total = 0.0, p IN projects | total + coalesce(p.investmentUsd, 0.0)) / 1e6, 1) AS millionUsd
ORDER BY millionCny DESC, projects DESC;
