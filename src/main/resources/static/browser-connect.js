// Neo4j Browser's login on the embedded database, handed to Browser before it starts (docs/consoles.md).
// The service answers /browser/connection only to a same-origin request from this machine; this script stores what
// it answers as the connection Browser used last, which Browser opens on start without asking for a login.
(function () {
  'use strict';
  // where Browser 5 keeps its connections: this origin's localStorage, which no other origin can read
  var KEY = 'neo4j.connections';
  // the connection Browser opens on start
  var ID = '$$discovery';

  var request = new XMLHttpRequest();
  try {
    // synchronous: Browser reads its stored connection as soon as its own scripts, right after this one, run
    request.open('GET', 'connection', false);
    request.setRequestHeader('Accept', 'application/json');
    request.send();
  } catch (e) {
    return;
  }
  if (request.status !== 200) {
    // not from this machine, or an external database: Browser asks for a login
    return;
  }
  var login = JSON.parse(request.responseText);

  function stored() {
    try {
      return JSON.parse(window.localStorage.getItem(KEY)) || {};
    } catch (e) {
      return {};
    }
  }

  var connections = stored();
  var byId = connections.connectionsById || {};
  var connection = byId[ID] || {};
  connection.id = ID;
  connection.name = ID;
  connection.type = 'bolt';
  connection.host = login.host;
  connection.username = login.username;
  connection.password = login.password;
  connection.authenticationMethod = 'NATIVE';
  byId[ID] = connection;
  connections.connectionsById = byId;
  connections.allConnectionIds = [ID];
  window.localStorage.setItem(KEY, JSON.stringify(connections));

  // Browser (Community edition) keeps the password there while it runs; take it out when the page goes away. It
  // stops working when the service stops in any case: the service makes a new one each time it starts.
  window.addEventListener('pagehide', function () {
    var left = stored();
    if (left.connectionsById && left.connectionsById[ID]) {
      left.connectionsById[ID].password = '';
      window.localStorage.setItem(KEY, JSON.stringify(left));
    }
  });
})();
