// Every park with what is located in it and the place it is in.
MATCH (park:Park)
OPTIONAL MATCH tenant = (park)<-[:LOCATED_IN]-()
OPTIONAL MATCH place = (park)-[:LOCATED_IN]->(:Place)
RETURN park, tenant, place;
