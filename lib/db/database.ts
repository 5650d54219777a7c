import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Answers } from '../instruments/answers';
import type { CompactPoolData } from '../../analysis/compact-pool';
import type { SurveyResponse } from '../instruments/response';
import { localWeekKey } from './local-week';
import { SCHEMA_VERSIONS } from './schema-versions';

export const DATABASE_NAME = 'frontline-pulse';

/** A response as stored: with the ISO week it was submitted in and the install that made it. */
export interface StoredResponse extends SurveyResponse {
  /** The worker's local ISO week of `submittedAt` (see local-week.ts). */
  week: string;
  /** Random per install; links a worker's own responses. Never exported. */
  installId?: string;
}

/** Answers in progress for one instrument, saved on every change. */
export interface Draft {
  instrumentId: string;
  instrumentVersion: string;
  answers: Answers;
  sectionIndex: number;
  updatedAt: string;
  /** Set when the worker is changing a response already submitted (this week's pulse). */
  editingResponseId?: string;
}

/** A response in the manager's pool: imported from a file, kept once however often imported. */
export interface PooledResponse extends SurveyResponse {
  /** The imports that brought this response; it is removed with the last of them. */
  importIds: number[];
}

/** One file imported into the pool. */
export interface ImportRecord {
  id?: number;
  fileName: string;
  /** What kind of file: canonical CSV, Qualtrics, SurveyMonkey, Google Forms, Frontline Pulse JSON. */
  format: string;
  importedAt: string;
  /** Responses in the file, and how many of them were new to the pool. */
  responses: number;
  added: number;
  /** How many replaced a pooled response with a later version (absent in imports made before this was counted). */
  updated?: number;
  instrumentIds: string[];
  /** Personal columns dropped on import, listed for the manager. */
  droppedColumns: string[];
}

/**
 * The dashboard's in-memory pool of one questionnaire, saved as it was built from the pooled rows
 * (see pool-snapshot.ts): valid while the pool has not changed since (`change`).
 */
export interface PoolSnapshot {
  instrumentId: string;
  instrumentVersion: string;
  /** The layout of `pool`: a snapshot of another layout is not read. */
  format: number;
  /** The pool's change mark when the rows were read. */
  change: string;
  pool: CompactPoolData;
}

export interface Setting {
  key: string;
  value: unknown;
}

export class PulseDatabase extends Dexie {
  responses!: EntityTable<StoredResponse, 'responseId'>;
  drafts!: EntityTable<Draft, 'instrumentId'>;
  settings!: EntityTable<Setting, 'key'>;
  pooled!: EntityTable<PooledResponse, 'responseId'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  poolSnapshots!: EntityTable<PoolSnapshot, 'instrumentId'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_VERSIONS[1]);
    this.version(2).stores(SCHEMA_VERSIONS[2]);
    this.version(3).stores(SCHEMA_VERSIONS[3]);
    // Version 2 added the week and versions 2 and 3 of the code wrote it in UTC: version 4 (re)computes
    // every response's week in the worker's local time (a version 1 database passes through here too).
    this.version(4)
      .stores(SCHEMA_VERSIONS[4])
      .upgrade((tx: Transaction) =>
        tx
          .table('responses')
          .toCollection()
          .modify((response: StoredResponse) => {
            response.week = localWeekKey(new Date(response.submittedAt));
          }),
      );
    this.version(5).stores(SCHEMA_VERSIONS[5]);
  }
}

let shared: PulseDatabase | undefined;

/** The extension's one database, shared by the popup, the pages and the service worker. */
export function getDatabase(): PulseDatabase {
  shared ??= new PulseDatabase();
  return shared;
}
