// Every load scenario, by the name `run.mjs --scenario` takes. A new one is a module exporting a
// scenario object (see ../harness.mjs) and one line here; load.test.mjs runs each of them.
import { payWithTokenScenario } from "./pay-with-token.mjs";
import { sessionScenario } from "./session.mjs";

export const scenarios = {
  session: sessionScenario,
  payWithToken: payWithTokenScenario,
};
