// Taking a recorded run's outputs as goldens: by name (accept) or one probe at a time (review).
export { acceptAction, acceptEntries, AcceptError, type AcceptOutcome, type AcceptSelection, refuseOnCI, selectForAccept, type SnapshotValidator } from './accept.ts';
export { type Decision, pendingReview, REVIEW_PROMPT, renderSummary, type ReviewOptions, type ReviewTerminal, runReview } from './review.ts';
