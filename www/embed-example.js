// The JS API from a plain page.
import init, { check, version } from "./privcheck.js";

const out = document.getElementById("api-result");
try {
  await init();
  const verdict = check({
    mode: "full",
    facts: {
      extension_sought: false, state_secret: false, presidential: false, intra_governmental: true,
      setting: "trade_record_review", formal_claim: true, claimant: "agency_head", personal_review: true,
      affidavit: true, itemized: true, post_decisional: false, deliberative: true, solely_internal_use: true,
      predecisional: true, inspected_in_camera: false, affidavit_refuted: false, contents_questioned: false,
      factual_content: "none", misconduct: false, opposition_grounds: ["premature", "not_evaluated"],
      need_shown: "none", need_outweighs_harm: false,
    },
  });
  out.dataset.outcome = verdict.outcome;
  out.textContent = `${verdict.outcome}: ${verdict.summary} (rulebook ${version().doctrine})`;
} catch (error) {
  out.textContent = `privcheck: ${error.message ?? error}`;
}
