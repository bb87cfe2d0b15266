// TypeScript declarations for privcheck.js, privcheck's JS API.

export type Mode = "seed" | "full";

export type Outcome =
  | "protective_order_granted"
  | "privilege_inapplicable"
  | "in_camera_inspection"
  | "partial_disclosure"
  | "claim_defective"
  | "need_outweighs_harm"
  | "state_secrets_upheld"
  | "extension_of_time"
  | "out_of_scope"
  | "further_showing";

/** A request (docs/contract.md): yes/no facts as booleans, enum facts as strings; absent or null is unknown. */
export interface Request {
  mode?: Mode;
  facts: Record<string, boolean | string | string[] | null>;
}

export interface Step {
  rule: string;
  basis: "seed" | "seed_implied" | "doctrine";
  /** What the rule finds; begins "If …" where it rests on an answer nobody stated. */
  finding: string;
  /** The pinpoint a court accepts: "Melamine, 1 CIT at 66", "Melamine, 1 CIT at 66 n.2", or a doctrine rule's authority. */
  source: string;
  /** The paragraph of the opinion's text ("¶8", "fn2"), for linking; null for doctrine. */
  paragraph: string | null;
  /** The opinion's words, verbatim, without star paging; null for doctrine. */
  quote: string | null;
  /** Bluebook citations. */
  authorities: string[];
}

/** What the ruling does not decide, or had to set aside. */
export interface Caveat {
  kind: "not_decided" | "ignored_in_seed_mode" | "contradiction" | "setting";
  /** The facts it concerns (contract names). */
  facts: string[];
  message: string;
}

export interface OpenQuestion {
  fact: string;
  question: string;
  leads_to: Record<string, Outcome[]>;
}

export interface Verdict {
  outcome: Outcome | "indeterminate";
  /** The ruling in the words of its setting and posture ("Withholding upheld under Exemption 5"). */
  label: string;
  mode: Mode;
  summary: string;
  steps: Step[];
  caveats: Caveat[];
  possible_outcomes: Outcome[];
  open_questions: OpenQuestion[];
  next_steps: string[];
  doctrine: { version: string; as_of: string };
}

export interface Rule {
  id: string;
  title: string;
  basis: "seed" | "seed_implied" | "doctrine";
  applies:
    | "everywhere"
    | "trade_court_procedure"
    | "trade_courts"
    | "foia"
    | "outside_foia"
    | "presidential_communications"
    | "criminal"
    | "congressional";
  source: string;
  paragraph: string | null;
  quote: string | null;
  authorities: string[];
  statement: string;
}

/** What check() throws for a request it cannot read. */
export interface PrivcheckError {
  kind: "syntax" | "not_an_object" | "unknown_key" | "wrong_type" | "not_allowed" | "conflict" | "too_large" | "not_initialized" | string;
  message: string;
  key?: string;
  given?: string;
  allowed?: string[];
}

/** Loads the WebAssembly; await it once before anything else. */
export default function init(): Promise<void>;
export function check(request: Request | string): Verdict;
export function rules(): Rule[];
export function version(): { privcheck: string; doctrine: string; as_of: string };
export function mount(element: Element, mode?: Mode): { unmount(): void };
