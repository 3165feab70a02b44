// Langium 4.4 runs on Chevrotain 13, which calls Object.groupBy / Map.groupBy
// (Node 22+). Every entry point imports this module before Langium so the
// tools run on Node 20 too.
import 'core-js/actual/object/group-by.js';
import 'core-js/actual/map/group-by.js';
