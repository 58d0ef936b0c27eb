/**
 * The DocumentStore contract: every adapter (SQLite here, CloudBase with
 * credentials) must pass the same tests. Collections are prefixed `ct_` so a
 * run against a real CloudBase environment never touches product data.
 */
import type { DocumentStore } from '../../../cloudfunctions/_core/ports/document-store';
import { describeQueryContract } from './document-store-queries.contract';
import { describeTransactionContract } from './document-store-transactions.contract';

/** A fresh, empty store for one test, and how to dispose of it. */
export interface StoreFixture {
  store: DocumentStore;
  cleanup(): Promise<void>;
}

/** Knobs for adapters with different capacities. */
export interface ContractOptions {
  /** `describe` or `describe.skip` (to list the suite as skipped without credentials). */
  describe?: jest.Describe;
  /** Per-test timeout in ms (remote stores are slow). */
  timeoutMs?: number;
  /**
   * Whether every one of the concurrent transactions must commit. SQLite
   * serializes them; CloudBase may give up after write-conflict retries, in which
   * case only "no lost update" is required.
   */
  allConcurrentTransactionsCommit?: boolean;
  /** How many documents to insert for the paging test (default 2500). */
  pagingDocs?: number;
}

/** Collections used by the contract. */
export const CT = { items: 'ct_items', counters: 'ct_counters', other: 'ct_other' } as const;

/** Shared per-test state: the suites read `ctx.store` inside each test. */
export interface ContractContext {
  store: DocumentStore;
  options: Required<Omit<ContractOptions, 'describe'>>;
}

/** Registers the whole DocumentStore contract for one adapter. */
export function describeDocumentStoreContract(
  name: string,
  makeStore: () => Promise<StoreFixture>,
  options: ContractOptions = {},
): void {
  const describeFn = options.describe ?? describe;
  describeFn(`DocumentStore contract: ${name}`, () => {
    const ctx = {
      options: {
        timeoutMs: options.timeoutMs ?? 20_000,
        allConcurrentTransactionsCommit: options.allConcurrentTransactionsCommit ?? true,
        pagingDocs: options.pagingDocs ?? 2500,
      },
    } as ContractContext;
    let fixture: StoreFixture | undefined;

    beforeEach(async () => {
      fixture = await makeStore();
      ctx.store = fixture.store;
    }, ctx.options.timeoutMs);

    afterEach(async () => {
      await fixture?.cleanup();
      fixture = undefined;
    }, ctx.options.timeoutMs);

    describeQueryContract(ctx);
    describeTransactionContract(ctx);
  });
}
