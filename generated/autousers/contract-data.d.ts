import type { ContractData, MockData } from "./runtime/contract-model.js";
/** Every documented answer of every operation with its examples, and the collections the stateful mock keeps. */
export declare const mockData: MockData;
/** The contract suite: the cases derived from the spec (seed 0) and what the checks know of each operation. */
export declare const contractData: ContractData;
