// Browser page: validation runs in the page; the result is shown and left on window.__result.
import { runValidationScenario } from "../scenario.mjs";

window.__result = runValidationScenario();
document.getElementById("result").textContent = JSON.stringify(window.__result, null, 2);
