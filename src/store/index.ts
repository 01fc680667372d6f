import { ConversationRepo } from './conversations.ts';
import { Cipher } from './crypto.ts';
import type { Db } from './db.ts';
import { DocumentRepo } from './documents.ts';
import { DropRepo } from './drops.ts';
import { ProcessedEventRepo } from './events.ts';
import { LlmCallRepo } from './llm.ts';
import { OutboxRepo } from './outbox.ts';
import { PendingDocumentRepo } from './pending.ts';
import { PracticeRepo } from './practice.ts';
import { ReportLinkRepo } from './report-links.ts';
import { ReportRepo } from './reports.ts';
import { SlackInstallationRepo } from './slack-installations.ts';
import { UploadRepo } from './uploads.ts';
import { UserRepo } from './users.ts';

/** Every repository, built once over one database and one cipher. */
export interface Store {
  db: Db;
  cipher: Cipher;
  users: UserRepo;
  documents: DocumentRepo;
  conversations: ConversationRepo;
  reports: ReportRepo;
  practice: PracticeRepo;
  reportLinks: ReportLinkRepo;
  pending: PendingDocumentRepo;
  events: ProcessedEventRepo;
  slackInstallations: SlackInstallationRepo;
  drops: DropRepo;
  outbox: OutboxRepo;
  llmCalls: LlmCallRepo;
  uploads: UploadRepo;
}

export function createStore(db: Db, key: Buffer): Store {
  const cipher = new Cipher(key);
  return {
    db,
    cipher,
    users: new UserRepo(db),
    documents: new DocumentRepo(db, cipher),
    conversations: new ConversationRepo(db),
    reports: new ReportRepo(db, cipher),
    practice: new PracticeRepo(db, cipher),
    reportLinks: new ReportLinkRepo(db),
    pending: new PendingDocumentRepo(db, cipher),
    events: new ProcessedEventRepo(db),
    slackInstallations: new SlackInstallationRepo(db, cipher),
    drops: new DropRepo(db),
    outbox: new OutboxRepo(db, cipher),
    llmCalls: new LlmCallRepo(db),
    uploads: new UploadRepo(db),
  };
}
