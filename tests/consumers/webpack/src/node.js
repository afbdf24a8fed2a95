// Node program (as shipped to AWS Lambda and the like): runs the scenario with the config in
// SCENARIO_CONFIG and prints the result.
import { runScenario } from "../scenario.mjs";

runScenario(JSON.parse(process.env.SCENARIO_CONFIG)).then((result) => console.log(JSON.stringify(result)));
