/**
 * Voting power and probability of adoption in the Council, computed exactly.
 * Pure TypeScript, no DOM: safe to run in a worker or the CLI.
 */
export { powerIndices, type CoalitionCounts, type MemberPower, type PowerReport, type Progress } from './indices';
export { adoptionProbability, type AdoptionProbability, type YesProbabilities } from './probability';
export { gameOf, winsAt, blocksAt, MAX_EXACT_MEMBERS, type CoalitionFilter, type Game, type GameThresholds } from './game';
