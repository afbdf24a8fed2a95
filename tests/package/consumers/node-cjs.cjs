// Node CommonJS consumer: `require` resolves the package's `node` + `require` condition.
const api = require("dintero-payment-token");

import("./scenario.mjs").then(({ runScenario }) => console.log(JSON.stringify(runScenario(api))));
