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

/** A request (FACTS.md): yes/no facts as booleans, enum facts as strings; absent or null is unknown. */
export interface Request {
  mode?: Mode;
  facts: Record<string, boolean | string | string[] | null>;
}

export interface Step {
  rule: string;
  basis: "seed" | "seed_implied" | "doctrine";
  finding: string;
  source: string;
  quote: string | null;
  authorities: string[];
}

export interface OpenQuestion {
  fact: string;
  question: string;
  leads_to: Record<string, Outcome[]>;
}

export interface Verdict {
  outcome: Outcome | "indeterminate";
  mode: Mode;
  summary: string;
  steps: Step[];
  possible_outcomes: Outcome[];
  open_questions: OpenQuestion[];
  next_steps: string[];
  doctrine: { version: string; as_of: string };
}

export interface Rule {
  id: string;
  title: string;
  basis: "seed" | "seed_implied" | "doctrine";
  pinpoint: string;
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
